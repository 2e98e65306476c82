"""Subjects the parser loses to a run-in heading: a news subhead printed without its line break runs into the
sentence after it ("Trade links The ministry froze ...") and the parser reads the two as one phrase.

Two shapes are mended, both cheap checks on the tokens next to the verb, used by ``roles.subject_of``:

- the heading is a noun with an "of" phrase, and the sentence's subject becomes a second object of that
  preposition ("Review of ties Lima's government froze ...": "of" has two objects with nothing joining them); the
  later object is the verb's subject;
- the heading is a clause, and the sentence's own finite verb is hung on the heading's verb with no subject, its
  subject read as the heading verb's object or a modifier ("Peru hopes to avoid a lawsuit Chile and Bolivia dispute
  ...": "dispute" an object, complement or conjunct of the heading's verbs); the noun phrase right before the finite
  verb is its subject.

Neither shape is a reading of well-formed prose: objects joined by "and" or a comma are conjuncts, and a finite
verb without a subject of its own comes after a conjunction or a comma ("met X and discusses Y"), not a noun.
"""

from __future__ import annotations

from spacy.tokens import Token

_FINITE = frozenset({"VBP", "VBZ"})
"""Tags of a present finite verb form, which has a subject of its own. Not the past form (VBD), which the parser
also gives a participle of a reduced relative ("allegations lodged against X": the noun is its object)."""
_OWN = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"})
"""Roles of a finite verb's own subject, auxiliary or marker: with one, the verb is read as written."""


def heading_subject(subj: Token, verb: Token) -> Token:
    """The verb's subject when its parsed subject is a run-in heading "N of X" whose preposition took the real
    subject as a second, unjoined object before the verb ("Review of ties Lima's government froze"); else ``subj``."""
    for prep in subj.children:
        if prep.dep_ != "prep" or prep.i < subj.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) >= 2 and objects[-1].i < verb.i:
            last = objects[-1]
            start = last.left_edge.i
            between = subj.doc[objects[-2].i + 1:start]
            if not any(t.dep_ in ("cc", "punct", "prep") for t in between):
                return last
    return subj


def noun_before_finite(verb: Token) -> Token | None:
    """The subject of a present finite verb that has none of its own while a noun ends right before it: the parser
    hung the verb on a run-in heading's clause ("Lima hopes to avoid a lawsuit Chile and Bolivia dispute X's claims",
    "dispute" read as an object, a complement or a conjunct of the heading's verbs, and "Chile and Bolivia" as their
    object or modifier). In prose a finite verb with no subject follows a conjunction or a comma ("met X and
    discusses Y"), not a bare noun. The noun phrase's first conjunct stands for it (``MentionIndex`` expands the
    others); None for any other verb, or one with a subject, auxiliary or marker of its own."""
    if verb.tag_ not in _FINITE or verb.i == 0 or any(c.dep_ in _OWN for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.sent != verb.sent:
        return None
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun
