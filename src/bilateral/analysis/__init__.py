"""Analysis over the store: dyad series, change points and actor networks."""

from bilateral.analysis.changepoints import detect_change_points
from bilateral.analysis.network import actor_network, strongest_ties
from bilateral.analysis.series import FREQS, build_series, dyad_series

__all__ = ["FREQS", "actor_network", "build_series", "detect_change_points", "dyad_series", "strongest_ties"]
