"""What a witness can see or hear happening: "we can still hear gunfire as rebels fight the police", "residents
could see soldiers as they fired on the crowd".

An ability modal on a perception verb ("can hear", "could see") says the sensing is possible, not that what is
sensed might happen: the clause that tells what is perceived, with a subject of its own, is asserted as its own
tense tells it (the modal is not carried down to it; a speaker above still makes it alleged). "Can" is present
sensing, so its clause may be a bare participle ("can see troops shelling the town"); "could" is also a forecast
("the region could see troops attacking Y"), so under it only a clause in the past tense counts ("could hear
gunfire as rebels attacked the base"). Not a negated perception ("cannot see any troops firing"), nor a noun
perceived ("we could see an attack soon": a forecast, coded through the verb's markers as before).

The passive of sensing with a participle ("troops could be seen surrounding the town", "gunmen can be heard firing")
is a witness's report whatever the modal: the doer is the passive subject, no one is said to foresee anything. Not
when negated ("could not be seen firing"), nor put ahead by an adverb ("could soon be seen attacking":
``forecast_adverbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.lexicon import FrameRules

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PAST = frozenset({"VBD"})
_TOLD = frozenset({"VBZ", "VBP", "VBG", "VBD"})
"""Tags of the perceived clause's verb or its auxiliary that a present ability ("can hear") accepts: finite or a
participle going on."""
_WHILE = frozenset({"as", "while", "when"})
"""Conjunctions of a clause going on at the time of the sensing ("hear gunfire as X fights Y")."""


def _tense(clause: Token) -> set[str]:
    """The tags of the clause's verb and of its auxiliaries: "are fighting" gives VBP and VBG."""
    return {clause.tag_} | {c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")}


def perceived(clause: Token, rules: FrameRules) -> bool:
    """Whether ``clause`` tells what an unnegated perception verb with an ability modal perceives, so that the
    verb's modal does not reach it ("can hear gunfire as X fights Y"; not "could see X attacking Y")."""
    head = clause.head
    if clause.dep_ not in ("advcl", "ccomp", "xcomp") or head.lemma_.lower() not in rules.perception_verbs:
        return False
    modals = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if not modals & rules.ability_aux or any(c.dep_ == "neg" for c in head.children):
        return False
    if clause.dep_ == "xcomp":
        return _seen_doing(clause, head, rules)
    if not any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    if clause.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in _WHILE for c in clause.children):
        return False
    return bool(_tense(clause) & (_PAST if "could" in modals else _TOLD))


def _seen_doing(clause: Token, head: Token, rules: FrameRules) -> bool:
    """Whether ``clause`` is the participle of a passive sensing that reports it ("could be seen surrounding")."""
    if clause.tag_ != "VBG" or not any(c.dep_ == "auxpass" for c in head.children) \
            or not any(c.dep_ == "nsubjpass" for c in head.children):
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in rules.forecast_adverbs
                   for c in (*head.children, *clause.children))
