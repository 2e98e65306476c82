"""Dyad series: how much cooperation and conflict passes between two actors, period by period.

Series count deduplicated events, never mentions. An event dated only to the year cannot be placed in
a month: series at a finer frequency than an event's date precision leave it out and say how many
they left out (``DyadSeries.coarser``), rather than pile such events on 1 January.

Only events that happened are counted (``counting``): asserted ones, and alleged ones when asked. The
dyad's negated, future and hypothetical events are kept beside the series (``DyadSeries.set_apart``), to be
listed, never summed. A CAMEO 01x statement has no PLOVER type: it counts in its period's events, quad class (by
its root: verbal cooperation) and Goldstein sum, and as ``untyped``, never under a PLOVER type.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from bilateral.analysis.counting import COUNTED_BY_DEFAULT, split_counted
from bilateral.codes import PLOVER_TYPES
from bilateral.errors import QueryError
from bilateral.models import DyadPoint, DyadSeries, StoredEvent
from bilateral.store import EventQuery, Store, find_events

FREQS = ("week", "month", "quarter", "year")
_FINEST_PRECISION = {"week": "day", "month": "month", "quarter": "month", "year": "year"}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def period_of(day: dt.date, freq: str) -> dt.date:
    """The first day of the period (week from Monday, month, quarter, year) holding a date."""
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if freq == "year":
        return dt.date(day.year, 1, 1)
    raise QueryError(f"unknown frequency {freq!r}; use one of {', '.join(FREQS)}")


def next_period(start: dt.date, freq: str) -> dt.date:
    """The first day of the period after the one starting at ``start``."""
    if freq == "week":
        return start + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[freq]
    m = start.month - 1 + months
    return dt.date(start.year + m // 12, m % 12 + 1, 1)


def period_label(start: str | dt.date, freq: str, *, short: bool = False) -> str:
    """How a period reads: ``2012``, ``2012 Q3``, ``July 2012`` (``2012-07`` when ``short``), ``week of 2012-07-09``
    (``2012-07-09`` when ``short``)."""
    day = dt.date.fromisoformat(start) if isinstance(start, str) else start
    if freq == "year":
        return str(day.year)
    if freq == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    if freq == "month":
        return f"{day.year}-{day.month:02d}" if short else f"{calendar.month_name[day.month]} {day.year}"
    return day.isoformat() if short else f"week of {day.isoformat()}"


def span_label(first: str, last: str, freq: str) -> str:
    """The exact span from the period starting ``first`` to the end of the one starting ``last``: ``2008 – 2011``,
    ``July 2012 – May 2013``, ``2022-08-08 – 2022-08-21`` (weeks by their days)."""
    if freq == "week":
        end = next_period(dt.date.fromisoformat(last), freq) - dt.timedelta(days=1)
        return f"{first} – {end.isoformat()}"
    a, b = period_label(first, freq), period_label(last, freq)
    return a if a == b else f"{a} – {b}"


def _point(period: dt.date, events: Sequence[StoredEvent]) -> DyadPoint:
    quads = Counter(s.event.quad_class for s in events)
    types = Counter(s.event.event_type for s in events)
    gsum = sum(s.event.goldstein for s in events)
    return DyadPoint(
        period=period.isoformat(), events=len(events),
        quad_counts=(quads[1], quads[2], quads[3], quads[4]),
        goldstein_sum=round(gsum, 3), goldstein_mean=round(gsum / len(events), 3) if events else None,
        coop_minus_conflict=quads[1] + quads[2] - quads[3] - quads[4],
        type_counts=tuple((t, types[t]) for t in PLOVER_TYPES if types[t]), untyped=types[None],
    )


def build_series(found: Iterable[StoredEvent], a: str, b: str, *, directed: bool, freq: str,
                 since: dt.date | None = None, until: dt.date | None = None,
                 modalities: Sequence[str] = COUNTED_BY_DEFAULT) -> DyadSeries:
    """Bin the events of the counted ``modalities`` into periods; every period between the first and last (or
    since/until) is present. The other events are set apart, not counted."""
    if freq not in FREQS:
        raise QueryError(f"unknown frequency {freq!r}; use one of {', '.join(FREQS)}")
    counted, apart = split_counted(found, modalities)
    finest = _PRECISION_RANK[_FINEST_PRECISION[freq]]
    bins: dict[dt.date, list[StoredEvent]] = defaultdict(list)
    coarser: list[StoredEvent] = []
    undated = 0
    for s in counted:
        e = s.event
        if not e.date or not e.date_precision:
            undated += 1
            continue
        if _PRECISION_RANK[e.date_precision] > finest:
            coarser.append(s)
            continue
        parts = [int(p) for p in e.date.split("-")]
        day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        bins[period_of(day, freq)].append(s)
    starts = sorted(bins)
    first = period_of(since, freq) if since else (starts[0] if starts else None)
    last = period_of(until, freq) if until else (starts[-1] if starts else None)
    points: list[DyadPoint] = []
    events: list[tuple[StoredEvent, ...]] = []
    period = first
    while period is not None and last is not None and period <= last:
        in_period = tuple(bins.get(period, ()))
        points.append(_point(period, in_period))
        events.append(in_period)
        period = next_period(period, freq)
    return DyadSeries(a, b, directed, freq, tuple(points), tuple(events), len(coarser), undated,
                      tuple(modalities), tuple(apart), tuple(coarser))


def dyad_series(store: Store, a: str, b: str, *, freq: str = "month", directed: bool = False,
                since: dt.date | None = None, until: dt.date | None = None,
                modalities: Sequence[str] = COUNTED_BY_DEFAULT) -> DyadSeries:
    """The series of a dyad from the store (events, not mentions; asserted ones unless ``modalities`` says)."""
    query = EventQuery(dyad=(a, b), directed=directed, since=since, until=until)
    return build_series(find_events(store, query), a.upper(), b.upper(), directed=directed, freq=freq,
                        since=since, until=until, modalities=modalities)
