"""Forces told as deployed in the passive with no agent: "soldiers were sent to the frontier to drive out the
militants", "hundreds of police were sent to the border".

CAMEO codes a deployment or a show of force (PLOVER MOBILIZE) with the force that moves as its actor: the army
deploys, whoever ordered it. Told in the passive with no "by" agent, the frame reads the deployed force as the
act's patient; it is its doer, and the target is whom the deployment faces, found as any act's target is (the
object of its purpose clause, a place it is sent against). Not a deployment with an agent named ("deployed by the
government": that actor is the source), nor a patient that is no armed force (peacekeepers' hosts, "aid workers
were deployed"), nor one of several patients of which any is not armed.

A state's deployment with no one it faces, in a story of an armed group's attacks in that state's own country, faces
that group (``faced_group``): "Militants stormed a school in X ... Security forces were sent to the area" -> X's
forces against X's militants. The group is the one source of the document's earlier asserted or alleged attacks
(PLOVER ASSAULT) that is an armed group (REB): not when the story told two groups attacking, nor a group of another
country (a foreign group's attacks are met by its own state or by others the text names), nor when the sentence
names an actor of another country (the deployment may face it), nor a deployment by anyone but the state, its
government or its forces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import Frame
from bilateral.events.roles import agent_of, is_passive
from bilateral.models import Actor, Event, Mention

_MOBILIZE = "MOBILIZE"
_FORCES = frozenset({"MIL", "COP", "REB"})
"""Sectors of the armed forces that a deployment moves."""
_STATE = frozenset({"MIL", "COP", "GOV", None})
"""Sectors of the state acting in a deployment (``None``: the state named as such)."""
_ARMED_GROUP = "REB"
_ASSAULT = "ASSAULT"
_TOLD = frozenset({"asserted", "alleged"})


def deployed_forces(frames: Iterable[Frame]) -> None:
    """Make the deployed armed patient of each agentless passive deployment its source (in place)."""
    codes = load_codes()
    for frame in frames:
        verb = frame.trigger
        if frame.sources or not frame.targets or frame.absorbed or codes.get(frame.cameo).plover != _MOBILIZE \
                or verb.pos_ != "VERB" or not is_passive(verb) or agent_of(verb) is not None \
                or not all(t.actor.sector in _FORCES for t in frame.targets):
            continue
        frame.sources, frame.targets = list(frame.targets), []


def _story_group(country: str, earlier: Sequence[Event]) -> Actor | None:
    """The one armed group whose attacks the document told so far, when it is of ``country``."""
    groups = {e.source.code: e.source for e in earlier if e.event_type == _ASSAULT and e.modality in _TOLD
              and e.source.sector == _ARMED_GROUP}
    if len(groups) != 1:
        return None
    group = next(iter(groups.values()))
    return group if group.country == country else None


def faced_group(frames: Iterable[Frame], index: MentionIndex, earlier: Sequence[Event]) -> None:
    """Give each deployment by a state with no target the armed group whose attacks in that state the story told
    as its target (in place; see the module)."""
    if not earlier:
        return
    codes = load_codes()
    for frame in frames:
        if frame.targets or not frame.sources or frame.absorbed or codes.get(frame.cameo).plover != _MOBILIZE:
            continue
        countries = {m.actor.country for m in frame.sources}
        if len(countries) != 1 or not all(m.actor.sector in _STATE and (m.actor.sector or m.actor.kind == "state")
                                          for m in frame.sources):
            continue
        [country] = countries
        if country is None or any(m.actor.country not in (None, country) for m in index.by_token.values()):
            continue  # another country named: the deployment may face it
        group = _story_group(country, earlier)
        if group is None:
            continue
        verb = frame.trigger
        frame.targets.append(Mention(group, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb), COUNTERPART, "told"))
