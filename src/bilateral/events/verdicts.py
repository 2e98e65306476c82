"""The court behind a verdict told in the passive with no agent: "X was detained and later convicted of arson".

A sentence or a conviction (CAMEO 116, "find guilty": the verbs whose state act is the judiciary's in
``state_acts``) is a court's act, and news mostly leaves the court unnamed: "X was picked up by police and
sentenced to a decade behind bars for arson", "X was later convicted of fraud". The court is that of the state
whose bodies held or charged the accused: a custody or charge act (PLOVER COERCE or ACCUSE) by a state body of a
named country on the same actor, told in the same sentence ("arrested and sentenced") or, for a known person, in
the story's earlier acts when those all are bodies of one state (``implied.custodian_country``: police who
arrested and a court that charged name one state's court).
Its source is the judiciary of that country, as sure as an implied agent.

Not fired: a verdict with an agent ("sentenced by a military court"), one whose place already named the state
(``implied_agents``), one hedged or denied ("could be convicted", "was never convicted": not said to have
happened), one on an accused of another country than the custodian's (a trial abroad is another state's), one
whose custody was by no state body (rebels who seized someone hold no trial), or with no such act told at all:
the accused's nationality alone names no court.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, SAID, agentless_passive, custodian_country
from bilateral.events.lexicon import FrameRules
from bilateral.events.modality import event_modality
from bilateral.models import Actor, Event, Mention

_VERDICT = "116"
"""CAMEO "find guilty or liable (legally)": what a sentence or a conviction is."""
_COURT = "JUD"
"""The sector of the state that passes verdicts (``state_acts``)."""
_HELD = frozenset({"COERCE", "ACCUSE"})
"""PLOVER types of the acts by which a state body holds or charges the accused."""
_STATE_BODIES = frozenset({"COP", "JUD", "GOV", "MIL"})
"""Sectors of the state bodies whose custody tells whose court tried the accused."""


def _same_words(a: Mention, b: Mention) -> bool:
    """Whether two mentions are the same words (an earlier pass may have recoded one of them by the story)."""
    return (a.start, a.end) == (b.start, b.end) or a.actor.code == b.actor.code


def _held_here(frame: Frame, frames: Sequence[Frame]) -> Actor | None:
    """The state body that holds or charges the verdict's patient in another act of the same sentence
    ("arrested and sentenced"), when one body of a named country does."""
    patient = frame.targets[0]
    codes = load_codes()
    bodies = {s.actor.code: s.actor for other in frames if other is not frame
              and codes.get(other.cameo).plover in _HELD and any(_same_words(t, patient) for t in other.targets)
              for s in other.sources if s.actor.sector in _STATE_BODIES and s.actor.country is not None}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def verdict_courts(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                   rules: FrameRules) -> None:
    """Give each agentless passive verdict the court of the state that holds or charges its patient (in
    place; see the module docstring)."""
    for frame in frames:
        verb = frame.trigger
        if frame.cameo != _VERDICT or rules.state_acts.get(verb.lemma_.lower()) != _COURT \
                or not agentless_passive(frame):
            continue
        patient = frame.targets[0]
        held = _held_here(frame, frames)
        country = held.country if held is not None else custodian_country(patient.actor, earlier)
        if country is None or patient.actor.country not in (None, country) \
                or event_modality(frame.anchor, patient, index, rules, frame.clause) not in SAID:
            continue
        court = Actor(text=verb.text, name=country, code=country + _COURT, country=country, sector=_COURT,
                      kind="state")
        frame.sources.append(Mention(court, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * patient.confidence, "implied"))
