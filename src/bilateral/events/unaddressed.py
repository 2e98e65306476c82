"""Appeals and intents that hold without a target: what a sentence reports of one side alone.

An appeal for a public matter that names no addressee ("called for reform of the constitution", "urged for a reset
of the government", "is calling for an end to the violence") is a CAMEO 02x appeal all the same: the source asks,
whoever is to act. Its "for" object must be one of the things public appeals ask for (frames.json
``appeal_objects``): calling for a taxi is no appeal. An intent ("agreed to set up a transit centre", "is willing
to withdraw its troops") binds its source whoever the act is for, unless the act names a party the actor
dictionaries do not know ("offered to pay Amirov"): then the act is aimed at someone, unknown. What is agreed to may
be named by a noun ("agreed to a ceasefire", "agreed to talks", "agreed to the implementation of the plan"): the
noun's own code, if it has one, decides the intent's (a ceasefire: 0356), as the verb of "agreed to observe a
ceasefire" does.

Such frames are marked ``open_target`` (``frames.Frame``): kept without a target when the sentence names none, the
search for one left as it is (a place or an actor in the clause still names it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules, Lexicon
from bilateral.events.roles import direct_object_of, prep_objects
from bilateral.models import CameoCode

_FOR = frozenset({"for"})
_TO = frozenset({"to"})
_APPEALING = frozenset({"appeal", "demand"})
"""Intent classes of the verbs whose "for" object is what they ask for ("called for", "urged for", "pressed for")."""
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def open_appeals(frames: Iterable[Frame], rules: FrameRules) -> None:
    """Mark the appeals that ask for a public matter and name no one to act as kept without a target (in place)."""
    for frame in frames:
        verb = frame.trigger
        if frame.absorbed or verb.pos_ != "VERB" or load_codes().get(frame.cameo).plover != "REQUEST":
            continue
        if rules.intent_verbs.get(verb.lemma_.lower()) not in _APPEALING:
            continue
        asked = prep_objects(verb, _FOR)
        if asked and all(a.lemma_.lower() in rules.appeal_objects or a.lower_ in rules.appeal_objects
                         for a in asked):
            frame.open_target = True


def promise_alone(frames: Mapping[int, Frame], verb: Token, acts: Sequence[Token], index: MentionIndex,
                  lexicon: Lexicon) -> None:
    """An intent verb's own frame ("agreed", 030) whose promised act codes no event of its own: kept without a
    target, its code refined by an event noun it agrees to (in place)."""
    frame = frames[verb.i]
    if acts:
        frame.open_target = not names_unknown_party(acts[0], index)
        return
    agreed = [n for n in prep_objects(verb, _TO) if n.pos_ == "NOUN" and not index.actors(n)]
    if not agreed:
        return
    noun = agreed[0]
    entries = lexicon.lookup("noun", noun.lemma_.lower())
    code = frame.cameo
    if entries:
        code = lexicon.rules.intent_code("agree", entries[0].cameo, load_codes().get(entries[0].cameo).plover or "")
    if load_codes().get(code).plover != "AGREE":
        return  # agreeing to an attack is no promise to cooperate
    if noun.i in frames:
        frames[noun.i].absorbed = True
    frame.cameo, frame.open_target = CameoCode(code), True
    frame.words = [*frame.words, noun]


def names_unknown_party(act: Token, index: MentionIndex) -> bool:
    """Whether the act's object is a name no dictionary knows ("offered to pay Amirov"): the act is aimed at
    someone the sentence names, unknown, so its intent may not stand without a target."""
    dobj = direct_object_of(act)
    return dobj is not None and (dobj.pos_ == "PROPN" or dobj.ent_type_ in _NAMES) \
        and not any(index.at(t) is not None for t in dobj.subtree)
