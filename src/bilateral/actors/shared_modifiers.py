"""A bare group noun conjoined to a group noun whose modifiers name its country: "Kenyan officials and lawmakers",
"Ghana's ministers and lawmakers", "the Tanzanian government's diplomats and soldiers".

A country written before the first of two conjoined group nouns qualifies both (English shares a premodifier over
a coordination of nouns): the second noun, bare, is a group of that same country, with its own sector. Without this
the second noun takes the document's main country, which a story about two countries does not have, and is left
with no country ("---LEG"): the act aimed at it is lost.

Only a bare second noun (no modifier, determiner or phrase of its own: "foreign lawmakers", "lawmakers from
Uganda", "their lawmakers" say their own country or none), a first noun that is itself a group noun (not a place
or a thing: "Kenyan coffee and farmers"), and modifiers before it that name exactly one country (a country,
demonym, body or person: "Trump administration officials" are the United States'). A country written after the
first noun ("officials from Kenya and lawmakers") is that noun's own and is not shared.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.agents import CONTEXT_CONFIDENCE
from bilateral.actors.state import Resolution

_PREMODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
_OWN_WORDS = frozenset({"amod", "compound", "nmod", "poss", "prep", "det", "nummod", "appos", "acl", "relcl"})
"""Dependents that give the second noun words of its own, which may name or deny its country."""


def _premodifier_country(r: Resolution, first: Token) -> str | None:
    """The one country named by the mentions among the words before the group noun ``first`` and modifying it."""
    mods = [c for c in first.children if c.dep_ in _PREMODIFIERS and c.i < first.i]
    if not mods:
        return None
    lo = min(c.left_edge.i for c in mods)
    countries = {m.actor.country for m in r.mentions if m.start < first.i + 1 and m.end > lo}
    if len(countries) != 1 or None in countries:
        return None
    return countries.pop()


def shared_modifiers(r: Resolution) -> None:
    """Give a bare group noun the country of the group noun it is conjoined to, written before that one."""
    sectors = r.kb.sectors
    for tok in r.tokens:
        if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.i in r.claimed or tok.i in r.hit_at:
            continue
        sector = sectors.noun_sector((tok.lower_,)) or sectors.noun_sector((tok.lemma_.lower(),))
        if sector is None or any(c.dep_ in _OWN_WORDS for c in tok.children):
            continue
        first = tok.head
        if first.pos_ != "NOUN" or first.i > tok.i or r.phrase_sector(first) is None:
            continue
        country = _premodifier_country(r, first)
        if country is None or not r.free(tok.i, tok.i + 1):
            continue
        r.add(r.kb.country_actor(country, sector, tok.text, kind="group"), tok.i, tok.i + 1, CONTEXT_CONFIDENCE,
              "context")
