"""Analysis over the store: dyad series, change points and actor networks."""

from bilateral.analysis.changepoints import detect_change_points
from bilateral.analysis.counting import COUNTABLE, COUNTED_BY_DEFAULT, counted_modalities, parse_modalities
from bilateral.analysis.network import actor_network, strongest_ties
from bilateral.analysis.series import FREQS, build_series, dyad_series

__all__ = ["COUNTABLE", "COUNTED_BY_DEFAULT", "FREQS", "actor_network", "build_series", "counted_modalities",
           "detect_change_points", "dyad_series", "parse_modalities", "strongest_ties"]
