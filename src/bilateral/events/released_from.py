"""The body that released someone, named by where they were released from: "X was freed from Russian captivity",
"after being released from a Cambodian prison" (the prison standing for the state that runs it).

A release (CAMEO 0841) told in the passive with no "by" agent names its doer only through its "from" phrase: one
is released from the custody of whoever held them. When that phrase is a state's own (its government, police,
courts or forces, or the state itself) it released them: that actor is the act's source. Not a holder of no state
("freed from the rebels": someone else freed them, the rebels did not), nor an actor of no country, nor a release
with an agent named ("freed from prison by a court order": the agent search has it), nor two holders at once.

When the "from" phrase names a place of custody rather than its holder ("released from detention in Iran", "freed
from a prison in Ghana"), the state of the place it names (implied.place_country) held them and released them: its
government is the source. Not a custody placed nowhere ("released from prison": whose prison is not said).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, agentless_passive, place_country
from bilateral.events.roles import prep_objects
from bilateral.models import Actor, Mention

_RELEASE = "0841"
_FROM = frozenset({"from"})
_GOVERNMENT = "GOV"
_CUSTODIANS = frozenset({"COP", "JUD", "GOV", "MIL", None})
"""Sectors of a state that hold people (None: the state named as such, "freed from Russian captivity")."""


def released_from(frames: Iterable[Frame], index: MentionIndex) -> None:
    """Give each agentless passive release whose "from" phrase is one state's custody that state's actor as
    source (in place)."""
    for frame in frames:
        if frame.cameo != _RELEASE or not agentless_passive(frame):
            continue
        verb = frame.trigger
        holders = [m for pobj in prep_objects(verb, _FROM) for m in index.actors(pobj)] or _placed_custody(verb, index)
        if len({m.actor.code for m in holders}) != 1:
            continue
        holder = holders[0]
        if holder.actor.country is None or holder.actor.sector not in _CUSTODIANS \
                or holder.actor.code == frame.targets[0].actor.code:
            continue
        frame.sources.append(replace(holder, confidence=IMPLIED * holder.confidence, resolved_by="released"))


def _placed_custody(release: Token, index: MentionIndex) -> list[Mention]:
    """The government of the state whose place the release's "from" phrase names as the custody it ended ("from
    detention in Iran", "from being detained in Iran"); none when it places the custody nowhere."""
    for prep in release.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FROM:
            continue
        for held in prep.children:
            if held.dep_ in ("pobj", "pcomp") and (country := place_country(held, index)) is not None:
                actor = Actor(text=held.text, name=country, code=country + _GOVERNMENT, country=country,
                              sector=_GOVERNMENT, kind="state")
                return [Mention(actor, held.i, held.i + 1, held.idx, held.idx + len(held))]
    return []
