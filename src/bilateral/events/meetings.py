"""Meetings and their other party.

"X told Y in a phone call that ...", "X told Y during talks that ...": the meeting is the setting of what X tells Y,
and Y is who X met or called, though the meeting noun names no partner of its own ("a call with Y"). Its source is
found as for every setting ("in a meeting with Y, X said": the clause's subject, events/nominal.py); this pass
gives it the addressee as target before targets are searched for elsewhere in the sentence (where a topic or a
place would be found instead). The press is no partner: the coder drops a consultation with it (a statement).

Some meetings CAMEO defines as both sides' act: a call (041) is a conversation of both, a summit (044) both attend,
and a hosting (043) is the guest's visit (042). "X phoned Y" is then also Y's call with X, and "X hosted Y" Y's
visit to X (``other_side``): the event turned round, with its modality (a call that did not happen did not happen
for either side). Only the act as said counts: an announced one coded as the intent to meet (036) is its
announcer's, a refused one the refuser's (125), and neither is turned round; nor is a body that holds the meeting
("the G7 summit") a party its members meet. Which codes are turned round is data (``frames.json``:
``meeting_counterparts``). The generic consultation and negotiation codes (040, 046) are left one-sided: the
converted lexicon gives them to one-sided contacts too ("approached X"), and on the VOA gold turning them round
cost precision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex, dative_of, direct_object_of, prep_objects
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.models import CameoCode, Event, Mention, PloverType

_SETTINGS = frozenset({"in", "during", "over"})
"""Prepositions that set what is said in a meeting ("told Y in a phone call", "during talks", "over dinner")."""
_TO = frozenset({"to"})
_CONSULT = "CONSULT"
_OWNERS = frozenset({"compound", "poss", "nmod", "amod"})


def other_side(event: Event, frame: Frame, target: Mention | None, rules: FrameRules) -> Event | None:
    """The meeting ``event`` (coded from ``frame``, aimed at ``target``) as its other party's act, or None when it
    is no such meeting or its target is no party to it."""
    if event.target is None or target is None or event.cameo != frame.cameo:
        return None  # no partner, or recoded (an intent, a threat, a refusal): said by one side only
    code = rules.meeting_counterparts.get(event.cameo)
    if code is None or _convener(frame, target):
        return None
    entry = load_codes().get(code)
    return replace(event, source=event.target, target=event.source, cameo=CameoCode(code),
                   event_type=PloverType(entry.plover) if entry.plover else None,
                   quad_class=entry.quad_class or 0, goldstein=entry.goldstein)


def _convener(frame: Frame, target: Mention) -> bool:
    """"Attended the G7 summit", "NATO's summit": a body named as the meeting noun's own modifier or possessor
    holds it; its members attend, they do not meet it."""
    nouns = {w.i for w in frame.words if w.pos_ in ("NOUN", "PROPN")}
    return any(t.head.i in nouns and t.dep_ in _OWNERS for t in frame.trigger.doc[target.start:target.end])


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
