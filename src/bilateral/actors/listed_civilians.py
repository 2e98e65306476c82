"""People named by their trade in a list of those an act is aimed at: "raids on soldiers, settlers and miners",
"gunmen kidnapped police officers and teachers".

A pass of the sieve (``resolve.py``). CAMEO codes the people an act is aimed at by who they are to the state: workers,
teachers or settlers who are attacked, seized or killed are civilians (``CVL``); their trade is a sector of its own
only when they act (workers on strike). Such a noun has no country in its own words, and the passes that place
generic agents leave it alone (a story names foreign workers and teachers as often as its own), so a list of victims
coded only its first, placed member. Listed beside a group that has a country and a sector, the noun shares that
country: the list is one set of victims in one place.

Only a noun coordinated with such a member, in a list that is an object (a verb's, a passive's subject, or "on",
"against", "at" a target), with no words of its own that may name or place it ("foreign workers", "Chinese
teachers" are left to the passes that read names). A list that acts ("police and teachers marched"), a trade
noun alone, and a list whose members have no country are left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.state import Resolution
from bilateral.models import Mention

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
"""Where a list is what a verb acts on: its object, or the subject of its passive ("were killed")."""
_TARGET_PREPS = frozenset({"on", "against", "at"})
"""Prepositions whose object is whom an act is aimed at ("attacks on", "violence against", "fired at")."""


def listed_civilians(r: Resolution) -> None:
    """Give a trade noun listed beside a placed group among an act's objects that group's country as civilians."""
    trades = r.kb.sectors.listed_trades
    if not trades or not any(lower in trades for lower in r.lowers):
        return
    at = {i: m for m in r.mentions for i in range(m.start, m.end)}
    for tok in r.tokens:
        if tok.i in r.claimed or tok.lower_ not in trades or tok.dep_ != "conj" or not _is_object(_list_root(tok)):
            continue
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") or c.pos_ == "PROPN" for c in tok.children):
            continue  # "foreign workers", "mine workers", "their teachers": its own words say who they are
        placed = _placed_member(tok, at)
        if placed is None or placed.actor.country is None:
            continue
        actor = r.kb.country_actor(placed.actor.country, "CVL", tok.text, kind="group")
        r.add(actor, tok.i, tok.i + 1, placed.confidence, "context")


def _list_root(tok: Token) -> Token:
    """The first member of the list ``tok`` is coordinated in."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _is_object(root: Token) -> bool:
    """The list is what an act is aimed at: an object, a passive's subject, or the object of a target preposition."""
    return root.dep_ in _OBJECT_DEPS or (root.dep_ == "pobj" and root.head.lower_ in _TARGET_PREPS)


def _placed_member(tok: Token, at: dict[int, Mention]) -> Mention | None:
    """The nearest member of ``tok``'s list, before it, that a mention with a country and a sector covers."""
    for other in sorted(tok.conjuncts, key=lambda t: -t.i):
        mention = at.get(other.i)
        if other.i < tok.i and mention is not None and mention.actor.country and mention.actor.sector:
            return mention
    return None
