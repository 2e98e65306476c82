"""Act nouns listed after one that names its doer by a possessive: "Y's killing of protesters and arbitrary arrests
of reporters", "Y's raids and arrests of students".

News writes the doer once for the whole list, on its first act noun; the later ones stand bare, so each found no
doer in its own phrase and the list coded only its first act. A bare later member of material conflict shares the
doer of a first member of material conflict (``shared_doers``), which ``nominal.noun_frame`` asks when the noun's
own phrase names no one. The parser often hangs such a member on the victim of the first act rather than on the
act ("the killing of protesters and arrests": "arrests" a conjunct of "protesters"): a member joined to an actor
that is the object of the first act noun's preposition is read as that act noun's conjunct.

Not fired: a member with its own article or possessor ("Y's raids and the arrests of Z", "Y's raids and Z's
arrests"), a list whose first noun is no act of material conflict ("Y's report on protesters and arrests" is a
report, not Y's arrests), a first act whose possessor is the one it is done to ("Y's detention and torture").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex, first_conjunct
from bilateral.events.lexicon import Lexicon
from bilateral.events.patient_acts import doer_possessor
from bilateral.models import Mention

__all__ = ["shared_doers"]

_MATERIAL_CONFLICT = 4
"""Quad class of the acts whose list shares a doer: killings, attacks, raids, arrests."""
_OWN_MARKS = frozenset({"det", "poss"})
"""Children that give a member an article or a possessor of its own."""


def shared_doers(noun: Token, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], Token | None]:
    """The doers the first act noun of ``noun``'s list names by its possessive, and that possessive; ([], None)
    when ``noun`` is no bare later member of such a list."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or any(c.dep_ in _OWN_MARKS for c in noun.children) \
            or not _material(noun, lexicon):
        return [], None
    first = first_conjunct(noun)
    if first.i == noun.i:
        return [], None
    act = first
    if first.dep_ == "pobj" and index.actors(first) and first.head.dep_ == "prep":
        act = first.head.head  # "Y's killing of protesters and arrests of Z": hung on the victim
    if act.pos_ != "NOUN" or act.i >= noun.i or not _material(act, lexicon):
        return [], None
    owner = doer_possessor(act, lexicon.rules)
    found = index.actors(owner) if owner is not None else []
    return (found, owner) if found else ([], None)


def _material(noun: Token, lexicon: Lexicon) -> bool:
    """The noun names an act of material conflict in the lexicon."""
    codes = load_codes()
    return any(codes.get(e.cameo).quad_class == _MATERIAL_CONFLICT for e in lexicon.lookup("noun", noun.lemma_.lower()))
