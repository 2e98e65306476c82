"""What the sentences of a story say about the time of the one that follows them, read without a parse.

A sentence that opens with a continuation ("There, ...", "At the time, ...", "A day later, ...", "Days later, ...")
tells what happened at the time the sentence before it has just named, or a given number of days after it: its
events take that time when they have none of their own ("The leaders met in Kigali in May. There, Ruto asked for
help with the pipeline": May). The openers are data (``continuations`` and ``vague_continuations`` of
data/time/lexicon.json); an opener must be followed by a comma, so that "There were ..." is no continuation.
Without an opener, a past-tense sentence continues the last day the sentence before it named (``narrative_day``:
"On Friday, Uganda closed the border. Kenya protested at once": Friday), unless that day lies ahead of its telling
("would take effect on Friday"; ``future_markers`` in the lexicon). Only the sentence just before counts, and only
a time it names that is no bound ("since 2015") and no modifier of a noun ("the May 2018 accord"); an unsaid
number of days ("days later") keeps the month of a day named before it, not the day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from bilateral.dating.expressions import TimeExpression, find_expressions, load_time_lexicon
from bilateral.dating.resolve import ResolvedDate, YearHints, resolve_expression
from bilateral.models import DatePrecision

BOUNDS = frozenset({"since", "by", "from"})
"""Words that make a time the start or end of a span, which sets no time for what follows."""

_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z])[.!?][\"”’)]*\s+(?=[A-Z0-9\"“‘])")
"""The end of a sentence: closing punctuation, not after an abbreviation ("Feb.", "Dr.", "U.S."), before a capital."""
_HINTED_KINDS = frozenset({"daymonth", "month"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


def modifies_a_noun(text: str, start: int, end: int | None = None) -> bool:
    """Whether the time at ``start:end`` of ``text`` follows a determiner or a possessive ("the May 2018
    accord", "Uganda's 2016 vote") or is one ("October's summit"): it says which thing is meant, and
    sets no time for the sentences after."""
    if end is not None and text[start:end].endswith(("'s", "’s")):
        return True
    before = text[max(0, start - 30):start].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in _DETERMINERS or word.endswith(("'s", "’s"))


def previous_sentence_start(text: str, at: int) -> int:
    """Where the sentence before offset ``at`` (the start of a sentence) begins, by its closing punctuation."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), max(0, at - 1))]
    return ends[-1] - 1 if ends else max(0, at - 600)


def previous_sentence(text: str, sentence: str) -> tuple[int, str] | None:
    """(offset, text) of the sentence just before ``sentence`` on its line in ``text``; None when there is none."""
    at = text.find(sentence) if sentence else -1
    if at <= 0:
        return None
    start = max(text.rfind("\n", 0, at), previous_sentence_start(text, at))
    start = max(start, 0)
    before = text[start:at]
    return (start, before) if before.strip() else None


@dataclass(frozen=True, slots=True)
class Continuation:
    """A sentence's opener that continues the time of the sentence before it."""

    text: str
    shift: int | None
    """Days after the time before (negative: before it); None for an unsaid number of days or weeks."""


@lru_cache(maxsize=1)
def _openers() -> re.Pattern[str]:
    lex = load_time_lexicon()
    phrases = sorted({*lex.continuations, *lex.vague_continuations}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"^[\"“‘]?(?:(?:but|and|yet)\s+)?(?P<op>{alternatives})\s*,", re.IGNORECASE)


def continuation(sentence: str) -> Continuation | None:
    """The continuation that opens ``sentence`` ("There, ...", "Days later, ..."), if any."""
    m = _openers().match(sentence.lstrip())
    if m is None:
        return None
    words = " ".join(m.group("op").lower().split())
    lex = load_time_lexicon()
    return Continuation(m.group("op"), lex.continuations.get(words) if words not in lex.vague_continuations
                        else None)


def last_time(text: str, published: dt.date | None, hints: Callable[[], YearHints]
              ) -> tuple[ResolvedDate, TimeExpression] | None:
    """The last time ``text`` names that is no bound and resolves (looking back from publication); ``hints``
    gives the document's years, asked for only by a month named without one."""
    for expr in reversed(find_expressions(text)):
        if expr.kind == "duration" or expr.text.split()[0].lower() in BOUNDS \
                or modifies_a_noun(text, expr.start, expr.end):
            continue
        found = resolve_expression(expr, published, False, hints() if expr.kind in _HINTED_KINDS else YearHints())
        if found is not None:
            return found, expr
    return None


@lru_cache(maxsize=1)
def _future() -> re.Pattern[str]:
    words = sorted(load_time_lexicon().future_markers, key=len, reverse=True)
    alternatives = "|".join((r"\b" if w[0].isalpha() else "") + re.escape(w).replace(r"\ ", r"\s+") + r"\b"
                            for w in words)
    return re.compile(alternatives, re.IGNORECASE)


def narrative_day(before: str, published: dt.date | None, hints: Callable[[], YearHints]
                  ) -> tuple[ResolvedDate, TimeExpression] | None:
    """The day the sentence ``before`` has named last, as the time a past-tense sentence after it continues
    ("On Friday, Uganda closed the border. Kenya protested at once"); None when its last time is no day (a month or
    a week sets too loose a frame), or follows a word that puts it ahead ("would take effect on Friday")."""
    found = last_time(before, published, hints)
    if found is None or found[0].precision != "day" or _future().search(before, 0, found[1].start):
        return None
    return found


def shifted(found: ResolvedDate, shift: int | None) -> tuple[str, DatePrecision]:
    """(date, precision) of a time ``shift`` days later (None: an unsaid number, the month at most)."""
    if found.precision != "day":
        return found.date, found.precision
    if shift is None:
        return found.date[:7], "month"
    return (dt.date.fromisoformat(found.date) + dt.timedelta(days=shift)).isoformat(), "day"
