"""An armed group's attacks told with no one they hit: "two major militant attacks in 2011 and 2014 had drawn
recruits from the camp", "the insurgents' bombings have left the region tense".

News of a country tells an armed group's attacks there as a noun of the group's ("X attacks", "X's bombings")
and names no target: the victims are the people of the country the story happens in. So an assault noun
(PLOVER ASSAULT) whose doers are all armed groups (sector REB) and whose frame found no target is aimed at the
civilians of the story's country: the document's main country, named outside the sentence
(``ActorContext.document_country``, handed to the coder as ``host``, as for events/arriving_helpers.py).

Not coded: an attack with a target of its own ("attacks on the army"), a verb ("militants attacked": a clause
names its object or leaves it out on purpose), one by a state's forces or anyone not an armed group (their
attacks hit a side, not civilians as such), a one-sentence text (no story country), and a sentence that names
another country than the story's besides the doers' own ("attacks in Chad" told in a story of Kenya: the act
is placed elsewhere, and whose people it hit is not the host's).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED
from bilateral.events.story import StoryFacts
from bilateral.models import Actor, Mention

__all__ = ["civilians", "hosted_attacks"]

_ASSAULT = "ASSAULT"
_ARMED_GROUP = "REB"
_CIVILIANS = "CVL"
_NOUN = "NOUN"


def hosted_attacks(frames: Sequence[Frame], index: MentionIndex, story: StoryFacts) -> None:
    """Aim each untargeted assault noun of armed groups at the civilians of the story's country (``story.scene``,
    counted only when such a noun is there; see the module); frames are changed in place."""
    codes = load_codes()
    for frame in frames:
        if frame.targets or not frame.sources or frame.trigger.pos_ != _NOUN \
                or codes.get(frame.cameo).plover != _ASSAULT \
                or any(s.actor.sector != _ARMED_GROUP for s in frame.sources):
            continue
        host = story.scene
        if host is None:
            return
        doers = {s.actor.code for s in frame.sources}
        if any(m.actor.country not in (None, host) and m.actor.code not in doers for m in index.by_token.values()):
            continue  # another country named: the attack may be placed there
        frame.targets.append(civilians(frame.trigger, host))


def civilians(trigger: Token, host: str) -> Mention:
    """The civilians of the country ``host`` as the attacked side, pinned to the act's word (the sentence names none
    with a country)."""
    actor = Actor(text=trigger.text, name=host, code=host + _CIVILIANS, country=host, sector=_CIVILIANS,
                  kind="group")
    return Mention(actor, trigger.i, trigger.i + 1, trigger.idx, trigger.idx + len(trigger), IMPLIED, "implied")
