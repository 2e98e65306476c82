"""An act the story told, retold in an agentless passive on the same thing: "Iran seized a tanker in the Gulf ...
Officials said the tanker was seized in international waters", "the regime banned her novel ...
why the novel was banned".

A frame whose trigger is a passive verb with no agent and no party found in its sentence, and whose passive
subject is a common noun no mention covers, is the document's earlier act of the same CAMEO code whose trigger
words end in that noun (the act's object, "seized tanker", "banned novel"): its source and target are that act's.
The thing names the act; the story has told who did it to whom, and when: the retelling takes its date.

Not when:

- the clause hedges the act ("could be banned", "may be seized"): only an act said to have happened repeats one;
- the frame found a party of its own (a named doer or patient): then it is its own act, not a retelling;
- the earlier acts of that code on that noun went between two pairs of parties (two countries banned books);
- the earlier act is of another code or on another noun ("the ship was seized" after "seized a tanker").

Such a sentence often names no actor, so the pre-filter keeps one whose passive participle ("was banned") an
earlier kept sentence used with an object ("had banned her book", ``ACTIVE_WITH_OBJECT``, candidates.py), and the
coder codes it when an earlier event's trigger begins with that participle (``may_retell``).

Cheap: a passive test on the frames the sentence already has, then a walk over the earlier events of the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.events.modality import event_modality
from bilateral.events.roles import agent_of, is_passive
from bilateral.models import Event, Mention

RETOLD = 0.85
"""Confidence of the parties of a retold act: an inference from the story, as sure as a repeated target."""

_SAID = frozenset({"asserted", "alleged"})

PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?(\w+ed)\b", re.IGNORECASE)
"""A passive participle: "was banned", "were quickly seized"."""

ACTIVE_WITH_OBJECT = re.compile(r"\b(\w+ed)\s+(?:a|an|the|her|his|its|their|our|two|three|several)\s",
                                re.IGNORECASE)
"""A past verb with a determined object: "banned her book", "seized a tanker"."""


def may_retell(text: str, earlier: Sequence[Event]) -> bool:
    """Cheap test: the sentence has a passive participle that begins the trigger of an earlier said act."""
    found = {m.group(1).lower() for m in PASSIVE.finditer(text)}
    return bool(found) and any(e.modality in _SAID and e.trigger.split(" ", 1)[0].lower() in found for e in earlier)


def retold_acts(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                rules: FrameRules) -> dict[int, Event]:
    """Give each agentless, partyless passive act on a thing the parties of the document's earlier act of the same
    code on the same thing (in place); return the earlier act by trigger token, whose date the retelling takes."""
    retold: dict[int, Event] = {}
    if not earlier:
        return retold
    for frame in frames:
        verb = frame.trigger
        if frame.sources or frame.targets or frame.absorbed or verb.pos_ != "VERB" or not is_passive(verb) \
                or agent_of(verb) is not None:
            continue
        thing = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if thing is None or index.at(thing) is not None:
            continue
        done = _earlier_act(frame.cameo, thing.lower_, earlier)
        if done is None or done.target is None:
            continue
        if event_modality(frame.anchor, None, index, rules, frame.clause) not in _SAID:
            continue
        start, end = verb.idx, verb.idx + len(verb)
        frame.sources.append(Mention(done.source, verb.i, verb.i + 1, start, end, RETOLD, "told"))
        frame.targets.append(Mention(done.target, thing.i, thing.i + 1, thing.idx, thing.idx + len(thing),
                                     RETOLD, "told"))
        retold[verb.i] = done
    return retold


def _earlier_act(cameo: str, noun: str, earlier: Sequence[Event]) -> Event | None:
    """The latest earlier said act of code ``cameo`` whose trigger words end in ``noun``, when all such acts went
    between one pair of parties."""
    same = [e for e in earlier if e.cameo == cameo and e.modality in _SAID and e.target is not None
            and e.trigger.lower().rsplit(" ", 1)[-1] == noun]
    if not same or len({(e.source.code, e.target.code) for e in same if e.target is not None}) != 1:
        return None
    return same[-1]
