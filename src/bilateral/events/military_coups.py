"""Who carries out a coup the sentence calls military: the armed forces of the country whose ruler it removes.

"X was toppled in a military coup led by Y", with Y coded by the office he holds when the story is told ("led by
current president Y") or by a title of the same government, gives the coup the same code on both sides, so that it
is dropped as an actor acting on itself. The word "military" (frames.json ``military_modifiers``) on a coup noun
(``coup_nouns``) says who did it: the military (CAMEO ``MIL``) of the country of the ruler it was aimed at (its
target, or the patient of the passive verb whose "in" phrase holds the coup: undergoers.struck_in). The leader
keeps his name but acts as the military, and is not coded again by office for the coup's date (``Actor.person``
cleared).

Not when:

- the coup is not called military ("a coup led by the vice-president", "a palace coup"): its leader stays;
- the doer named is already armed (MIL, REB) or of another country ("a military coup backed by X");
- the coup has no ruler of one country as target ("a military coup is feared").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.undergoers import struck_in
from bilateral.models import Actor, Mention

MILITARY = "MIL"
"""The sector of a country's armed forces, who carry out its military coups."""
_ARMED = frozenset({MILITARY, "REB"})
"""Sectors of a doer that is already armed: its own code stands."""
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
IMPLIED = 0.9
"""Confidence factor of a doer read from the word "military" rather than named."""


def called_military(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun`` is a coup the sentence calls military ("a military coup", "an army putsch")."""
    rules = lexicon.rules
    return noun.lemma_.lower() in rules.coup_nouns and any(
        c.dep_ in _MODIFIER_DEPS and c.lower_ in rules.military_modifiers for c in noun.children)


def military_coups(frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """Give each coup called military the armed forces of its target's country as source (in place; see the
    module)."""
    for frame in frames:
        noun = frame.trigger
        if not called_military(noun, lexicon):
            continue
        targets = frame.targets or struck_in(noun, index, lexicon)
        countries = {t.actor.country for t in targets}
        if len(countries) != 1 or None in countries:
            continue
        country = next(iter(countries))
        if any(s.actor.country != country or s.actor.sector in _ARMED for s in frame.sources):
            continue
        forces = Actor(text=noun.text, name=country or "", code=f"{country}{MILITARY}", country=country,
                       sector=MILITARY, kind="state")
        frame.targets[:] = targets
        frame.sources[:] = [replace(s, actor=replace(s.actor, code=forces.code, sector=MILITARY, person=None))
                            for s in frame.sources] or [
            Mention(forces, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), IMPLIED, "implied")]
