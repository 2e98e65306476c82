"""Who says a quoted or reported clause, and the first person in it: "'X attacked our posts,' Kenya said" is
said by Kenya, and "our posts" are Kenya's.

Read by the target search (a first-person object stands for the speaker), the directive and demand passes (the
speaker of a quoted instruction or need); kept apart from ``speech``, which reads what speech verbs and their
nouns say, as the one lookup of a quoted clause's speaker they share.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import direct_object_of, prep_objects, subject_of
from bilateral.events.speech import author
from bilateral.models import Mention

_FIRST_PERSON = frozenset({"us", "me"})
_FIRST_POSSESSIVE = frozenset({"our", "my"})


def quoted_speaker(verb: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """The actors who say the clause of ``verb``: it is the complement of a speech verb ("'X attacked our
    posts,' Kenya said"), also through coordinated and controlled verbs; none otherwise."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or speech.lemma_.lower() not in rules.speech_verbs:
        return []
    speaker = subject_of(speech, rules.relative_pronouns)
    return (index.actors(speaker) or author(speaker, index, rules)) if speaker is not None else []


def first_person_object(frame: Frame, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """"'Uganda has attacked our border posts,' Kenya said": a first-person object ("us", "our posts") in what a
    speaker says stands for the speaker; none when the object is no first person or nobody is quoted."""
    verb = frame.trigger
    objects = [o for o in (direct_object_of(verb), *prep_objects(verb, frame.entry.preps)) if o is not None]
    first = any(o.lower_ in _FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in _FIRST_POSSESSIVE
                                                 for c in o.children) for o in objects)
    if not first:
        return []
    own = {m.actor.code for m in frame.sources}
    return [m for m in quoted_speaker(verb, index, rules) if m.actor.code not in own]
