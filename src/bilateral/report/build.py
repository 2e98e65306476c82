"""A dyad report: the periods between change points, each summarised with its key events and sources.

The report reads true at any span: its frequency is chosen from the span of the events (weeks for a few
months, months up to three years, quarters up to twelve, years beyond) unless one is given; events dated
less precisely than that frequency are not in the chart but are listed and counted in the period their
date begins in; only asserted events (and alleged ones when asked) are counted, and the others of each
period are listed apart as announced, denied or hypothetical.

Inside a period, events come in episodes: bursts set apart by at least ``episode_gap_days`` without an
event (a visit and the row that followed it, an aid cut and its aftermath), each listed with its own key
events, so a long period of one regime still shows its distinct moments.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from bilateral.analysis import COUNTED_BY_DEFAULT, build_series, detect_change_points
from bilateral.analysis.counting import split_counted
from bilateral.analysis.series import FREQS, next_period, period_of
from bilateral.codes import type_label
from bilateral.errors import QueryError
from bilateral.models import DyadReport, DyadSeries, ReportEpisode, ReportPeriod, StoredEvent
from bilateral.store import EventQuery, Store, check_known_actor, document_refs, find_events

EPISODE_GAP_DAYS = 365
"""Days without an event that end an episode."""

FREQ_BY_SPAN: tuple[tuple[str, int], ...] = (("week", 183), ("month", 3 * 366), ("quarter", 12 * 366))
"""The finest frequency whose chart stays readable (about 40 bars or fewer) for spans up to so many days;
longer spans go by year."""


def choose_freq(events: Sequence[StoredEvent]) -> str:
    """The frequency for a report over these events, from the span of their dates (``FREQ_BY_SPAN``)."""
    days = [_day(s) for s in events if s.event.date]
    if not days:
        return "year"
    span = (max(days) - min(days)).days
    return next((freq for freq, limit in FREQ_BY_SPAN if span <= limit), "year")


def _key_events(events: list[StoredEvent], n: int) -> tuple[StoredEvent, ...]:
    """The best-supported, most intense events of a period (mentions first, then |Goldstein|)."""
    ranked = sorted(events, key=lambda s: (-s.num_mentions, -abs(s.event.goldstein), s.event.date or "", s.event_id))
    return tuple(ranked[:n])


def _day(event: StoredEvent) -> dt.date:
    """The first day an event's date names."""
    parts = [int(x) for x in (event.event.date or "1-1-1").split("-")]
    return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])


def episodes_of(events: list[StoredEvent], gap_days: int = EPISODE_GAP_DAYS,
                key_events: int = 3) -> list[ReportEpisode]:
    """Events (dated) split where ``gap_days`` or more pass without one; each episode with its key events."""
    ordered = sorted(events, key=lambda s: (_day(s), s.event_id))
    groups: list[list[StoredEvent]] = []
    for s in ordered:
        if groups and (_day(s) - _day(groups[-1][-1])).days < gap_days:
            groups[-1].append(s)
        else:
            groups.append([s])
    out: list[ReportEpisode] = []
    for group in groups:
        types = Counter(type_label(s.event.event_type) for s in group)
        out.append(ReportEpisode(group[0].event.date or "", group[-1].event.date or "", len(group),
                                 tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
                                 _key_events(group, key_events)))
    return out


def _within(events: Sequence[StoredEvent], lower: dt.date | None, upper: dt.date | None) -> list[StoredEvent]:
    """Dated events whose date begins in [lower, upper) (an open bound when None)."""
    return [s for s in events if s.event.date and (lower is None or _day(s) >= lower)
            and (upper is None or _day(s) < upper)]


def periods_between(series: DyadSeries, starts: list[str], key_events: int = 5) -> list[ReportPeriod]:
    """Split a series at change points into periods and summarise each, with the coarser-dated counted events
    and the uncounted ones that begin in it (the first and last periods take those before and after)."""
    bounds = [p.period for p in series.points]
    cuts = [0, *[bounds.index(s) for s in starts if s in bounds], len(bounds)]
    out: list[ReportPeriod] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if lo >= hi:
            continue
        points = series.points[lo:hi]
        lower = None if lo == 0 else dt.date.fromisoformat(points[0].period)
        upper = None if hi == len(bounds) else next_period(dt.date.fromisoformat(points[-1].period), series.freq)
        coarser = _within(series.coarser_events, lower, upper)
        events = [s for evs in series.events[lo:hi] for s in evs] + coarser
        quads = Counter(s.event.quad_class for s in events)
        gsum = sum(s.event.goldstein for s in events)
        apart = sorted(_within(series.set_apart, lower, upper), key=lambda s: (_day(s), s.event_id))
        # the first and last periods also list what falls before and after them: their headings say so
        starts = [points[0].period, points[-1].period,
                  *(period_of(_day(s), series.freq).isoformat() for s in [*coarser, *apart])]
        out.append(ReportPeriod(min(starts), max(starts), len(events),
                                (quads[1], quads[2], quads[3], quads[4]),
                                round(gsum / len(events), 2) if events else None, _key_events(events, key_events),
                                tuple(episodes_of(events)), series.freq, len(coarser), tuple(apart)))
    return out


def build_report(store: Store, a: str, b: str, *, freq: str | None = None, key_events: int = 5,
                 modalities: Sequence[str] = COUNTED_BY_DEFAULT, since: dt.date | None = None,
                 until: dt.date | None = None) -> DyadReport:
    """Series, change points, periods and located events of a dyad, from the store.

    ``freq`` None chooses it from the span of the counted events. An actor no stored event involves is a
    QueryError that suggests close names, not an empty report.
    """
    if freq is not None and freq not in FREQS:
        raise QueryError(f"unknown frequency {freq!r}; use one of {', '.join(FREQS)}")
    a, b = check_known_actor(store, a), check_known_actor(store, b)
    found = find_events(store, EventQuery(dyad=(a, b), since=since, until=until))
    counted, _ = split_counted(found, modalities)
    series = build_series(found, a, b, directed=False, freq=freq or choose_freq(counted), since=since, until=until,
                          modalities=modalities)
    shifts = detect_change_points(series)
    periods = periods_between(series, [s.period for s in shifts], key_events)
    docs = document_refs(store, {m.doc_id for s in found for m in s.mentions})
    located = tuple(s for s in counted if s.event.location is not None)
    undated = tuple(s for s in counted if not s.event.date)
    cited = {m.doc_id for s in counted for m in s.mentions}
    return DyadReport(series, tuple(shifts), tuple(periods), located, len(counted), len(cited),
                      tuple(docs[d] for d in sorted(docs)), undated)
