"""A happening the story's opening dated, named again later by its definite noun: "The convoy came under a rocket
attack Sunday near the border. ... Rebels claimed responsibility for the deadly attack" puts the second "attack"
on Sunday, not on the publication day.

A news story dates its happening once, near its top (the lead, or the sentence after a lead that only says "a day
after an attack"), and afterwards calls it "the attack", "the initial raid", "the blast" with no time of its own.
Such a definite mention, when nothing in its own sentence dates it, takes the day the opening named next to the
same noun: the noun followed closely by a day in the same clause ("came under attack Tuesday", "a bombing at a
market on Monday") or following a day's possessive ("Sunday's blasts").

Not when:

- the noun is indefinite or told as another happening ("an attack", "a previous raid", "another blast", "the
  2019 bombing": a modifier in ``OTHER`` or a number);
- the opening names no day for that noun, or names two different days for it (which one is meant is open), or the
  day lies across punctuation from the noun ("an attack on a school, police said Tuesday") or is not within a few
  days before publication (``DAYS_BACK``: an announced or background day, not the story's news);
- the noun is not a happening one (``happening_nouns``: "the statement Tuesday" is no happening retold).

Cheap: the opening is read with regular expressions once per document, and only when an event's trigger is a
definite noun of ``happening_nouns`` that no time expression of its sentence governs.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bilateral.dating.expressions import TimeExpression, find_expressions, load_time_lexicon
from bilateral.dating.resolve import resolve_expression

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DAYS_BACK", "OPENING_SENTENCES", "OTHER", "measured_after", "opening_days", "retold_noun"]

OPENING_SENTENCES = 3
"""Sentences of the opening that may date the story's happening: the lead and the two after it."""
DAYS_BACK = 3
"""How many days before publication the opening's day may lie (further back, it is background)."""
OTHER = frozenset({"previous", "past", "prior", "earlier", "last", "other", "another", "next", "new", "future",
                   "possible", "potential", "similar", "separate", "recent", "second", "third", "latest"})
"""Modifiers that make the noun another happening than the one the opening dated."""
_DEFINITE = frozenset({"the", "that", "this"})
_DAY_KINDS = frozenset({"weekday", "dayword", "daymonth", "full"})
_WINDOW_WORDS = 7
"""How many words may stand between the noun and the day that follows it ("attack on a bus in the north Tuesday")."""
_BREAK = re.compile(r"[,;:.!?()\"“”—–]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SAME_DAY = frozenset({"hour", "minute", "moment", "shortly", "soon", "immediately"})
"""Words of a measure before "after" that keep the day ("hours after the attack", "shortly after the blast")."""
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "parataxis", "appos", "csubj", "conj"})
"""Dependencies that enter another clause between the act and its "after" phrase ("men who fled hours after")."""
_POSSESSIVE = re.compile(r"^['’]s\b|['’]s$")



def named_days(text: str, published: dt.date) -> Iterator[tuple[TimeExpression, dt.date]]:
    """Each time expression of ``text`` that names one day ("Tuesday", "on March 3"), with that day as told on
    ``published``, in text order; what a caller keeps of them (how far back) is its own."""
    for expr in find_expressions(text):
        if expr.kind not in _DAY_KINDS:
            continue
        resolved = resolve_expression(expr, published, False)
        if resolved is not None and resolved.precision == "day":
            yield expr, dt.date.fromisoformat(resolved.date)

def _stem(word: str, nouns: frozenset[str]) -> str | None:
    """The happening noun ``word`` spells, singular or plural ("blasts" -> "blast"); None for any other word."""
    word = word.lower()
    for cand in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if cand and cand in nouns:
            return cand
    return None


def opening_days(opening: str, published: dt.date) -> dict[str, tuple[dt.date, str]]:
    """The happening nouns the opening dates, each with its day and the expression that names it; a noun named with
    two different days is left out."""
    nouns = load_time_lexicon().happening_nouns
    if not nouns:
        return {}
    found: dict[str, tuple[dt.date, str]] = {}
    clashing: set[str] = set()
    for expr, day in named_days(opening, published):
        if not 0 <= (published - day).days <= DAYS_BACK:
            continue
        before = _BREAK.split(opening[max(0, expr.start - 120):expr.start])[-1]
        named = [_stem(w, nouns) for w in _WORD.findall(before)[-_WINDOW_WORDS:]]
        after = opening[expr.end:expr.end + 60]
        if _POSSESSIVE.search(expr.text) or _POSSESSIVE.match(after):  # "Sunday's deadly blasts"
            named += [_stem(w, nouns) for w in _WORD.findall(_BREAK.split(_POSSESSIVE.sub("", after))[0])[:3]]
        for noun in filter(None, named):
            if noun in found and found[noun][0] != day:
                clashing.add(noun)
            found.setdefault(noun, (day, expr.text.strip()))
    return {noun: value for noun, value in found.items() if noun not in clashing}


def retold_noun(trigger: Token) -> str | None:
    """The happening noun ``trigger`` names again as a definite mention ("the attack", "the initial raid"), or None:
    not a noun of ``happening_nouns``, indefinite, or told as another one ("a previous attack", "the 2019 raid")."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in load_time_lexicon().happening_nouns:
        return None
    children = list(trigger.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children):
        return None
    if any(c.lower_ in OTHER or c.dep_ == "nummod" or (c.like_num and c.lower_ != "first") for c in children):
        return None
    return str(trigger.lemma_.lower())


def measured_after(trigger: Token) -> tuple[str, int, str] | None:
    """The happening noun an act is told a measured time after, in the act's own clause ("hours after the attack,
    police arrested two men", "in a message posted a day after the raid, the group warned ..."), with the days
    from it and the measuring words; None with no measure ("after the attack": how long after is open) or when
    the phrase belongs to another clause ("men who fled hours after the attack were arrested")."""
    lex = load_time_lexicon()
    for after in trigger.sent:
        if after.lower_ != "after" or after.i < 1:
            continue
        noun = next((c for c in after.children if c.dep_ == "pobj"), None)
        if noun is None or retold_noun(noun) is None or not _reaches(after, trigger):
            continue
        measure = after.doc[after.i - 1]
        word = measure.lemma_.lower()
        if word in _SAME_DAY:
            return retold_noun(noun) or "", 0, f"{measure.text} after"
        if word == "day" and after.i >= 2:
            count = after.doc[after.i - 2].lower_
            days = int(count) if count.isdigit() else lex.numbers.get(count)
            if days is not None and days < 8:
                return retold_noun(noun) or "", days, f"{after.doc[after.i - 2].text} {measure.text} after"
    return None


def _reaches(token: Token, trigger: Token) -> bool:
    """Whether ``token`` hangs below ``trigger`` without entering another clause on the way up (but for a fronted
    participle of the same occasion)."""
    while token.i != trigger.i:
        if (token.dep_ in _CLAUSES and not _fronted_participle(token)) or token.head.i == token.i:
            return False
        token = token.head
    return True


def _fronted_participle(clause: Token) -> bool:
    """A participle before its head with no subject or conjunction of its own ("In a note posted two days
    after the bombing, the militia gave ...", which the parser may hang as a clause): told of the same occasion."""
    return (clause.tag_ in ("VBN", "VBG") and clause.i < clause.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children))
