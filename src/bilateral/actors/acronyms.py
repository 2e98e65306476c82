"""Acronyms a document defines: "the Haitian National Police (HNP) ... to assist the HNP".

A pass of the sieve (``resolve.py``; ``(r: Resolution) -> None``): a name the dictionaries code, written with its
acronym in brackets after it, makes the bare acronym in the rest of the document that actor, as a reader takes it.
The dictionaries hold the acronyms that mean one thing everywhere ("KDF", "IRGC"); these are the ones a story
defines for itself, often a national body ("the Nigerian Air Force (NAF)") whose acronym means other things
elsewhere.

The name is read without parsing, from the dictionary matches of the words before the bracket: an organisation
that ends right there ("the Department of State Services (DSS)"), or a country, capital or demonym followed by
a sector noun ("Haitian National Police": Haiti's police). The acronym must be the initials of the name's last
capitalised words, so that a bracketed credit or a bracketed aside ("(AFP)", "(UN)") defines nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from bilateral.actors.knowledge import KnowledgeBase
from bilateral.actors.state import Resolution
from bilateral.models import Actor

_DEFINITION = re.compile(r"((?:[A-Z][\w'’.-]*|of|the|and|for|on)(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|for|on)){0,7})"
                         r"\s+\(([A-Z][A-Z0-9&-]{1,7})\)")
"""Up to eight capitalised words (with "of", "the", "and", "for", "on" between them) and an acronym in brackets."""
_LINKS = frozenset({"of", "the", "and", "for", "on"})
ACRONYM_CONFIDENCE = 0.85
"""An acronym the document defined: as sure as the dictionary name it stands for, less the step of the definition."""


def _initials(words: list[str], acronym: str) -> bool:
    """``acronym`` spells the initials of the last capitalised words of ``words`` ("National Police" -> "NP" in
    "HNP" with "Haitian"), linking words ("of", "the") left out."""
    letters = [c for c in acronym if c.isalpha()]
    capitals = [w[0] for w in words if w not in _LINKS and w[:1].isupper()]
    return len(letters) >= 2 and len(capitals) >= len(letters) and capitals[-len(letters):] == letters


def _named_actor(kb: KnowledgeBase, name: str, on: dt.date | None) -> Actor | None:
    """The actor the dictionaries make of ``name`` alone: an organisation ending it, or a country (capital,
    demonym) with a sector noun after it."""
    hits = kb.find(name)
    if not hits:
        return None
    last = hits[-1]
    if last.kind == "org" and last.end == len(name):
        return kb.org_actor(last.entries[0].key, on, name)
    place = next((h for h in hits if h.kind in ("country", "demonym", "capital", "plural")), None)
    if place is None or place is not last:
        return None
    rest = tuple(w.lower() for w in name[place.end:].split())
    sector = next((s for k in range(len(rest)) if (s := kb.sectors.noun_sector(rest[k:])) is not None), None)
    if sector is None or kb.sectors.noun_sector(rest[-1:]) is None and kb.sectors.noun_sector(rest) is None:
        return None
    code = place.entries[0].key
    if place.kind == "capital":
        code = kb.countries[code].holder_on(on)
    return kb.country_actor(code, sector, name, kind="group")


@lru_cache(maxsize=16)
def document_acronyms(kb: KnowledgeBase, text: str, on: dt.date | None) -> dict[str, Actor]:
    """Every acronym ``text`` defines for a name the dictionaries code, with that actor; an acronym defined twice
    for different actors is left out."""
    found: dict[str, Actor | None] = {}
    for m in _DEFINITION.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        if not _initials(words, acronym) or kb.find(acronym):
            continue
        while words and words[0] in _LINKS:
            words.pop(0)
        actor = _named_actor(kb, " ".join(words), on)
        if actor is None:
            continue
        old = found.get(acronym, actor)
        found[acronym] = actor if old is not None and old.code == actor.code else None
    return {k: v for k, v in found.items() if v is not None}


def defined_acronyms(r: Resolution) -> None:
    """A bare acronym the document defined ("to assist the HNP"), coded as the actor it stands for. Not the
    definition's own bracket, which the name beside it already stands for."""
    if r.context is None or not r.context.text or "(" not in r.context.text:
        return
    acronyms = document_acronyms(r.kb, r.context.text, r.on)
    if not acronyms:
        return
    for tok in r.tokens:
        actor = acronyms.get(tok.text)
        if actor is None or tok.i in r.claimed or tok.i in r.hit_at or (tok.i > 0 and r.sent[tok.i - 1].text == "("):
            continue
        r.add(actor, tok.i, tok.i + 1, ACRONYM_CONFIDENCE, "coreference")
