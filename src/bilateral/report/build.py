"""A dyad report: the periods between change points, each summarised with its key events and sources.

Inside a period, events come in episodes: bursts set apart by at least ``episode_gap_days`` without an
event (a visit and the row that followed it, an aid cut and its aftermath), each listed with its own key
events, so a long period of one regime still shows its distinct moments.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from bilateral.analysis import detect_change_points, dyad_series
from bilateral.models import DyadReport, DyadSeries, ReportEpisode, ReportPeriod, StoredEvent
from bilateral.store import Store

EPISODE_GAP_DAYS = 365
"""Days without an event that end an episode."""


def _key_events(events: list[StoredEvent], n: int) -> tuple[StoredEvent, ...]:
    """The best-supported, most intense events of a period (mentions first, then |Goldstein|)."""
    ranked = sorted(events, key=lambda s: (-s.num_mentions, -abs(s.event.goldstein), s.event.date or "", s.event_id))
    return tuple(ranked[:n])


def _day(event: StoredEvent) -> dt.date:
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
        types = Counter(s.event.event_type for s in group)
        out.append(ReportEpisode(group[0].event.date or "", group[-1].event.date or "", len(group),
                                 tuple(sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))),
                                 _key_events(group, key_events)))
    return out


def periods_between(series: DyadSeries, starts: list[str], key_events: int = 5) -> list[ReportPeriod]:
    """Split a series at change points into periods and summarise each."""
    bounds = [p.period for p in series.points]
    cuts = [0, *[bounds.index(s) for s in starts if s in bounds], len(bounds)]
    out: list[ReportPeriod] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        if lo >= hi:
            continue
        points = series.points[lo:hi]
        events = [s for evs in series.events[lo:hi] for s in evs]
        quads = tuple(sum(p.quad_counts[q] for p in points) for q in range(4))
        total = sum(p.events for p in points)
        gsum = sum(p.goldstein_sum for p in points)
        out.append(ReportPeriod(points[0].period, points[-1].period, total, quads,  # type: ignore[arg-type]
                                round(gsum / total, 2) if total else None, _key_events(events, key_events),
                                tuple(episodes_of(events))))
    return out


def build_report(store: Store, a: str, b: str, *, freq: str = "month", key_events: int = 5) -> DyadReport:
    """Series, change points, periods and located events of a dyad, from the store."""
    series = dyad_series(store, a, b, freq=freq)
    shifts = detect_change_points(series)
    periods = periods_between(series, [s.period for s in shifts], key_events)
    all_events = [s for evs in series.events for s in evs]
    docs = {m.doc_id for s in all_events for m in s.mentions}
    located = tuple(s for s in all_events if s.event.location is not None)
    return DyadReport(series, tuple(shifts), tuple(periods), located, len(all_events), len(docs))
