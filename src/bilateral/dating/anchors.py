"""Events dated by their distance from another time of the sentence: "a day after the attack", "the previous day's
shelling", "two days later".

Such an expression names no date by itself: it says how far the event lies from the time of the clause it hangs
on. "Troops retook the town on Wednesday, a day after an attack on its police station" puts the attack on
Tuesday, and "rescuers searched on Sunday for victims of the previous day's shelling" puts the shelling on
Saturday. The measured object of "after" or "before" ("the attack") is read from the parse
(``measured_relation``); the anchored expressions ("the previous day", "two days later") are found by
``expressions.py`` (kind ``anchored``). The time they count from is the one the rest of the dating gives the
clause (``__init__.py``); a measure with no number ("days after the attack") keeps only the month of a day, and
one in hours the day itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilateral.dating.expressions import load_time_lexicon
from bilateral.models import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}
_SIDES = {"after": -1, "before": 1}
"""The event as the object of "after" lies before the time of its clause; as the object of "before", after it."""


@dataclass(frozen=True, slots=True)
class Measured:
    """An event told as lying a measured distance from the time of the clause its phrase hangs on."""

    anchor: int
    """The token whose time the distance counts from (the phrase's head, attached to the clause)."""
    days: int | None
    """Days from that time to the event (negative: before it); None for an unsaid number ("days after")."""
    text: str
    """The measuring words ("a day after")."""


def _count(unit: Token) -> int | None:
    """The number of units ``unit`` counts ("a day", "two days", "3 days"); None when it names none ("days")."""
    lex = load_time_lexicon()
    for child in unit.children:
        word = child.lower_
        if child.dep_ in ("nummod", "det") and (word.isdigit() or word in lex.numbers):
            return int(word) if word.isdigit() else lex.numbers[word]
    return None


def measured_relation(sent: Doc, index: int) -> Measured | None:
    """Whether the event at ``index`` is the object of a measured "after" or "before" ("a day after the attack",
    "two days before the vote", "hours after the blast"), and from which token its distance counts."""
    if not 0 <= index < len(sent):
        return None
    trigger = sent[index]
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in _SIDES:
        return None
    unit: Token | None = prep.head
    anchor = prep.head
    if not (prep.head.lemma_.lower() in _UNIT_DAYS and prep.dep_ == "prep"):  # "a day after X" or "after X"
        unit = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS), None)
        anchor = prep
    if unit is None:
        return None
    count = _count(unit)
    per_unit = _UNIT_DAYS[unit.lemma_.lower()]
    if count is None and per_unit:
        days = None
    else:
        days = _SIDES[prep.lower_] * (count or 0) * per_unit
    start = min(t.i for t in unit.subtree)
    return Measured(anchor.i, days, sent[start:prep.i + 1].text)


def shifted_date(anchor: EventDate, days: int | None, text: str) -> EventDate:
    """The date ``days`` from ``anchor`` (None: an unsaid number of days, the month at most), told by ``text``.
    A date coarser than a day stays as it is; an undated anchor leaves the event undated, and an unsaid number
    of days from the publication date leaves it at the publication date."""
    if anchor.date is None or anchor.precision is None:
        return anchor
    if days is None and anchor.source == "publication":
        return anchor  # "days later" than nothing the story names: no time of the text's own
    if anchor.precision != "day":
        return EventDate(anchor.date, anchor.precision, "text", text)
    if days is None:
        return EventDate(anchor.date[:7], "month", "text", text)
    day = dt.date.fromisoformat(anchor.date) + dt.timedelta(days=days)
    return EventDate(day.isoformat(), "day", "text", text)
