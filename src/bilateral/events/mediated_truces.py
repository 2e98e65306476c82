"""A truce a third party proposed, accepted by one side of the story's war: an agreement with the war's other side.

"Chad told reporters it would take up a Kenyan truce proposal" in a story of "the Chad-Sudan war": Chad agrees to
de-escalate with Sudan (CAMEO 0356), not with Kenya, the mediator the proposal's owner names. The sides are the two
countries the story names on a war noun (actors/warring.py); the act is an agreement (03x) whose own words hold a
truce noun (frames.json ``truce_nouns``) and whose source is one side. So too a side's agreement to a truce that
names no one ("Chad agreed to a truce"): a truce is made with the other side.

Left alone: a truce the other side itself proposed ("ready to accept a Sudanese proposal for a truce": the proposer
is the one agreed with), a target that is neither side only in part, an act of another type ("supported the
Kenyan truce proposal" praises Kenya), and a story that names no war's sides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import Frame
from bilateral.models import Actor, CameoCode, Mention

_AGREEMENT = "03"
"""CAMEO root of the intents to cooperate, which accepting or being ready for a proposal is coded as."""
_DE_ESCALATE = CameoCode("0356")
"""CAMEO "express intent to de-escalate military engagement": agreeing to a truce."""


def _holds_truce(frame: Frame, truce_nouns: frozenset[str]) -> bool:
    """Whether the act's own words (the trigger's subtree) name a truce."""
    return any(token.lower_ in truce_nouns for token in frame.trigger.subtree)


def _aim_agreed_truce(frame: Frame, other: Actor, truce_nouns: frozenset[str]) -> None:
    """Aim a side's agreement to a truce that names no one ("agreed to a truce") at the war's other side, at the
    truce noun that stands for the pair (in place)."""
    noun = next((w for w in frame.words if w.lower_ in truce_nouns), None)
    if noun is not None:
        frame.targets = [Mention(replace(other, text=noun.text), noun.i, noun.i + 1, noun.idx, noun.idx + len(noun),
                                 COUNTERPART, "counterpart")]


def mediated_truces(frames: Sequence[Frame], sides: Sequence[Actor], truce_nouns: frozenset[str]) -> None:
    """Aim a side's agreement to a truce a third party proposed at the war's other side (in place; see the
    module)."""
    if len(sides) != 2 or not frames or not any(t.lower_ in truce_nouns for t in frames[0].trigger.doc):
        return
    by_country = {side.country: side for side in sides}
    for frame in frames:
        if not frame.cameo.startswith(_AGREEMENT) or not frame.sources:
            continue
        own = {m.actor.country for m in frame.sources}
        if len(own) != 1 or not own <= by_country.keys():
            continue
        if not frame.targets:
            _aim_agreed_truce(frame, next(side for country, side in by_country.items() if country not in own),
                              truce_nouns)
            continue
        if any(m.actor.country in by_country for m in frame.targets) or not _holds_truce(frame, truce_nouns):
            continue  # the proposer is a side: the one agreed with (or the source itself)
        other = next(side for country, side in by_country.items() if country not in own)
        mediator = frame.targets[0]
        frame.targets = [replace(mediator, actor=replace(other, text=mediator.actor.text))]
        frame.cameo = _DE_ESCALATE
