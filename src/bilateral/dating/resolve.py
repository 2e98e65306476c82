"""Turn one time expression into a date with a precision, against the publication date and the document.

Decisions (documented here because users read dates as claims):

* A weekday is the closest such day not after publication ("on Tuesday" in a Tuesday article is that
  day, as on the wires), or not before it for future modality; "last Friday" / "next Friday" exclude the
  publication day itself.
* A month without a year ("in March") takes the year the document gives that month explicitly
  ("March 2020" elsewhere in the article); else the closest such month not after publication (past) or
  not before it (future); "last March" / "next March" exclude the publication month.
* A week ("next week", "earlier this week") is reported at month precision: the month holding most of
  that week (its fourth day; weeks start on the lexicon's ``week_start``, Sunday as in US news, so that
  "last week" in a Sunday story is the week just ended). "n weeks ago" likewise; vague counts ("a few
  days ago") are one precision coarser than the unit.
* A decade ("in the 1990s") is reported as its first year at year precision, with the expression in
  ``EventDate.text`` so a reader can see it was a decade: better than dating a 1990s event to the
  article's publication.
* Full dates and month-year dates are parsed by dateparser (strict, parts required); everything
  relative is computed here, because dateparser reads durations ("two weeks") as "two weeks ago" and has no
  notion of a weekday's closest past or future occurrence relative to the event's modality.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from dateparser.date import DateDataParser

from bilateral.dating.expressions import TimeExpression, load_time_lexicon
from bilateral.models import DatePrecision

Resolver = Literal["rules", "dateparser"]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A resolved time expression: the date string at its precision, and which resolver did it."""

    date: str
    precision: DatePrecision
    resolver: Resolver


@dataclass(frozen=True, slots=True)
class YearHints:
    """What the document says about years: months named with an explicit year, and its dominant year."""

    month_years: tuple[tuple[int, int], ...] = ()
    """(month, year) for months the document names with exactly one explicit year."""
    dominant_year: int | None = None


@lru_cache(maxsize=4)
def _parser(future: bool, parts: tuple[str, ...]) -> DateDataParser:
    settings = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": "day" in parts,
        "REQUIRE_PARTS": list(parts),
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


def parse_with_dateparser(text: str, parts: tuple[str, ...], future: bool = False) -> ResolvedDate | None:
    """Parse an absolute date with dateparser, requiring ``parts`` (e.g. ("day", "month", "year"))."""
    data = _parser(future, parts).get_date_data(text)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    if "day" in parts and data.period == "day":
        return ResolvedDate(d.isoformat(), "day", "dateparser")
    if "month" in parts and data.period in ("day", "month"):
        return ResolvedDate(f"{d.year:04d}-{d.month:02d}", "month", "dateparser")
    if data.period == "year" or "year" in parts:
        return ResolvedDate(f"{d.year:04d}", "year", "dateparser")
    return None


def _day(d: dt.date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day", "rules")


def _month(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{month:02d}", "month", "rules")


def _year(year: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}", "year", "rules")


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _week_month(d: dt.date) -> ResolvedDate:
    """The month holding most of the week of ``d`` (its fourth day), weeks starting as the lexicon says."""
    start = d - dt.timedelta(days=(d.weekday() - load_time_lexicon().week_start) % 7)
    middle = start + dt.timedelta(days=3)
    return _month(middle.year, middle.month)


def _weekday(expr: TimeExpression, pub: dt.date, future: bool) -> ResolvedDate:
    target = expr.weekday or 0
    forward = future if expr.amount == 0 else expr.amount > 0
    if forward:
        delta = (target - pub.weekday()) % 7
        if delta == 0 and expr.amount > 0:
            delta = 7
        return _day(pub + dt.timedelta(days=delta))
    delta = (pub.weekday() - target) % 7
    if delta == 0 and expr.amount < 0:
        delta = 7
    return _day(pub - dt.timedelta(days=delta))


def _month_year(month: int, day: int | None, expr: TimeExpression, pub: dt.date | None, future: bool,
                hints: YearHints) -> int | None:
    """The year of a month (and day) named without one."""
    explicit = dict(hints.month_years)
    if expr.amount == 0 and month in explicit:
        return explicit[month]
    if pub is None:
        return hints.dominant_year
    key = (month, day or 1) if day else (month, 1)
    here = (pub.month, pub.day) if day else (pub.month, 1)
    if expr.amount < 0:
        return pub.year if key < here else pub.year - 1
    if expr.amount > 0:
        return pub.year if key > here else pub.year + 1
    if expr.unit == "this":
        return pub.year
    if future:
        return pub.year if key >= here else pub.year + 1
    return pub.year if key <= here else pub.year - 1


def _relative(expr: TimeExpression, pub: dt.date) -> ResolvedDate:
    if expr.unit == "year":
        return _year(pub.year + expr.amount)
    if expr.unit == "month":
        return _month(*_shift_month(pub.year, pub.month, expr.amount))
    return _week_month(pub + dt.timedelta(weeks=expr.amount))


def _ago(expr: TimeExpression, pub: dt.date) -> ResolvedDate:
    n = expr.amount
    if expr.unit == "day":
        d = pub + dt.timedelta(days=n)
        return _month(d.year, d.month) if expr.vague else _day(d)
    if expr.unit == "week":
        return _week_month(pub + dt.timedelta(weeks=n))
    if expr.unit == "month":
        year, month = _shift_month(pub.year, pub.month, n)
        return _year(year) if expr.vague else _month(year, month)
    return _year(pub.year + n)


def resolve_expression(expr: TimeExpression, published: dt.date | None, future: bool,
                       hints: YearHints | None = None) -> ResolvedDate | None:
    """The date ``expr`` names, or None when it cannot be placed (e.g. relative with no publication date)."""
    hints = hints or YearHints()
    if expr.kind == "full":
        return (parse_with_dateparser(expr.text, ("day", "month", "year"), future)
                or _full_by_rule(expr))
    if expr.kind == "monthyear" and expr.year and expr.month:
        return parse_with_dateparser(expr.text, ("month", "year"), future) or _month(expr.year, expr.month)
    if expr.kind in ("year", "decade") and expr.year:
        return _year(expr.year)
    if expr.kind in ("daymonth", "month") and expr.month:
        year = _month_year(expr.month, expr.day, expr, published, future, hints)
        if year is None:
            return None
        if expr.kind == "month":
            return _month(year, expr.month)
        try:
            return _day(dt.date(year, expr.month, expr.day or 1))
        except ValueError:
            return None
    if published is None:
        return None
    if expr.kind == "weekday":
        return _weekday(expr, published, future)
    if expr.kind == "relative":
        return _relative(expr, published)
    if expr.kind in ("ago", "duration"):
        return _ago(expr, published)
    if expr.kind == "dayword":
        return _day(published + dt.timedelta(days=expr.amount))
    if expr.kind == "anchored":  # counted from publication when nothing else anchors it (``anchors.py``)
        d = published + dt.timedelta(days=0 if expr.vague else expr.amount)
        return _month(d.year, d.month) if expr.vague else _day(d)
    return None


def _full_by_rule(expr: TimeExpression) -> ResolvedDate | None:
    if expr.year is None or expr.month is None or expr.day is None:
        return None
    try:
        return _day(dt.date(expr.year, expr.month, expr.day))
    except ValueError:
        return None
