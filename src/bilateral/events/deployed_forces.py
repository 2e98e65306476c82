"""Forces told as deployed in the passive with no agent: "soldiers were sent to the frontier to drive out the
militants", "hundreds of police were sent to the border".

CAMEO codes a deployment or a show of force (PLOVER MOBILIZE) with the force that moves as its actor: the army
deploys, whoever ordered it. Told in the passive with no "by" agent, the frame reads the deployed force as the
act's patient; it is its doer, and the target is whom the deployment faces, found as any act's target is (the
object of its purpose clause, a place it is sent against). Not a deployment with an agent named ("deployed by the
government": that actor is the source), nor a patient that is no armed force (peacekeepers' hosts, "aid workers
were deployed"), nor one of several patients of which any is not armed.
"""

from __future__ import annotations

from collections.abc import Iterable

from bilateral.codes import load_codes
from bilateral.events.frames import Frame
from bilateral.events.roles import agent_of, is_passive

_MOBILIZE = "MOBILIZE"
_FORCES = frozenset({"MIL", "COP", "REB"})
"""Sectors of the armed forces that a deployment moves."""


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
