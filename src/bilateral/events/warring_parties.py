"""The warring parties: a target named as the sides of a war ("called on all warring parties to reduce
hostilities", "urged the warring sides to return to talks") stands for the sides of the fighting the story told.

The document's earlier asserted or alleged fights (PLOVER ASSAULT) name who fights whom; when their sources and
targets are two or more actors other than the frame's own source, each is a target of the frame in place of the
description (which the actor coder takes for a political party, ---PTY, or leaves without a country). Not
replaced: a party with no 'warring' word ("the ruling party", "all parties"), a story that told no fight, or one
whose fights name a single side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.codes import load_codes
from bilateral.events.frames import Frame
from bilateral.models import Actor, Event, Mention

_SIDE_NOUNS = frozenset({"party", "parties", "side", "sides", "faction", "factions"})
_WARRING = frozenset({"warring", "belligerent"})
_TOLD = frozenset({"asserted", "alleged"})
SIDES = 0.75
"""A side taken from the story's told fights: as sure as a counterpart found in the story (events/counterpart.py),
not as doubtful as the description's own reading as a party."""


def _warring(mention: Mention, frame: Frame) -> bool:
    """A mention that is the warring parties: its head a side noun with a 'warring' modifier."""
    doc = frame.trigger.doc
    if not 0 < mention.end <= len(doc):
        return False
    head = doc[mention.end - 1]
    return head.lower_ in _SIDE_NOUNS and any(c.lower_ in _WARRING for c in head.children)


def _sides(earlier: Sequence[Event]) -> dict[str, Actor]:
    """The actors of the story's told fights, by code, in order."""
    codes = load_codes()
    sides: dict[str, Actor] = {}
    for event in earlier:
        if event.modality in _TOLD and codes.get(event.cameo).plover == "ASSAULT":
            for actor in (event.source, event.target):
                if actor is not None and actor.country is not None:
                    sides.setdefault(actor.code, actor)
    return sides


def warring_parties(frames: Sequence[Frame], earlier: Sequence[Event]) -> None:
    """Put the story's fighting sides in place of a 'warring parties' target (in place; see the module)."""
    if not earlier:
        return
    for frame in frames:
        warring = [m for m in frame.targets if _warring(m, frame)]
        if not warring:
            continue
        own = {s.actor.code for s in frame.sources}
        sides = [a for code, a in _sides(earlier).items() if code not in own]
        if len(sides) < 2:
            continue
        mention = warring[0]
        frame.targets = [m for m in frame.targets if m not in warring] + [
            replace(mention, actor=replace(side, text=mention.actor.text), confidence=max(mention.confidence, SIDES))
            for side in sides]
