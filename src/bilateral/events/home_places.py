"""The place a domestic measure is laid on, named inside the phrase of the part it covers.

A domestic measure (a curfew, martial law, a state of emergency: the lexicon's ``domestic`` flag) acts on the
source's own country. Its "in"/"on" phrase often names a part of a place rather than the place itself ("imposed
martial law on six districts in Kano", "declared a curfew in three towns of Oromia"): the place that part belongs
to is then the measure's target as surely as in "a curfew in Kano". Left to the clause search, such a place paid
the clause factor (0.75, ``targets.CLAUSE_TARGET``), which put the measures of a described source ("the junta",
"the army", 0.7) under the confidence floor although their words name both sides in the trigger's own slot.

A domestic measure's target that is the source's own capital read as its government ("a curfew on two suburbs of
Bamako": Mali's government) is the place too, the state: a government lays no curfew on itself (the same-party
check dropped such a measure), nor on the seat of its own government as an actor.

Only a place of the source's own country counts, and only one the part phrase names ("towns in X", "districts of
X"): a foreign place ("camps in Laos") is not where a domestic measure falls, and a group named in the phrase
("supporters of the party") is no place; both are left to the searches that handled them before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import TriggerEntry
from bilateral.events.roles import prep_objects
from bilateral.models import Actor, Mention

_PART_OF = frozenset({"in", "of"})
"""Prepositions by which a part names the place it lies in ("districts in X", "towns of X")."""
_SEAT = "metonym"
"""How a capital read as its government is resolved ("Bamako" for Mali's government)."""


def home_places(word: Token, entry: TriggerEntry, sources: Sequence[Mention], index: MentionIndex) -> list[Mention]:
    """The places of the sources' own country that the part a domestic measure covers lies in, from the entry's
    prepositions on ``word`` (the trigger verb or its object noun: "laid a curfew on four wards in X",
    "declared a curfew in three towns of X": X); [] for any other entry, a source of no country, or a part that
    names no such place."""
    if "domestic" not in entry.flags:
        return []
    own = {m.actor.country for m in sources if m.actor.country}
    if not own:
        return []
    return [m for part in prep_objects(word, entry.preps)
            for place in prep_objects(part, _PART_OF) for m in index.actors(place)
            if m.actor.kind == "state" and m.actor.sector is None and m.actor.code in own]


def placed_capitals(targets: list[Mention], entry: TriggerEntry, sources: Sequence[Mention]) -> list[Mention]:
    """A domestic measure's targets with the sources' own capital, read as its government, made the state it is
    the place of ("a curfew on suburbs of X's capital": X); the targets as they are for any other entry."""
    if "domestic" not in entry.flags:
        return targets
    own = {m.actor.country for m in sources if m.actor.country}
    return [replace(t, actor=Actor(text=t.actor.text, name=t.actor.country, code=t.actor.country,
                                   country=t.actor.country, sector=None, kind="state"))
            if t.resolved_by == _SEAT and t.actor.sector == "GOV" and t.actor.country in own else t for t in targets]
