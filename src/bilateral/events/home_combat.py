"""An armed group's combat placed only in its own country: "rebels who battle for the hamlets along the Chadian
frontier", "the Chadian rebels have renewed hostilities in the country".

News tells an armed group's fighting at home by the land it fights in and names no opponent: the only actor of the
clause is the group's own country, named as a place. The place is no side of the fight; the side a rebellion
fights at home is that country's forces (docs/gold-guidelines.md: a domestic act has one country on both sides,
"fighting between rebels and the army" is REB -> MIL). So an act of force (PLOVER ASSAULT) told with a word of
combat (frames.json ``combat_words``: "fight", "hostilities", "clashes") whose doers are all armed groups (REB) of
one country, and whose clause names that country alone, as a state with no sector, is aimed at its forces (MIL).

Not for: a state's forces fighting (they fight the group, which the clause names), a group fighting in another
country than its own ("Chadian rebels fight in Sudan": whom it fights there is not told), a group with no country,
a fight against a thing ("fight corruption in Chad"), an attack that is no combat ("rebels attacked villages in
Chad": the villagers are hit, not the army), or a clause naming anyone besides the place ("fight for the rights of
herders in Chad" stays with whatever else it names).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED
from bilateral.models import Actor, Mention

__all__ = ["home_combat_targets"]

_ARMED_GROUP = "REB"
_FORCES = "MIL"
_OBJECT = "dobj"


def home_combat_targets(frame: Frame, clause: Callable[[], Sequence[Mention]],
                        combat_words: frozenset[str]) -> list[Mention]:
    """The forces of the armed group's own country as the target of its combat, when the frame's ``clause`` (its
    clause search, or the bare places its slots found; searched only once the words and doers fit) names only that
    country as a place; empty otherwise."""
    if not frame.sources or any(s.actor.sector != _ARMED_GROUP for s in frame.sources):
        return []
    countries = {s.actor.country for s in frame.sources}
    if len(countries) != 1:
        return []
    [home] = countries
    if home is None or home.startswith("-") \
            or not any(w.lemma_.lower() in combat_words for w in (frame.trigger, *frame.words)):
        return []
    if any(c.dep_ == _OBJECT and c.lemma_.lower() not in combat_words for c in frame.trigger.children):
        return []  # "fight corruption", "fight the virus": a thing fought, no combat
    places = clause()
    if not places or any(
            m.actor.code != home or m.actor.sector is not None or m.actor.kind != "state" for m in places):
        return []
    trigger = frame.trigger
    forces = Actor(text=trigger.text, name=home, code=home + _FORCES, country=home, sector=_FORCES, kind="group")
    return [Mention(forces, trigger.i, trigger.i + 1, trigger.idx, trigger.idx + len(trigger), IMPLIED, "implied")]
