"""Participles of stance: "X is opposed to Y" states X's stance on Y, not a passive.

The parser reads "is opposed to" as a passive verb (auxiliary "is", participle "opposed"), which would make the
subject the one opposed and a following "by" phrase ("opposed to mediation by Peru") the opposer. With the
participle's own preposition the subject holds the stance and the preposition's object is what it is held on, as
the direct object of the active verb is ("Chile opposes the plan"). The words are data
(``data/lexicon/stance_participles.json``); ``roles.is_passive`` and ``roles.object_of`` ask here first.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from bilateral.events.word_files import read_word_file


@lru_cache(maxsize=1)
def load_stance_participles() -> dict[str, frozenset[str]]:
    """The packaged participles of stance (lemma -> their prepositions), read and checked once per process."""
    return read_word_file("stance_participles.json", "stance participles", lambda data: {
        lemma: frozenset(preps) for lemma, preps in data["participles"].items()})


def stance_object(verb: Token) -> Token | None:
    """What a participle of stance after "be" is held on: the object of its own preposition ("is opposed to the
    plan": "plan"); None for any other verb, a participle with no auxiliary "be" ("the plan opposed by Chile") or
    without the preposition ("Chile was opposed by Peru": a passive)."""
    preps = load_stance_participles().get(verb.lemma_.lower())
    if preps is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
                 for g in c.children if g.dep_ == "pobj"), None)


def stance_holder(verb: Token) -> Token | None:
    """Who holds the stance: the participle's passive subject, or the subject the parser hangs on its auxiliary
    ("Chile is opposed to X" read with "Chile" the subject of "is")."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or next(
        (s for c in verb.children if c.dep_ == "auxpass" for s in c.children if s.dep_ == "nsubj"), None)
