"""The facility a state's own forces hit or take at home, with no place named: "security forces have occupied
hospitals", "police raided schools", in a story whose earlier acts all took place in that state.

A facility is coded by the country of its place (``facilities.py``), and a sentence often names none: the story
has. When every earlier act of the document took place within one country (``implied.story_country``) and the act's
sources are all that country's own forces or police, the facility is that country's, with its sector (a hospital,
civilians'; a school, education's). Not for a facility of no sector (an airport, a bridge: whose it is stays
open), nor for the forces of another country, nor in a story of two countries or of no earlier act, nor when the
act already has a target or the sentence places the facility (the facility search does that).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilateral.events.arguments import MentionIndex
from bilateral.events.facilities import facility_targets
from bilateral.events.frames import Frame
from bilateral.events.implied import story_country
from bilateral.events.lexicon import Lexicon
from bilateral.models import Event

_HOME_FORCES = frozenset({"MIL", "COP"})
"""Sectors of a state's own forces, whose acts on facilities in a one-country story are at home."""


def home_facilities(frames: Iterable[Frame], index: MentionIndex, earlier: Sequence[Event], lexicon: Lexicon) -> None:
    """Give each untargeted act of the story country's own forces on an unplaced facility that facility, as the
    story country's, for target (in place)."""
    if not earlier:
        return
    country = story_country(earlier)
    if country is None:
        return
    for frame in frames:
        if frame.targets or not frame.sources or frame.absorbed or not all(
                s.actor.country == country and s.actor.sector in _HOME_FORCES for s in frame.sources):
            continue
        frame.targets.extend(facility_targets(frame, index, lexicon, home=country))
