"""Change points: periods where a dyad's relationship shifts, and the events that explain each shift.

Detection runs penalised PELT (ruptures) on the period-by-period Goldstein sum. Sparse series (most
months of most dyads hold no event) make variance estimates unstable, so the penalty scales with the
series' robust spread and a shift must last ``min_size`` periods; series too short to say anything
return no change points rather than noise.
"""

from __future__ import annotations

import numpy as np
import ruptures as rpt

from bilateral.models import ChangePoint, DyadSeries


def detect_change_points(series: DyadSeries, *, min_size: int = 2, penalty_scale: float = 3.0,
                         max_events: int = 5) -> list[ChangePoint]:
    """Shifts in the Goldstein sum of a series, each explained by the events around it."""
    signal = np.array([p.goldstein_sum for p in series.points], dtype=float)
    if len(signal) < 2 * min_size + 1 or not np.any(signal):
        return []
    spread = float(np.median(np.abs(signal - np.median(signal)))) * 1.4826
    if spread == 0.0:
        spread = float(np.std(signal)) or 1.0
    penalty = penalty_scale * np.log(len(signal)) * spread ** 2
    breaks = rpt.Pelt(model="l2", min_size=min_size, jump=1).fit(signal.reshape(-1, 1)).predict(pen=penalty)
    shifts: list[ChangePoint] = []
    bounds = [0, *breaks]
    for i in range(1, len(bounds) - 1):
        lo, at, hi = bounds[i - 1], bounds[i], bounds[i + 1]
        around = [s for evs in series.events[max(at - 1, 0):at + 1] for s in evs]
        key = sorted(around, key=lambda s: (-abs(s.event.goldstein) * s.num_mentions, s.event_id))[:max_events]
        shifts.append(ChangePoint(series.points[at].period, round(float(signal[lo:at].mean()), 3),
                            round(float(signal[at:hi].mean()), 3), tuple(key)))
    return shifts
