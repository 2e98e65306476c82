"""Change points: periods where a dyad's relationship shifts, and the events that explain each shift.

Detection runs penalised PELT (ruptures) on the period-by-period Goldstein sum. Sparse series (most
months of most dyads hold no event) make variance estimates unstable, so the penalty scales with the
series' noise, estimated from first differences, and a shift must last ``min_size`` periods and move
the mean by more than that noise; series too short to say anything return no change points.
"""

from __future__ import annotations

import numpy as np
import ruptures as rpt

from bilateral.models import ChangePoint, DyadSeries


def detect_change_points(series: DyadSeries, *, min_size: int = 2, penalty_scale: float = 3.0,
                         max_events: int = 5) -> list[ChangePoint]:
    """Shifts in the Goldstein sum of a series, each explained by the events around it."""
    signal = np.array([p.goldstein_sum for p in series.points], dtype=float)
    if len(signal) < 2 * min_size + 1 or np.ptp(signal) == 0:
        return []
    noise = _noise_level(signal)
    penalty = penalty_scale * np.log(len(signal)) * noise ** 2
    breaks = rpt.Pelt(model="l2", min_size=min_size, jump=1).fit(signal.reshape(-1, 1)).predict(pen=penalty)
    shifts: list[ChangePoint] = []
    bounds = [0, *breaks]
    for i in range(1, len(bounds) - 1):
        lo, at, hi = bounds[i - 1], bounds[i], bounds[i + 1]
        around = [s for evs in series.events[max(at - 1, 0):at + 1] for s in evs]
        key = sorted(around, key=lambda s: (-abs(s.event.goldstein) * s.num_mentions, s.event_id))[:max_events]
        before, after = float(signal[lo:at].mean()), float(signal[at:hi].mean())
        if abs(after - before) < max(noise, 1.0):
            continue
        shifts.append(ChangePoint(series.points[at].period, round(before, 3), round(after, 3), tuple(key)))
    return shifts


def _noise_level(signal: np.ndarray) -> float:
    """Robust noise scale from first differences (a step changes one difference, not the median)."""
    diffs = np.abs(np.diff(signal))
    sigma = float(np.median(diffs)) * 1.4826 / np.sqrt(2)
    if sigma == 0.0:
        sigma = max(float(np.std(signal)) * 0.25, 1.0)
    return sigma
