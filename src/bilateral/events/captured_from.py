"""Whom territory is taken from when the sentence's own fight names the other side: "The rebels stepped up attacks,
inflicting heavy losses on government forces and capturing new territory" takes the territory from those forces.

A frame of taking territory (CAMEO 192, "captured new territory", "seized two districts") that found no one it was
taken from takes as target the other side of a fight told in the same sentence by the same source: an assault or
fight frame whose sources are the same actors and whose targets are the forces or rulers of one country (the
sectors in ``SIDES``). The territory is held by whom the source is fighting for it.

Not when:

- the taking names its own target ("seized the town from the army");
- the sentence's fight is by another source ("the army attacked the rebels as militias seized two villages");
- the fight's targets are civilians, a body, or the sides of two countries (the territory was not plainly theirs);
- the sentence tells no fight.

The coder stays within the sentence and cheap: it only looks at frames already found, and only when one of them
is a taking of territory with no target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.codes import load_codes
from bilateral.events.frames import Frame

CAPTURED_FROM = 0.9
"""Confidence factor of a target taken from the sentence's fight rather than named by the taking itself."""
TAKINGS = frozenset({"192"})
"""CAMEO codes of taking territory (occupying it)."""
FIGHTS = frozenset({"ASSAULT", "FIGHT"})
"""PLOVER types of the fight whose other side the territory is taken from."""
SIDES = frozenset({"MIL", "GOV", "COP", "REB", "SPY"})
"""Sectors of a side that holds territory: forces, rulers, police, rebels, not civilians or the press."""


def captured_from(frames: Sequence[Frame]) -> None:
    """Give each taking of territory without a target the other side of its source's fight in the same sentence
    (in place; see the module)."""
    takings = [f for f in frames if f.cameo in TAKINGS and not f.targets and f.sources]
    if not takings:
        return
    codes = load_codes()
    for frame in takings:
        own = {s.actor.code for s in frame.sources}
        sides = [t for other in frames
                 if other is not frame and other.targets and codes.get(other.cameo).plover in FIGHTS
                 and {s.actor.code for s in other.sources} == own
                 for t in other.targets]
        if not sides or any(t.actor.sector not in SIDES or t.actor.code in own for t in sides) \
                or len({t.actor.country for t in sides}) != 1 or sides[0].actor.country is None:
            continue
        frame.targets.append(replace(sides[0], confidence=sides[0].confidence * CAPTURED_FROM))
