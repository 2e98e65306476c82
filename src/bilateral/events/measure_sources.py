"""Who eases a measure the story has told: "Brazil imposed tariffs on Peru ... traders welcomed a pause in the
tariffs on Peru", "the suspension of the sanctions on Chile" after "Washington sanctioned Chile".

A noun easing a sanction or customs charge (CAMEO 085: a pause, delay, suspension or lifting) names the measure and
whom it hits ("a pause in the tariffs on Peru") but often not who eases it: only whoever laid the measure can pause
it, and the story has told who that is. Such a frame, kept without a source by events/nominal.py
(``measures.eased_measure``), takes the source of the story's earlier measures on its targets: the asserted or
alleged sanctions and tariffs (163, or threatened, 1312) aimed at the same countries, when they all came from one
side; the latest of them gives the actor.

Not when:

- the frame has a source of its own ("Brazil's pause in the tariffs on Peru"), or names no target;
- no earlier measure hit those countries, or two sides laid them (Brazil and Chile both taxed Peru's goods): who
  eases is not told;
- the sentence names an actor of a third country (not the targets', not the measure's): the easing may be that
  country's, and its phrase was missed.

Cheap: a walk over the document's earlier events for the few frames that qualify.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, Frame
from bilateral.events.measures import EASING
from bilateral.models import Actor, Event, Mention

_LAID = frozenset({"163", "1312"})
"""CAMEO codes of the measures an easing undoes: sanctions and tariffs, laid or threatened."""
_SAID = frozenset({"asserted", "alleged"})


def _hit(target: Actor, patient: Actor) -> bool:
    """Whether two actors are one side hit by a measure: one actor, or one country in whatever sectors."""
    return target.code == patient.code or (target.country is not None and target.country == patient.country)


def _layer(patients: Sequence[Actor], earlier: Sequence[Event]) -> Actor | None:
    """The source of the latest earlier measure on any of ``patients``, when every such measure came from one
    country (or one body); None otherwise."""
    laid = [e for e in earlier if e.cameo in _LAID and e.modality in _SAID and e.target is not None
            and any(_hit(e.target, p) for p in patients)]
    sides = {e.source.country or e.source.code for e in laid}
    if len(sides) != 1:
        return None
    return laid[-1].source


def measure_sources(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event]) -> None:
    """Give each frame easing a told measure, with targets and no source, the source of the earlier measures on
    those targets (in place; see the module)."""
    if not earlier:
        return
    for frame in frames:
        if frame.sources or not frame.targets or frame.cameo not in EASING:
            continue
        patients = [m.actor for m in frame.targets]
        layer = _layer(patients, earlier)
        if layer is None:
            continue
        named = {m.actor.country for m in index.by_token.values()} - {None}
        if named - {p.country for p in patients} - {layer.country}:
            continue
        noun = frame.trigger
        frame.sources = [Mention(replace(layer, text=noun.text), noun.i, noun.i + 1, noun.idx,
                                 noun.idx + len(noun), CONTROLLED, "told")]
        frame.confidence *= CONTROLLED
