"""Who acts on whom in a frame: the (source, target, confidence) pairs the coder makes events of.

Compound actors expand to one pair per member; a reciprocal frame pairs its sources with each other; a domestic
act with no target is on its source's own country; a measure on its source's own ground has no target. Two
mentions of one party never pair (one code or overlapping words), save the members of a set description ("the
two countries held talks": each with the other) and two rival armed groups of one code. Split from the coder,
which calls ``frame_pairs`` once per frame.
"""

from __future__ import annotations

from dataclasses import replace

from bilateral.codes import load_codes
from bilateral.events.contentions import rival_groups
from bilateral.events.frames import CONTROLLED, NO_TARGET, Frame
from bilateral.events.measures import on_home_ground
from bilateral.models import Actor, Mention

_SHOW_OF_FORCE = "MOBILIZE"
"""The type whose acts have no one they are aimed at by their nature ("X tested a missile", "held drills", "X's test
of its rockets"): a frame of such a targetless entry (``notarget``) lacks no target, so it takes no ``NO_TARGET``
factor. Other targetless entries ("the rebels retreated") often leave an aim unsaid and keep the factor."""


def _same(a: Mention, b: Mention) -> bool:
    """Whether two mentions are one party: one code, or overlapping words, except two members of one set
    description ("the two countries held talks": with each other) and two rival armed groups of one code."""
    members = a.resolved_by == b.resolved_by == "set" and (a.start, a.end) == (b.start, b.end)
    overlap = a.start < b.end and b.start < a.end and not members
    return (a.actor.code == b.actor.code and not rival_groups(a, b)) or overlap


def _named_again(state: Mention, targets: list[Mention]) -> bool:
    """A state named as such beside its own government's people ("sanctions on Turkey and Turkish officials"):
    the state is its government, one target, not two (docs/gold-guidelines.md, Actors)."""
    return state.actor.kind == "state" and state.actor.sector is None and any(
        t.actor.country == state.actor.code and t.actor.sector == "GOV" for t in targets)


def frame_pairs(frame: Frame) -> list[tuple[Mention, Mention | None, float]]:
    """(source, target, confidence) pairs: compound actors expand; reciprocal frames pair their sources."""
    out: list[tuple[Mention, Mention | None, float]] = []
    targets = frame.targets
    if frame.recip and len(frame.sources) >= 2 \
            and {t.actor.code for t in targets} <= {s.actor.code for s in frame.sources}:
        targets = []  # "X and Y disagree over Y's rights": a party named again is no third side of the mutual act
    if targets:
        targets = [t for t in targets if not _named_again(t, targets)]
        for source in frame.sources:
            for target in targets:
                if on_home_ground(frame.cameo, source.actor, target.actor):
                    if frame.notarget:
                        out.append((source, None, frame.confidence * NO_TARGET * source.confidence))
                elif not _same(source, target):
                    out.append((source, target, frame.confidence * min(source.confidence, target.confidence)))
        return out
    if frame.recip and len(frame.sources) >= 2:
        for source in frame.sources:
            for target in frame.sources:
                if not _same(source, target):
                    conf = frame.confidence * min(source.confidence, target.confidence)
                    out.append((source, target, conf))
        return out
    if frame.domestic:
        # "Peru's government lifted the curfew": on its own country
        for source in frame.sources:
            if source.actor.country and source.actor.code != source.actor.country:  # "Ukraine" acts on no other
                # no words name the target: the source's words are what name its country
                own = Actor(text=source.actor.text, name=source.actor.country, code=source.actor.country,
                            country=source.actor.country, sector=None, kind="state")
                out.append((source, replace(source, actor=own), frame.confidence * CONTROLLED * source.confidence))
        if out:
            return out
    if frame.notarget or frame.open_target:
        factor = 1.0 if frame.notarget and load_codes().get(frame.cameo).plover == _SHOW_OF_FORCE else NO_TARGET
        out.extend((s, None, frame.confidence * factor * s.confidence) for s in frame.sources)
    return out
