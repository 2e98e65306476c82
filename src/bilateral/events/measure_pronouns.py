"""A measure named again by a pronoun in the predicate that follows the one laying it: "X hit Y with a levy before
delaying it", "X imposed sanctions on Y and later lifted them".

A subject that does two things to one measure names it once, as the object of the first predicate, and points back
to it with "it" or "them" in the second. The second verb ("delay", "lift") is a trigger only with a measure noun as
its object (``triggers.tsv``), so the pronoun alone matches nothing: it stands for the noun it points back to, and
``matching`` reads that noun as the verb's object; ``undone_measures`` then gives the easing act the measure's
target.

Only a pronoun object of a verb that shares the first predicate's subject (a conjunct with no subject of its own,
or a gerund after "before"/"after"/"by" hung on the first predicate or on its object), pointing back to that
predicate's direct object or "with" object (what the target is hit with), and only when the two agree in number
("it" a singular noun, "them" a plural one). Not "X imposed a levy on Y and Z criticised it" (another subject),
"X imposed tariffs on Y before delaying it" (no plural is "it"), nor a pronoun in another sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

_PRONOUNS = {"it": "NN", "them": "NNS"}
"""Object pronouns that may stand for a measure, and the noun tag each agrees with."""
_LINKS = frozenset({"before", "after", "by", "then"})
"""Prepositions that hang a second predicate of the same subject on the first ("before delaying it")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_UP = 3
"""How many words up from the second predicate its first may stand (gerund, preposition, the first's object)."""


def _first_predicate(verb: Token) -> Token | None:
    """The earlier verb whose subject ``verb`` shares: its conjunct head, or the verb a "before"/"after" gerund
    phrase hangs on (through that verb's object, where the parser may attach the phrase); None for any other."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    if verb.dep_ == "conj":
        head = verb.head
        return head if head.pos_ == "VERB" and head.i < verb.i else None
    if verb.dep_ != "pcomp" or verb.head.lower_ not in _LINKS:
        return None
    word = verb.head
    for _ in range(_UP):
        word = word.head
        if word.pos_ == "VERB":
            return word if word.i < verb.i else None
        if word.dep_ not in ("dobj", "pobj", "prep"):
            return None
    return None


def _measure_of(verb: Token) -> list[Token]:
    """What the first predicate lays: its direct object, and what its object is hit "with" ("hit Y with a levy")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return objects


def pronoun_measure(verb: Token, obj: Token) -> Token | None:
    """The noun a pronoun object ``obj`` of ``verb`` names again: the measure the first predicate of the same
    subject lays ("hit Y with a levy before delaying it": "levy"); None for any other object (see the module)."""
    tag = _PRONOUNS.get(obj.lower_)
    if tag is None or obj.dep_ != "dobj" or obj.head != verb:
        return None
    first = _first_predicate(verb)
    if first is None:
        return None
    return next((noun for noun in _measure_of(first) if noun.tag_ == tag), None)
