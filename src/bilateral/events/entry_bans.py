"""Who bars someone from a country when the sentence names no one who does: the country itself.

"Under the new rules, the minister and his sons are barred from travel to Canada", "the officials were
banned from entering Britain": a ban on entering a country is that country's measure on whom it keeps out (CAMEO
163, a sanction, as the gold codes it), though the passive names no agent. A frame of barring or banning (``BARS``)
that found no source takes as source the state its "from" phrase names as the place entered or travelled to: the
object of "to"/"into" of an entry or travel noun ("from travel to X", "from entry into X"), or the object of an
entering gerund ("from entering X", "from visiting X").

Not when:

- the bar names its doer ("were barred from entering Britain by a court": the court bars them);
- the "from" phrase names no entry or travel ("were barred from the summit", "banned from competing");
- what is entered is not a state named as such ("barred from entering the building", "from travel to the border");
- a travel ban falls on a country's people at large ("Americans are barred from travelling to North Korea"): a
  country bars its own citizens from going abroad as often as the other country keeps them out, so only entry
  ("entering", "entry") names the barring country for them.

The pass only looks at frames already found, and only at source-less ones whose trigger is a word of barring.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.roles import prep_objects
from bilateral.models import CameoCode, Mention

ENTRY_BARRED = 0.9
"""Confidence factor of a source taken from the place entered rather than named as the bar's agent."""
BARS = frozenset({"bar", "ban"})
"""Verbs of keeping someone from doing something."""
ENTRY_WORDS = frozenset({"enter", "entry", "entering", "visit", "visiting"})
"""Words of going into a country, which that country allows or bars."""
TRAVEL_WORDS = frozenset({"travel", "travelling", "traveling"})
"""Words of going to a country, which either end may bar."""
_INTO = frozenset({"to", "into"})
_SANCTION = CameoCode("163")
_PEOPLE_AT_LARGE = frozenset({None, "CVL"})
"""Sectors of a country's people at large ("Americans", "Iranian citizens"), not of its officials or persons; a
person's relatives listed with the person (``actors/kin.py``: "the minister and his sons") are persons too."""


def entry_barrers(frames: Sequence[Frame], index: MentionIndex) -> None:
    """Give each source-less bar on entering a country that country as source, coded as its sanction (in place;
    see the module)."""
    for frame in frames:
        if frame.sources or not frame.targets or frame.trigger.lemma_.lower() not in BARS \
                or any(c.dep_ == "agent" for c in frame.trigger.children):
            continue  # "barred from entering Britain by a court": the court bars them, known or not
        for going in _from_objects(frame.trigger):
            entered, travel = _entered(going, index)
            if not entered or travel and any(t.actor.sector in _PEOPLE_AT_LARGE and t.actor.kind != "person"
                                             and t.resolved_by != "kin" for t in frame.targets):
                continue
            frame.sources.extend(entered)
            frame.cameo = _SANCTION
            frame.confidence *= ENTRY_BARRED
            break


def _from_objects(verb: Token) -> list[Token]:
    """What a verb keeps its patient from: the object of its "from", a noun or a gerund ("from entering X")."""
    return [c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
            for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _entered(going: Token, index: MentionIndex) -> tuple[list[Mention], bool]:
    """The states a "from" object names as entered or travelled to, and whether it is travel rather than entry:
    "travel to X", "entry into X", "entering X"."""
    word = going.lower_
    if word not in ENTRY_WORDS and word not in TRAVEL_WORDS and going.lemma_.lower() not in ENTRY_WORDS:
        return [], False
    if any(c.lower_ == "by" and c.dep_ in ("prep", "agent") for c in going.children):
        return [], False  # "from entering Britain by a court", parsed on the gerund: the court bars them
    places = [*prep_objects(going, _INTO), *(c for c in going.children if c.dep_ == "dobj")]
    states = [m for place in places for m in index.actors(place)
              if m.actor.kind == "state" and m.actor.sector in (None, "GOV")]
    return states, word in TRAVEL_WORDS
