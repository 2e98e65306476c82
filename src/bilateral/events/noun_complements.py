"""What a noun says of the clause that complements it, for the modality of the act in that clause.

An infinitive on a noun names an act not (yet) done ("a scheme to attack", "the urge for X to rearm"), and a noun
denied by its determiner denies what its clause says ("no evidence that X attacked"): events/modality.py reads both
while climbing from an act to the clauses that govern it.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.ranked_subjects import ORDINALS


def unrealised(clause: Token, noun: Token) -> bool:
    """An infinitive complementing a noun names an act not (yet) done: "the urge for X to rearm", "a scheme to
    attack"; not after an ordinal ("the first country to recognise X" did recognise it)."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and noun.lower_ not in ORDINALS and not any(c.lower_ in ORDINALS for c in noun.children)


def denied_noun(noun: Token) -> bool:
    """A noun that a clause complements, denied by its determiner: "no evidence that ...", "no sign that ...", or
    by "little" with no article ("little chance that ...", "little reason to think that ..."; "a little village"
    is a size)."""
    if noun.pos_ != "NOUN":
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return "no" in dets or (not dets and any(c.dep_ == "amod" and c.lower_ == "little" for c in noun.children))
