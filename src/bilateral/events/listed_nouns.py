"""Gerunds of a list that the tagger read as nouns, read again as the verbs they are.

"accused the militia of killing, maiming, raping and displacing villagers": spaCy tags a bare "-ing" word between
commas as a noun (NN) about as often as a verb, here "killing" and "raping". Read as a noun the word keeps its own
form as lemma ("raping"), which no lexicon entry has, and has none of a nominal's slots ("the killing of X by Y"),
so the act it names is lost while its neighbours read as verbs are coded, each its own act
(``roles.listed_gerund``, coder). This pass mends the tag of such a member before the frames are found, so that
every act of the list is coded alike.

A member is mended only in a list that the tagger itself shows to be a list of gerunds (one member read as a
verb, VBG), only when it stands bare (no article, possessive, adjective or number: "the meeting, the briefing and
the signing" are things, not acts), and only when its verb is a trigger the lexicon is sure of (an entry marked
``weak`` stacked on a mended tag is too uncertain to code).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import conjuncts, first_conjunct
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import listed_gerund

__all__ = ["verb_read_gerunds"]

_SUFFIX = "ing"
_NOUN_MARKS = frozenset({"det", "poss", "amod", "nummod", "compound", "case"})
"""Children that make an "-ing" word a noun in its own right ("the meeting", "their bombing", "heavy fighting")."""
_MAX_LIST = 8
_UNSURE = "weak"


def verb_read_gerunds(tokens: Sequence[Token], lexicon: Lexicon) -> None:
    """Retag, in place, each noun-read member of a gerund list as the verb gerund (VBG) it is, with its verb's
    lemma, and the list's first member, when it is a verb gerund (so read or mended), as the gerund complement
    (pcomp) of its preposition rather than its object."""
    for token in tokens:
        if token.tag_ not in ("NN", "VBG") or not token.lower_.endswith(_SUFFIX) \
                or token.dep_ not in ("conj", "pobj"):
            continue  # cheap exit: most words are no misread gerund
        if token.tag_ == "VBG":
            if token.dep_ == "pobj" and _list_head(token) == token:
                token.dep_ = "pcomp"  # "of killing, raping and ...": a verb read as the preposition's object
            continue
        first = _list_head(token)
        if first is None or any(c.dep_ in _NOUN_MARKS for c in token.children):
            continue
        lemma = _verb_lemma(token.lower_, lexicon)
        if lemma is None:
            continue
        token.tag_, token.pos_, token.lemma_ = "VBG", "VERB", lemma
        if token == first:
            token.dep_ = "pcomp"


def _list_head(token: Token) -> Token | None:
    """The first member of the gerund list ``token`` belongs to, hung on a preposition ("of killing, ...", "with
    robbing trucks, raping, ..."), when one member of the list is tagged a verb gerund; None otherwise."""
    first = first_conjunct(token, _MAX_LIST)
    if token != first and listed_gerund(token) is None:
        return None
    if token == first and (first.head.dep_ != "prep" or not any(c.dep_ == "conj" for c in first.children)):
        return None
    if not any(m.tag_ == "VBG" for m in conjuncts(first, _MAX_LIST)):
        return None
    return first


def _verb_lemma(form: str, lexicon: Lexicon) -> str | None:
    """The lexicon verb an "-ing" form is of ("killing" kill, "raping" rape, "robbing" rob), when its entries are
    sure ones; None otherwise."""
    stem = form[: -len(_SUFFIX)]
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        entries = lexicon.lookup("verb", lemma) if lemma else ()
        if entries:
            return lemma if not any(_UNSURE in e.flags for e in entries) else None
    return None
