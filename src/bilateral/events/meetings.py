"""The other party of a meeting set in a clause of telling.

"X told Y in a phone call that ...", "X told Y during talks that ...": the meeting is the setting of what X tells Y,
and Y is who X met or called, though the meeting noun names no partner of its own ("a call with Y"). Its source is
found as for every setting ("in a meeting with Y, X said": the clause's subject, events/nominal.py); this pass
gives it the addressee as target before targets are searched for elsewhere in the sentence (where a topic or a
place would be found instead). The press is no partner: the coder drops a consultation with it (a statement).
"""

from __future__ import annotations

from collections.abc import Iterable

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex, dative_of, direct_object_of, prep_objects
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules

_SETTINGS = frozenset({"in", "during", "over"})
"""Prepositions that set what is said in a meeting ("told Y in a phone call", "during talks", "over dinner")."""
_TO = frozenset({"to"})
_CONSULT = "CONSULT"


def addressed_partners(frames: Iterable[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give a meeting noun set in a clause of telling the addressee as its other party.

    Only a consultation noun marked ``recip`` (a meeting, talks, a call) whose source is known and that has no
    target yet, set ("in", "during", "over") in the clause of a speech or address verb; the addressee is that
    verb's direct object or dative ("told Y", "assured Y") or its "to" phrase ("said to Y in a call").
    """
    for frame in frames:
        noun = frame.trigger
        if frame.targets or not frame.sources or "recip" not in frame.entry.flags \
                or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in _SETTINGS \
                or load_codes().get(frame.cameo).plover != _CONSULT:
            continue
        verb = noun.head.head
        if verb.lemma_.lower() not in rules.speech_verbs | rules.address_verbs:
            continue
        addressees = [t for t in (direct_object_of(verb), dative_of(verb)) if t is not None]
        addressees += prep_objects(verb, _TO)
        partners = [m for t in addressees for m in index.actors(t) if m not in frame.sources]
        if partners:
            frame.targets = partners
