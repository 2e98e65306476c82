"""A seizure of things told in the passive with no agent, coordinated with an act of force or coercion on
someone: "Police say weapons were seized and three gang members were arrested", "forces say ammunition was
seized and several rebels were captured".

The seized things are no actor, so the seizure (CAMEO 171x) finds neither doer nor target in its own clause. The
clause it is coordinated with tells the same operation: whoever that act's doer is (named, or the forces reporting
it, ``implied.reporting_forces``, or the story's doer, ``implied.told_agents``) seized the things, and they were
taken from those the act struck. The seizure takes the doer and the target of the nearest coordinated act of
PLOVER ASSAULT or COERCE that has both. Cheap: only seizure frames with no party are looked at, and only the frames
of the words coordinated with them.

Not when: the seizure has an agent ("seized by customs officers": that actor's act, left to the frames) or a party
of its own, the clause hedges or denies it ("may have been seized"), no coordinated act has both a doer and a
target ("weapons were seized and three gunmen were killed", with no one said to have killed them), or the
coordinated act is of another kind ("weapons were seized and the rebels were praised").
"""

from __future__ import annotations

from collections.abc import Sequence
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import FORCIBLE, SAID
from bilateral.events.lexicon import FrameRules
from bilateral.events.modality import event_modality
from bilateral.events.roles import agent_of, is_passive

__all__ = ["joint_seizures"]

_SEIZURE = "171"
"""CAMEO root of seizing or confiscating property (171, 1711), whose patient is a thing, not an actor."""


def joint_seizures(frames: Sequence[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each agentless, partyless passive seizure the doer and target of the act it is coordinated with (in
    place; see the module)."""
    seizures = [f for f in frames if f.cameo.startswith(_SEIZURE) and not f.sources and not f.targets]
    if not seizures:
        return
    codes = load_codes()
    by_trigger = {f.trigger.i: f for f in frames}
    for frame in seizures:
        verb = frame.trigger
        if verb.pos_ != "VERB" or frame.absorbed or not is_passive(verb) or agent_of(verb) is not None:
            continue
        partners = sorted(verb.conjuncts, key=lambda t: abs(t.i - verb.i))
        partner = next((p for t in partners if (p := by_trigger.get(t.i)) is not None and p.sources and p.targets
                        and codes.get(p.cameo).plover in FORCIBLE), None)
        if partner is None or event_modality(frame.anchor, partner.sources[0], index, rules, frame.clause) \
                not in SAID:
            continue
        # the partner's own parties, as sure as there: one operation, told in two clauses
        frame.sources.extend(partner.sources)
        frame.targets.extend(partner.targets)
