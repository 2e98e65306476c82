"""Whom a lawsuit or complaint is aimed at when the parser hangs its "against" phrase on the court it is filed in:
"Gambia filed a case at the International Court of Justice against Myanmar", "a lawyer filed a suit in a Madrid
court against the visiting president".

Two prepositional phrases follow the trigger; the parser often attaches the second to the noun of the first, so the
trigger's own target preposition (the lexicon entry's ``preps``: "against") is no child of the trigger and the clause
search takes the nearest actor, the court, for the target. A court or body a case is brought in, at or before is the
forum, never the one accused; the object of the trigger's own preposition under it is.

Only for accusations (PLOVER ACCUSE: lawsuits, complaints), only under a forum preposition of the trigger ("in", "at",
"before"), only the entry's own prepositions: "filed a lawsuit over the violence against protesters" names what the
suit is about, and "over" is no forum. Cheap: reads the trigger's children and their objects only.
"""

from __future__ import annotations

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.roles import prep_objects
from bilateral.models import Mention

_FORUM_PREPS = frozenset({"in", "at", "before"})
"""Prepositions whose object is where a case is brought: a court, a tribunal, a body."""


def forum_targets(frame: Frame, index: MentionIndex) -> list[Mention]:
    """The actors of the trigger's own target prepositions hung on the object of its forum preposition (module
    docstring); [] when there are none."""
    preps = frame.entry.preps
    if not preps:
        return []
    own = {m.actor.code for m in frame.sources}
    forums = [o for p in frame.trigger.children if p.dep_ == "prep" and p.lower_ in _FORUM_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return [m for forum in forums for obj in prep_objects(forum, preps) for m in index.actors(obj)
            if m.actor.code not in own]
