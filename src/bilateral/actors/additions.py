"""Phrases of addition that name one more party beside an argument: "Chile, along with Peru, condemned ...",
"Chile together with Peru", "Chile, besides Peru, sent troops", and, before a passive's subject, "besides its
own troops, soldiers of the AU were deployed".

The parser hangs such a phrase on the noun or on its verb, never as a conjunct, so the event side's argument search
(``events.arguments.MentionIndex.actors``) asks here for the objects it names, and the actor side for the clause a
speaker's "besides its troops" belongs to (``possessed_forces``). A fronted phrase counts only for the
subject of a passive: there the subject is what is acted on ("besides X, Y were deployed", "were arrested"), and
the phrase can add only to it; before an active clause with an object ("besides Chile, Peru imposed tariffs on
Bolivia") it may add a doer or a target, so it adds neither.
"""

from __future__ import annotations

from spacy.tokens import Token

ADDITIVE_ADVERBS = frozenset({"along", "together"})
"""Adverbs that make a "with" phrase of a noun name a co-party ("Chile, along with Peru,", "Chile together with
Peru")."""
_ADDITIVE_PREPS = frozenset({"besides"})
"""Prepositions that alone name a co-party ("besides Peru")."""


def additive_objects(prep: Token) -> list[Token]:
    """The objects of an "along with" / "together with" / "besides" phrase headed by ``prep``; none for any other
    word."""
    if prep.dep_ != "prep":
        return []
    if prep.lower_ in _ADDITIVE_PREPS:
        return [p for p in prep.children if p.dep_ == "pobj"]
    if prep.lower_ in ADDITIVE_ADVERBS:
        return [p for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"
                for p in w.children if p.dep_ == "pobj"]
    if prep.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in ADDITIVE_ADVERBS for a in prep.children):
        return [p for p in prep.children if p.dep_ == "pobj"]
    return []


def subject_additions(subject: Token) -> list[Token]:
    """The objects of phrases of addition that the subject's verb carries before it: between the subject and the
    verb ("Chile, along with Peru, condemned"), and, for a passive's subject only, before the subject too
    ("besides its troops, AU soldiers were deployed"; see the module)."""
    verb = subject.head
    return [o for c in verb.children if c.i < verb.i and (subject.i < c.i or subject.dep_ == "nsubjpass")
            for o in additive_objects(c)]
