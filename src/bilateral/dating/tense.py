"""The tense of the clause an event or a time expression belongs to, read from the parse.

Dating needs it twice: a weekday or a month without a year is looked for backwards from publication in a
past clause and forwards in a future one ("met on Friday", "will meet on Friday"); and what a story tells in
the simple past without a time of its own happened on the story's news day, while what it tells in the
present or present perfect is current at publication ("Forty of the detained miners have been freed").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Token

Tense = Literal["past", "present", "future"]

_VERBS = frozenset({"VERB", "AUX"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PROSPECTIVE = frozenset({"due", "set", "schedule", "plan", "expect", "go", "poise", "slate", "prepare", "intend",
                          "aim", "want", "hope", "seek"})
"""Heads whose complement is an act still to come ("is due to meet", "is set to vote", "plans to visit")."""


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` belongs to: itself when it is one, else its nearest verbal head."""
    seen = 0
    while token.pos_ not in _VERBS:
        if token.head.i == token.i or seen > len(token.doc):
            return None
        token = token.head
        seen += 1
    return token


def own_tense(verb: Token) -> Tense | None:
    """The tense ``verb`` itself is told in, by its auxiliaries and its form, without looking at the clauses above
    it ("did not mesh": past; "to plan": None)."""
    return _own_tense(verb)


def _own_tense(verb: Token) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    for a in auxes:
        if a.lemma_ == "have":
            return "past" if a.tag_ == "VBD" else "present"
    for a in auxes:
        if a.tag_ == "VBD":
            return "past"
        if a.tag_ in ("VBP", "VBZ"):
            return "present"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBP", "VBZ"):
        return "present"
    return None


def clause_tense(token: Token) -> Tense | None:
    """The tense of the clause ``token`` belongs to: future for "will", "is due to", "plans to" and the like;
    past for the simple past and past perfect; present for the present and present perfect; None when the
    parse does not say (a participle or infinitive with no tensed verb above it)."""
    verb = clause_verb(token)
    for _ in range(4):
        if verb is None:
            return None
        tense = _own_tense(verb)
        if verb.dep_ == "xcomp" and verb.head.lemma_ in _PROSPECTIVE:
            return "future"
        if tense is not None:
            return tense
        if verb.dep_ not in ("xcomp", "conj", "acl", "advcl", "pcomp", "relcl") or verb.head.i == verb.i:
            return None
        verb = clause_verb(verb.head)
    return None


_REPORTED = frozenset({"ccomp", "parataxis"})


def told_tense(token: Token) -> Tense | None:
    """The tense an event is told in: its own clause's, except that a present-tense clause reported by a
    past-tense speech verb ("'... is ordered to secure the border crossings,' she posted") was true when it was said."""
    tense = clause_tense(token)
    if tense in ("past", "future"):
        return tense
    verb = clause_verb(token)
    while verb is not None and verb.dep_ in _REPORTED and verb.head.i != verb.i:
        verb = clause_verb(verb.head)
        if verb is not None and clause_tense(verb) == "past":
            return "past"
    return tense


def reporter(token: Token) -> Token | None:
    """The past-tense verb that reports the clause of ``token`` ("said" of "Kenya said the tariffs will take effect
    on Friday"), through reported clauses only; None when no such verb reports it."""
    verb = clause_verb(token)
    while verb is not None and verb.dep_ in _REPORTED and verb.head.i != verb.i:
        verb = clause_verb(verb.head)
        if verb is not None and clause_tense(verb) == "past":
            return verb
    return None
