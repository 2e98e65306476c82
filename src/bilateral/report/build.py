"""A dyad report: the periods between change points, each summarised with its key events and sources."""

from __future__ import annotations

from bilateral.analysis import detect_change_points, dyad_series
from bilateral.models import DyadReport, DyadSeries, ReportPeriod, StoredEvent
from bilateral.store import Store


def _key_events(events: list[StoredEvent], n: int) -> tuple[StoredEvent, ...]:
    """The best-supported, most intense events of a period (mentions first, then |Goldstein|)."""
    ranked = sorted(events, key=lambda s: (-s.num_mentions, -abs(s.event.goldstein), s.event.date or "", s.event_id))
    return tuple(ranked[:n])


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
                                round(gsum / total, 2) if total else None, _key_events(events, key_events)))
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
