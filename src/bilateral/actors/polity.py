"""A demonym or country name definite before a polity noun names that country's state as a whole.

``sectors.json`` 'polity_nouns' maps such nouns to the sector they are coded: "an insurgency against the Pakistani
state" -> PAKGOV, and "side", by which news names a state's government as a party to talks or a dispute ("the
Kenyan side proposed a ceasefire", "the U.S. side walked out") -> KENGOV, USAGOV. Used by ``names.countries`` for
demonyms and country names, and by ``places.region_bodies`` for a region's demonym ("the European side refused" is
the European Union, as certain as a named party). Where the noun is a place it is no such actor: with an "of"
complement, an apposition or a name after it ("the Indian state of Kerala", "the Syrian side of the border"), a
"where" clause, after a place preposition ("rallies in the Mexican state"), and for "side" after "on" too ("fought
on the Ukrainian side", "camps on the Chinese side"); nor an indefinite or plural one ("a Palestinian state",
"both sides").
"""

from __future__ import annotations

from spacy.tokens import Span

from bilateral.actors.state import Resolution

POLITY_CONFIDENCE = 0.85
"""Confidence of a state named by its polity noun: a definite party, surer than a demonym on a thing it owns."""
_PLACED_ON = frozenset({"side"})
"""Polity nouns that "on" places ("on the Chinese side"), where "an attack on the Pakistani state" aims at one."""


def polity(r: Resolution, span: Span) -> tuple[int, str] | None:
    """(end of the mention, sector) when ``span``, a demonym or a country name, stands right before a polity noun
    that names its state (see the module), else None."""
    head = span.root.head
    nouns = r.kb.sectors.polity_nouns
    if span.root.dep_ not in ("amod", "compound") or head.i != span.end or head.lower_ not in nouns \
            or head.tag_ != "NN" or head.dep_ == "compound" or not r.free(span.start, head.i + 1):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in ("prep", "appos") and (c.dep_ == "appos" or c.lower_ == "of") for c in head.children) or any(
            t.lower_ == "where" for c in head.children if c.dep_ == "relcl" for t in c.subtree):
        return None
    following = r.sent[head.i + 1] if head.i + 1 < len(r.sent) else None
    if following is not None and (following.pos_ == "PROPN" or following.lower_ == "of"):
        return None  # "the Indian state Kerala"; "the Syrian side of the border" hung on a verb by the parser
    if r.governed_by_place_prep(r.sent[head.i:head.i + 1]):
        return None
    if head.lower_ in _PLACED_ON and head.dep_ == "pobj" and head.head.lower_ == "on":
        return None
    return head.i + 1, nouns[head.lower_]
