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
``meeting_counterparts``).

The generic consultation and negotiation codes (040, 046, ``mutual_meetings``) are turned round only where the words
make the meeting mutual: a trigger of the project's own lexicon marked ``recip`` ("met", "held talks", "a meeting",
"negotiated"; the converted lexicon gives these codes to one-sided contacts too, "approached X"), whose partner is
named in its own slot ("met Y", "talks with Y", not an actor found elsewhere in the clause) or sells what the meeting
is held to buy ("negotiating to import eggs from Y": ``purchase_verbs``). A meeting that is the
purpose of a trip ("was in Kigali to meet with Y", ``trip_verbs``) is the traveller's visit, and one told of as a
thing's making ("the talks X held with Y on the pact") is that thing's: neither is turned round. An intent to meet is
both sides' when the meeting is fixed ("X is due to meet Y", "is scheduled to meet", ``scheduling_words``), not when
one side only wants it ("X would meet Y if ...").

Acts mutual by nature (``mutual_acts``: signing or concluding a deal, 057; a joint exercise or patrol, 062; a
fight, a clash or an exchange of fire, 190 and 193, which the gold codes as both sides' act) are turned round the
same way, with a ``recip`` trigger whose partner is named in its own slot ("signed a deal with Y", "held drills
with Y") and whose lexicon entry, or the code its object gives it ("negotiated a pact with Y": 057), has that code
itself ("bolstered military ties with Y" is a 050 entry a modifier makes 062: one-sided), and only when said as
done: one announced, hypothetical or denied stays its sayer's. A relative clause on the thing made tells its making
all the same ("the pact X negotiated with Y"). A one-sided act with "with" ("shared intelligence with Y") has no
``recip`` trigger and is not turned round.

A meeting's partner may be named only by where the people met serve: "met with officials in charge of trade in
Belgium, Germany and Italy" met each of those countries (``placed_partners``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import dative_of, direct_object_of, prep_objects
from bilateral.models import CameoCode, Event, Mention, PloverType

_SETTINGS = frozenset({"in", "during", "over"})
"""Prepositions that set what is said in a meeting ("told Y in a phone call", "during talks", "over dinner")."""
_TO = frozenset({"to"})
_CONSULT = "CONSULT"
_OWNERS = frozenset({"compound", "poss", "nmod", "amod"})
_SLOT_PATH = frozenset({"pobj", "prep", "dobj", "dative", "conj", "appos", "compound"})
"""Dependencies from a meeting's trigger down to a partner named in its own slot."""
_PLACING = frozenset({"in", "from"})
"""Prepositions that say where the people met serve ("officials in charge of trade in Belgium")."""
_PLACE_PATH = frozenset({"prep", "pobj"})
_UNDONE = frozenset({"future", "hypothetical", "negated"})
"""Modalities of a mutual act (``mutual_acts``) not said as done: it stays its sayer's alone."""


def other_side(event: Event, frame: Frame, target: Mention | None, rules: FrameRules) -> Event | None:
    """The meeting ``event`` (coded from ``frame``, aimed at ``target``) as its other party's act, or None when it
    is no such meeting or its target is no party to it."""
    if event.target is None or target is None:
        return None
    if event.cameo != frame.cameo:  # recoded (an intent, a threat, a refusal): said by one side only ...
        scheduled = event.modality == "future" and frame.cameo in rules.mutual_meetings and \
            _mutual(frame, target, rules) and _scheduled(frame.trigger, rules)
        if not scheduled:  # ... unless a meeting both sides fixed ("X is due to meet Y")
            return None
        code: str | None = event.cameo
    else:
        code = rules.meeting_counterparts.get(event.cameo)
        if code is None and event.cameo in rules.mutual_meetings and _mutual(frame, target, rules):
            code = event.cameo
        elif code is None and _mutual_act(frame, rules) and event.modality not in _UNDONE \
                and _mutual(frame, target, rules):
            code = event.cameo  # "X signed a deal with Y", "held exercises with Y": Y signed, exercised too
    if code is None or _convener(frame, target):
        return None
    entry = load_codes().get(code)
    return replace(event, source=event.target, target=event.source, cameo=CameoCode(code),
                   event_type=PloverType(entry.plover) if entry.plover else None,
                   quad_class=entry.quad_class or 0, goldstein=entry.goldstein)


def _mutual_act(frame: Frame, rules: FrameRules) -> bool:
    """Whether a frame codes an act mutual by nature: its entry's own code, or a mutual meeting that made one (a
    negotiation done whose object is the agreement, ``recoding``: "negotiated a pact with Y"); not a one-sided
    entry a modifier recodes ("bolstered military ties with Y": 050 made 062)."""
    return frame.entry.cameo in rules.mutual_acts or (
        frame.cameo in rules.mutual_acts and frame.entry.cameo in rules.mutual_meetings)


def _mutual(frame: Frame, target: Mention, rules: FrameRules) -> bool:
    """Whether a generic meeting (040, 046) is said as both sides' act: see the module docstring."""
    trigger = frame.trigger
    if "recip" not in frame.entry.flags or not (_named_partner(frame, target) or _seller(frame, target, rules)):
        return False
    if trigger.dep_ == "relcl" and not _place_or_time(trigger) and frame.cameo not in rules.mutual_acts \
            and not any(m.start <= trigger.head.i < m.end for m in frame.sources):
        return False  # "the pact X negotiated with Y": what was made, not a meeting ("the town where X met Y" is one)
    purpose = trigger.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    return not (purpose and trigger.head.lemma_.lower() in rules.trip_verbs)


def _place_or_time(clause: Token) -> bool:
    """A relative clause whose gap is a place or a time ("the town where X met Y", "the day when X met Y"): it
    tells the meeting there, as ``roles.object_of`` reads such a clause as having no object gap."""
    return any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in clause.children)


def _named_partner(frame: Frame, target: Mention) -> bool:
    """Whether ``target`` fills the meeting's own slot: the trigger's object or the object of one of its own
    prepositions ("met Y", "talks with Y", "met with officials of Y"), reached through nouns and prepositions
    only."""
    words = {w.i for w in frame.words}
    token = frame.trigger.doc[target.start:target.end].root
    last: Token | None = None
    while token.i not in words:
        if token.dep_ not in _SLOT_PATH or token.head.i == token.i:
            return False
        last, token = token, token.head
    return last is not None and (last.dep_ in ("dobj", "dative")
                                 or (last.dep_ == "prep" and last.lower_ in frame.entry.preps))


def _seller(frame: Frame, target: Mention, rules: FrameRules) -> bool:
    """Whether ``target`` sells what the meeting is held to buy: "negotiating to import eggs from Y", "negotiated
    to buy jets from Y" (the "from" object of a purchase verb, ``purchase_verbs``, that is the trigger's purpose).
    The seller is whom the buyer negotiates with; "negotiating with Z to buy jets from Y" names Z in its own slot."""
    token = frame.trigger.doc[target.start:target.end].root
    prep = token.head
    verb = prep.head
    return token.dep_ == "pobj" and prep.lower_ == "from" and verb.lemma_.lower() in rules.purchase_verbs \
        and verb.dep_ in ("xcomp", "acl", "advcl") and verb.head.i == frame.trigger.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not any(p.dep_ == "prep" and p.lower_ in frame.entry.preps for p in frame.trigger.children)


def _scheduled(trigger: Token, rules: FrameRules) -> bool:
    """"X is due to meet Y", "talks scheduled for Monday": a meeting fixed in advance."""
    words = [trigger.head] if trigger.dep_ in ("xcomp", "acl") else []
    words += [c for c in trigger.children if c.dep_ in ("acl", "amod")]
    return any(w.lemma_.lower() in rules.scheduling_words or w.lower_ in rules.scheduling_words for w in words)


def _convener(frame: Frame, target: Mention) -> bool:
    """"Attended the G7 summit", "NATO's summit": a body named as the meeting noun's own modifier or possessor
    holds it; its members attend, they do not meet it."""
    nouns = {w.i for w in frame.words if w.pos_ in ("NOUN", "PROPN")}
    return any(t.head.i in nouns and t.dep_ in _OWNERS for t in frame.trigger.doc[target.start:target.end])


def addressed_partners(frames: Iterable[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give a meeting noun set in a clause of telling the addressee as its other party.

    Only a consultation noun marked ``recip`` (a meeting, talks, a call) whose source is known and that has no
    target yet nor a party of its own ("told reporters during a news conference with Y": Y is the partner), set
    ("in", "during", "over") in the clause of a speech or address verb; the addressee is that verb's direct object
    or dative ("told Y", "assured Y") or its "to" phrase ("said to Y in a call").
    """
    for frame in frames:
        noun = frame.trigger
        if frame.targets or not frame.sources or "recip" not in frame.entry.flags \
                or any(noun.left_edge.i <= m.start and m.end <= noun.right_edge.i + 1 for m in frame.sources) \
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


def placed_partners(frames: Iterable[Frame], index: MentionIndex) -> None:
    """Give a meeting whose partner is named only by where its people serve those places as its other parties.

    Only a consultation marked ``recip`` whose source is known and that has no target yet, whose own preposition's
    object ("with officials") names no actor; an "in" or "from" phrase inside that object's phrase, reached through
    prepositions only ("officials in charge of trade in Belgium, Germany and Italy"), names the countries met.
    """
    for frame in frames:
        if frame.targets or not frame.sources or "recip" not in frame.entry.flags \
                or load_codes().get(frame.cameo).plover != _CONSULT:
            continue
        partners: list[Mention] = []
        for pobj in prep_objects(frame.trigger, frame.entry.preps):
            if index.actors(pobj):
                break
            partners += [m for m in _placed(pobj, index) if m not in frame.sources]
        else:
            if partners:
                frame.targets = partners


def _placed(noun: Token, index: MentionIndex) -> list[Mention]:
    """Actors of the "in"/"from" phrases inside ``noun``'s phrase, reached through prepositions only."""
    found: list[Mention] = []
    stack = [c for c in noun.children if c.dep_ == "prep"]
    while stack:
        token = stack.pop(0)
        if token.dep_ == "prep" and token.lower_ in _PLACING:
            found += [m for p in token.children if p.dep_ == "pobj" for m in index.actors(p)]
        stack += [c for c in token.children if c.dep_ in _PLACE_PATH]
    return found
