"""Group nouns whose people the document's own words decide, read by ``agents.document_agents``.

"The detainees" of a story that tells of deportation are migrants held for removal, not the prisoners of the
document's country (sectors.json ``removal_nouns``, ``removal_words``); "the camps" of a story that tells of
refugees stand for the refugees who live in them, so "the government wants to close the camps" is an act on them
(``camp_nouns``, ``camp_words``). Both are coded ``---REF``: the guidelines code refugees whose country is not
given so. A text of one sentence is no document and says nothing; a story that names neither stays as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from bilateral.actors.state import Resolution

_WORD = re.compile(r"[a-z]+")
_PLACE_PREPS = frozenset({"in", "at", "inside", "within", "from", "near", "outside", "around", "across"})
"""Prepositions that make a camp where something is or happens ("lived in the camps"), not whom an act is on."""


def held_for_removal(r: Resolution, tok: Token) -> bool:
    """Whether ``tok`` names people held ("detainees", ``removal_nouns``) in a document that tells of deportation
    (one of ``removal_words`` written in it): they are migrants held for removal, coded ``---REF`` by
    ``document_agents``, not the prisoners of the document's country ("detainees" in a story of a crackdown stay
    its civilians). A text of one sentence is no document and says nothing."""
    sectors = r.kb.sectors
    if tok.lower_ not in sectors.removal_nouns or r.context is None or not r.context.in_document(r.text):
        return False
    return _tells(sectors.removal_words, r.context.text)


def camp_refugees(r: Resolution, tok: Token) -> bool:
    """Whether ``tok`` is a camp noun (``camp_nouns``) that, in a document telling of refugees (one of
    ``camp_words`` written in it), stands for the refugees living there: "vowed to close the camps", "the
    refugee camps". Not a camp the noun's own words make another's ("training camps", "army camps", "militant
    camps", "the Kakuma camps": a name is left to the passes that read names), nor a camp as the place where
    something is ("lived in the camps")."""
    sectors = r.kb.sectors
    if tok.lower_ not in sectors.camp_nouns or r.context is None or not r.context.in_document(r.text):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
        return False
    for child in tok.children:
        if child.dep_ in ("compound", "nmod") and child.lower_ not in sectors.camp_words:
            return False
        if child.dep_ == "amod" and child.lower_ in sectors.modifiers:
            return False
    return _tells(sectors.camp_words, r.context.text)


@lru_cache(maxsize=64)
def _tells(words: frozenset[str], text: str) -> bool:
    """Whether the document ``text`` writes one of ``words`` (once per document: the answer is cached)."""
    return not words.isdisjoint(_WORD.findall(text.lower()))
