"""The unnamed rescuer of hostages the story told taken: "Militants seized a bus in X, taking its passengers hostage
... Forty passengers have been rescued".

A rescue told in the passive with no ``by`` agent (the verbs are data: ``rescue_verbs`` in ``frames.json``) of a
patient whom the document's earlier asserted or alleged acts took hostage (CAMEO 181) was done by the state's forces
of the patient's own country when all those captors are one armed or criminal group (REB, CRM) of that country: a
domestic hostage-taking is ended by the state's forces (as ``implied.told_agents`` gives an armed group that no
one named struck to its state's forces). The rescuer is the forces of that country the story has already named
(police, army), the latest, else its military. Not when:

- the rescue has an agent ("rescued by fishermen"), or the clause hedges it ("could be rescued");
- no earlier act took the patient hostage, or its captors are of another country or more than one group, or a
  state (a government holding detainees is no hostage-taker the state's forces end);
- the patient has no country of its own (whose forces are meant is open);
- the verb is no rescue ("were released", "were freed": captors free hostages too).

Cheap: only frames whose trigger is a rescue verb are looked at; the earlier acts are the events already coded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, SAID, agentless_passive
from bilateral.events.lexicon import FrameRules
from bilateral.events.modality import event_modality
from bilateral.models import Actor, Event, Mention

_HOSTAGE = "181"
"""CAMEO "abduct, hijack, or take hostage": the act whose patients a later rescue frees."""
_CAPTORS = frozenset({"REB", "CRM"})
"""Sectors of the non-state groups whose hostages a state's forces rescue."""
_FORCES = frozenset({"MIL", "COP"})
"""Sectors of a state's forces, one of which ends a hostage-taking in its own country."""
_MILITARY = "MIL"


def rescuing_forces(patient: Actor, earlier: Sequence[Event]) -> Actor | None:
    """The forces of the patient's country that rescue it, when the story's earlier acts took it hostage, all by one
    armed or criminal group of that country: the latest earlier-named forces of that country, else its military."""
    country = patient.country
    captors = {e.source for e in earlier if e.cameo.startswith(_HOSTAGE) and e.modality in SAID
               and e.target is not None and e.target.code == patient.code}
    if country is None or len({c.code for c in captors}) != 1:
        return None
    captor = next(iter(captors))
    if captor.country != country or captor.sector not in _CAPTORS:
        return None
    named = next((a for e in reversed(earlier) for a in (e.source, e.target)
                  if a is not None and a.country == country and a.sector in _FORCES), None)
    if named is not None:
        return named
    return Actor(text=country, name=country, code=country + _MILITARY, country=country, sector=_MILITARY,
                 kind="state")


def rescued_hostages(frames: Iterable[Frame], index: MentionIndex, earlier: Sequence[Event],
                     rules: FrameRules) -> None:
    """Give each agentless passive rescue of hostages the story told taken the rescuing forces as its source (in
    place; see the module)."""
    if not earlier:
        return
    for frame in frames:
        verb = frame.trigger
        if verb.lemma_.lower() not in rules.rescue_verbs or not agentless_passive(frame):
            continue
        patient = frame.targets[0]
        forces = rescuing_forces(patient.actor, earlier)
        if forces is None or event_modality(frame.anchor, patient, index, rules, frame.clause) not in SAID:
            continue
        frame.sources.append(Mention(forces, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * patient.confidence, "implied"))
