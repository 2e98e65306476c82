"""The target of a protest against a measure no one is named for: "traders held a sit-in to protest the new
levies", "farmers marched against the restrictions", in a story whose earlier acts all took place in one country.

A protest (PLOVER PROTEST) is aimed at whoever laid what it protests. When the protested thing is a state's
measure on its own people (frames.json ``protested_measures``: restrictions, levies, taxes, a curfew, a law) that
names no owner ("the new levies", not "the city's levies" nor "the Chinese restrictions"), the protesters are all of
one country, and every earlier act of the story took place within that same country (``implied.story_country``),
the measure is that country's government's, and so is the protest's target: a domestic protest, as the gold
guidelines code it (the protesters' country on both sides). The protested thing is the protest verb's direct object
("protested the levies") or the "against"/"over" object of the verb or the protest noun ("a sit-in against the
curfew").

Not fired: a protest that already has a target, a protested thing that is no measure ("protested the killing") or
has an owner or an actor in its words, protesters of two countries or of none, a story of two countries or of no
earlier act (a measure there may be another state's: "farmers protested the tariffs" in a trade war), protesters
of another country than the story's. Cheap: it reads only the objects of protest frames already found.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frame_rules import FrameRules
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, story_country
from bilateral.events.roles import direct_object_of, possessor_of, prep_objects
from bilateral.models import Actor, Event, Mention

__all__ = ["protested_measures"]

_PROTEST = "PROTEST"
_AGAINST = frozenset({"against", "over"})
_CLAUSES = frozenset({"relcl", "acl"})
"""Clauses on the measure that tell what it did to whom ("the curbs, which drove traders out of business"), not
whose it is: the actors in them are no owner."""
_GOVERNMENT = "GOV"
"""The sector that lays a state's measures on its own people."""


def protested_measures(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                       rules: FrameRules) -> None:
    """Give each untargeted protest against an ownerless domestic measure the story country's government as its
    target (see the module)."""
    if not earlier:
        return
    codes = load_codes()
    country: str | None = None
    for frame in frames:
        if frame.targets or not frame.sources or frame.cameo not in codes \
                or codes.get(frame.cameo).plover != _PROTEST:
            continue
        measure = _protested_measure(frame.trigger, index, rules)
        if measure is None:
            continue
        own = {source.actor.country for source in frame.sources}
        if len(own) != 1 or None in own:
            continue
        country = country or story_country(earlier)
        if country is None:
            return
        if own != {country}:
            continue
        actor = Actor(text=measure.text, name=country, code=country + _GOVERNMENT, country=country,
                      sector=_GOVERNMENT, kind="state")
        frame.targets.append(Mention(actor, measure.i, measure.i + 1, measure.idx, measure.idx + len(measure),
                                     IMPLIED, "implied"))


def _protested_measure(trigger: Token, index: MentionIndex, rules: FrameRules) -> Token | None:
    """The ownerless measure a protest trigger protests ("protested the levies", "a march against the curfew"), or
    None when what it protests is no measure, has an owner, or names an actor in its words (outside a clause
    on it)."""
    objects = prep_objects(trigger, _AGAINST)
    if trigger.pos_ == "VERB":
        dobj = direct_object_of(trigger)
        objects = [dobj, *objects] if dobj is not None else objects
    for noun in objects:
        if noun.lemma_.lower() not in rules.protested_measures and noun.lower_ not in rules.protested_measures:
            continue
        if possessor_of(noun) is not None or any(index.at(t) is not None for c in noun.children
                                                 if c.dep_ not in _CLAUSES for t in c.subtree):
            return None
        return noun
    return None
