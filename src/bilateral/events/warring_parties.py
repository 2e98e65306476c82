"""The warring parties: a target named as the sides of a war ("pressed all warring parties to halt
the shelling", "urged the warring sides to return to talks") stands for the sides of the fighting the story told.

The document's earlier asserted or alleged fights (PLOVER ASSAULT) name who fights whom (a victim that cannot fight,
civilians or a school a bombing hit, is no side); when their sources and targets are two or more actors other than the
frame's own source, each is a target of the frame in place of the description (which the actor coder takes for a
political party, ---PTY, or leaves without a country). Not replaced: a party with no 'warring' word ("the ruling party",
"all parties"), a story that told no fight, or one whose fights name a single side.

So too a reciprocal subject counted as the pair of sides ("both rivals accusing the other of stalling", "the two
adversaries blamed each other": frames.json ``rival_nouns`` with "both" or "two"), which no earlier sentence names
as a coordination (``actors.sets``): when the story's told fights have exactly two sides, they are the subject, each
acting on the other. Not for a subject of one side ("the rival faction accused the other"), a frame that is not
reciprocal ("both rivals attacked the town"), or a story whose fights have three sides or more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.codes import load_codes
from bilateral.events.frame_rules import FrameRules
from bilateral.events.frames import Frame
from bilateral.events.roles import each_other
from bilateral.models import Actor, Event, Mention

_SIDE_NOUNS = frozenset({"party", "parties", "side", "sides", "faction", "factions"})
_WARRING = frozenset({"warring", "belligerent"})
_TOLD = frozenset({"asserted", "alleged"})
_PAIR_WORDS = frozenset({"both", "two"})
"""Words that count a description as the two sides ("both rivals", "the two adversaries")."""
_STRUCK_ONLY = frozenset({"CVL", "EDU", "REL", "REF", "MED", "HLH", "BUS", "LAB"})
"""Sectors of a target that is struck, never a side that fights: the civilians, the school, the press a bombing
hits are its victims, not a warring party."""
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
    """The actors of the story's told fights, by code, in order: their doers, and those they struck when those
    can fight back (not the civilians, a school or the press a bombing hit: ``_STRUCK_ONLY``)."""
    codes = load_codes()
    sides: dict[str, Actor] = {}
    for event in earlier:
        if event.modality in _TOLD and codes.get(event.cameo).plover == "ASSAULT":
            struck = event.target if event.target is None or event.target.sector not in _STRUCK_ONLY else None
            for actor in (event.source, struck):
                if actor is not None and actor.country is not None:
                    sides.setdefault(actor.code, actor)
    return sides


def _rival_pair(mention: Mention, frame: Frame, rules: FrameRules) -> bool:
    """A mention that is the two sides of a conflict: its head a rival noun counted by "both" or "two"."""
    doc = frame.trigger.doc
    if not 0 < mention.end <= len(doc):
        return False
    head = doc[mention.end - 1]
    return head.lemma_.lower() in rules.rival_nouns and any(c.lower_ in _PAIR_WORDS for c in head.children)


def _rival_sources(frame: Frame, earlier: Sequence[Event], rules: FrameRules) -> None:
    """Put the story's two fighting sides in place of a reciprocal subject counted as the pair (in place)."""
    if len(frame.sources) != 1 or not _rival_pair(frame.sources[0], frame, rules):
        return
    # the frame counts a subject of one mention as no pair, so it reads the verb again: "accusing the other"
    if not (frame.recip or each_other(frame.trigger)):
        return
    sides = list(_sides(earlier).values())
    if len(sides) != 2:
        return
    frame.recip = True
    mention = frame.sources[0]
    # one span for both sides, marked as a set's members so that the coder pairs them (frame_pairs._same)
    frame.sources = [replace(mention, actor=replace(side, text=mention.actor.text), resolved_by="set",
                             confidence=max(mention.confidence, SIDES)) for side in sides]


def warring_parties(frames: Sequence[Frame], earlier: Sequence[Event], rules: FrameRules) -> None:
    """Put the story's fighting sides in place of a 'warring parties' target or a reciprocal subject counted as the
    pair of sides (in place; see the module)."""
    if not earlier:
        return
    for frame in frames:
        _rival_sources(frame, earlier, rules)
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
