"""Complaints lodged by asking for the procedure that hears them.

"Canada requested WTO dispute consultations with the U.S.", "the EU requested dispute consultations with China":
asking a trade body for dispute consultations with an actor is how a formal complaint against that actor is
lodged (CAMEO 114), not an appeal to the body (020) nor talks with the actor (040). The noun's lexicon entry, a
qualified one ("dispute" consultations -> 114), says that it is a complaint and by which prepositions whom it is
against; the request verb gives who lodges it and the clause that says whether it happened. A request for plain
consultations or talks stays an appeal, and consultations held are still consultations ("held dispute
consultations with X").
"""

from __future__ import annotations

from dataclasses import replace

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import direct_object_of, prep_objects
from bilateral.models import CameoCode

_REQUESTS = frozenset({"request", "seek", "ask", "demand"})
"""Verbs whose object is the procedure asked for ("requested dispute consultations", "asked for ...")."""
_FOR = frozenset({"for"})
_COMPLAINT = CameoCode("114")
"""CAMEO "complain officially"."""


def lodged_complaint(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """The complaint a request for a complaint procedure lodges: the request's frame with the procedure noun's
    code and the actors its preposition names ("with the U.S."); None when the verb is no request verb, the
    request has no source, what it asks for is no complaint procedure, or the complaint names no one but the
    requester."""
    verb = frame.trigger
    if not frame.sources or verb.lemma_.lower() not in _REQUESTS:
        return None
    for noun in (direct_object_of(verb), *prep_objects(verb, _FOR)):
        if noun is None or noun.pos_ != "NOUN":
            continue
        entries = noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        if entry is None or entry.cameo != _COMPLAINT:
            continue
        targets = [m for p in prep_objects(noun, entry.preps) for m in index.actors(p) if m not in frame.sources]
        if targets:
            return replace(frame, entry=entry, cameo=entry.cameo, targets=targets, words=[*frame.words, noun])
    return None
