"""Measures told as a kind of decision, aimed at the countries the sentence names that its owner's measures hit:
"Brazil announced a series of tariff decisions that strained ties with Peru and Chile", after Brazil's tariffs on
Peru and Chile were told.

A measure noun (``measure_nouns``: tariff, sanction, duty) that modifies a noun of one act taken
(``decision_nouns``: decision, move, action) names the act the decisions are: a tariff decision is the tariff
laid. Its owner is the possessor of the act noun ("Brazil's tariff moves") or the subject of the verb that makes
the decisions, directly or through a noun of quantity ("issued a string of tariff decisions"). Such a phrase names
no target; the story has told whom the owner's measures hit (the asserted sanctions and tariffs, 163, it laid), and
the countries of those that the sentence names again are the ones the decisions hit.

Not when:

- the owner is no actor, or no earlier measure of its side is told (nothing says whom the decisions hit);
- the sentence names none of the countries its earlier measures hit ("strained ties with Chile" when only Peru was
  hit before: another country's ties, no target told);
- the phrase is hedged or denied ("could issue tariff decisions");
- the noun it modifies is a standing policy or stance ("Brazil's tariff policy"), not an act taken.

Cheap: only compound modifiers that are measure nouns of an act noun are looked at.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, Frame
from bilateral.events.implied import SAID
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.roles import possessor_of, subject_of
from bilateral.models import Event, Mention
from bilateral.nlp import doc_tokens

__all__ = ["measure_decisions"]

_LAID = "163"
_OBJECTS = frozenset({"dobj", "nsubjpass"})


def _maker(act: Token, index: MentionIndex, lexicon: Lexicon) -> tuple[Mention, Token] | None:
    """Who makes the decisions the act noun names, with the token whose clause says whether it did: the act noun's
    possessor, or the subject of the verb whose object it is, through an "of" after a noun of quantity."""
    owner = possessor_of(act)
    if owner is not None:
        mention = index.at(owner)
        return (mention, act) if mention is not None else None
    node = act
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node.dep_ not in _OBJECTS or node.head.pos_ != "VERB":
        return None
    subject = subject_of(node.head, lexicon.rules.relative_pronouns)
    mention = index.at(subject) if subject is not None else None
    return (mention, node.head) if mention is not None else None


def _hit_before(maker: Mention, earlier: Sequence[Event]) -> set[str]:
    """The countries the asserted measures of the maker's side hit before."""
    side = maker.actor.country or maker.actor.code
    return {e.target.country for e in earlier if e.cameo == _LAID and e.modality in SAID and e.target is not None
            and (e.source.country or e.source.code) == side and e.target.country is not None}


def measure_decisions(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                      lexicon: Lexicon) -> list[Frame]:
    """Frames for the measure decisions of the sentence, from their maker to the countries named that its earlier
    measures hit (see the module)."""
    if not earlier:
        return []
    rules = lexicon.rules
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.dep_ != "compound" or noun.lemma_.lower() not in rules.measure_nouns or noun.i in taken \
                or noun.head.lemma_.lower() not in rules.decision_nouns:
            continue
        entry = next((e for e in lexicon.lookup("noun", noun.lemma_.lower()) if e.cameo == _LAID and not e.objects),
                     None)
        found = _maker(noun.head, index, lexicon)
        if entry is None or found is None:
            continue
        maker, clause = found
        hit = _hit_before(maker, earlier) - {maker.actor.country}
        targets = [m for m in index.by_token.values() if m.actor.country in hit and m.actor.kind == "state"]
        if not targets or event_modality(clause, maker, index, rules) not in SAID:
            continue
        out.append(Frame(noun, [noun], entry, entry.cameo, [maker], list({m.start: m for m in targets}.values()),
                         CONTROLLED, False, False, clause))
    return out
