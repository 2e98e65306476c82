"""Which period's coding an undated sentence means for a group coded differently over time.

Without a date a group takes its latest coding (knowledge.py): the Taliban are Afghanistan's government. But a
sentence that names such a group beside another actor holding that very coding ("the Taliban rejected talks
with the Afghan government") names two parties, so the group is meant in a period when it was not that actor:
it takes its latest coding that no other actor of the sentence has (the Taliban as rebels). A person who held
office on both sides of the group's change ("the Taliban spokesman") is one of the group, not another party.
Dated text codes every group for its date and is left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bilateral.actors.state import Resolution
from bilateral.models import Mention


def distinct_periods(r: Resolution) -> None:
    """Recode, in an undated sentence, each group whose latest coding another actor of the sentence holds."""
    if r.on is not None:
        return
    for i, mention in enumerate(r.mentions):
        variants = r.kb.organizations.get(mention.actor.name, ())
        codes = {v.code for v in variants}
        if mention.actor.kind == "person" or len(codes) < 2 or mention.actor.code not in codes:
            continue
        others = {o.actor.code for o in r.mentions if o is not mention and o.actor.name != mention.actor.name
                  and not _member(r, o, codes)}
        if mention.actor.code not in others:
            continue
        free = [v for v in variants if v.code not in others]
        if free:
            org = max(free, key=lambda v: v.start or dt.date.min)
            r.mentions[i] = replace(mention, actor=replace(
                mention.actor, code=org.code, country=org.country, sector=org.sector, kind=org.kind))


def _member(r: Resolution, other: Mention, codes: set[str]) -> bool:
    """A person whose offices span more than one of the group's codings: one of the group, not a party beside it
    ("the Taliban's spokesman", a rebel commander become minister)."""
    person = r.kb.people.get(other.actor.person) if other.actor.person else None
    if person is None:
        return False
    held = {str(role.country) + (role.sector or "") for role in person.roles if not role.org}
    return len(held & codes) > 1
