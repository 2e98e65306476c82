"""Change points: periods where a dyad's relationship shifts, and the events that explain each shift.

Each event scores +1 when it is cooperation (quad classes 1-2) and -1 when it is conflict (3-4): the
cooperation-minus-conflict index, event by event. Goldstein weights would blur the direction (CAMEO
weighs an appeal such as "urged Rwanda to end its support for the rebels" at +3).

Detection runs penalised PELT (ruptures) over the periods that hold events, with a cost that counts every
event: the squared deviation of each event's score from its segment's mean. Empty periods are left out,
not read as zeros: most months of most dyads hold no event, and a run of them is missing news, not a
neutral relationship, so zeros would both hide shifts and invent them. Breaks fall only between periods,
so a change point is the first period of a new regime. With a score bounded by one the penalty is
BIC-like (``penalty_scale`` x log of the number of events); a regime must hold ``min_size`` periods with
events, and a shift must move the mean score by at least ``min_shift``. ``before_mean`` and
``after_mean`` are mean scores (-1 all conflict .. +1 all cooperation).

Events dated less precisely than the series' frequency (a year-dated aid cut in a monthly series) are not
drawn in its periods but they are scored here, in the period their date begins in, as the report lists them:
leaving them out would make the shifts depend on the frequency, and the same shifts must come out by month,
quarter or year.
"""

from __future__ import annotations

import numpy as np
import ruptures as rpt
from ruptures.base import BaseCost

from bilateral.analysis.series import period_of
from bilateral.models import ChangePoint, DyadSeries, StoredEvent
from bilateral.store.rows import date_start


class _EventCost(BaseCost):
    """Squared error of the events in a run of periods; the signal holds each period's (count, sum, sum of squares)."""

    model = "event_l2"
    min_size = 1

    def fit(self, signal: np.ndarray) -> _EventCost:
        self.signal = signal
        self.cum = np.vstack([np.zeros((1, 3)), np.cumsum(signal, axis=0)])
        return self

    def error(self, start: int, end: int) -> float:
        n, total, squares = self.cum[end] - self.cum[start]
        return float(squares - total * total / n) if n else 0.0


def _score(event: StoredEvent) -> float:
    return 1.0 if event.event.quad_class in (1, 2) else -1.0


def _placed(series: DyadSeries) -> list[list[StoredEvent]]:
    """Each period's events, with the coarser-dated ones added to the period their date begins in."""
    placed = [list(events) for events in series.events]
    index = {p.period: i for i, p in enumerate(series.points)}
    for s in series.coarser_events:
        first = date_start(s.event.date)
        i = index.get(period_of(first, series.freq).isoformat()) if first else None
        if i is not None:
            placed[i].append(s)
    return placed


def detect_change_points(series: DyadSeries, *, min_size: int = 1, penalty_scale: float = 1.0,
                         min_shift: float = 0.5, max_events: int = 5) -> list[ChangePoint]:
    """Shifts between cooperation and conflict in a series' events, each explained by the events around it."""
    filled = [(i, events) for i, events in enumerate(_placed(series)) if events]
    scores = [[_score(s) for s in events] for _, events in filled]
    n_events = sum(len(s) for s in scores)
    if len(filled) < 2 * min_size + 1 or n_events < 5 or len({x for s in scores for x in s}) < 2:
        return []
    signal = np.array([[len(s), sum(s), sum(x * x for x in s)] for s in scores])
    algo = rpt.Pelt(custom_cost=_EventCost(), min_size=min_size, jump=1).fit(signal)
    breaks = algo.predict(pen=penalty_scale * np.log(n_events))
    bounds = [0, *breaks]
    shifts: list[ChangePoint] = []
    for lo, at, hi in zip(bounds, bounds[1:], bounds[2:], strict=False):
        before = float(signal[lo:at, 1].sum() / signal[lo:at, 0].sum())
        after = float(signal[at:hi, 1].sum() / signal[at:hi, 0].sum())
        if abs(after - before) < min_shift:
            continue
        around = [s for _, events in filled[max(at - 1, lo):min(at + 1, hi)] for s in events]
        key = sorted(around, key=lambda s: (-abs(s.event.goldstein) * s.num_mentions, s.event_id))[:max_events]
        shifts.append(ChangePoint(series.points[filled[at][0]].period, round(before, 3), round(after, 3), tuple(key)))
    return shifts
