"""Attacks that carry on the source's own earlier attacks: "Al-Shabab militants attacked a hotel, killing nine
civilians ... They attacked the hotel at dawn, then gunmen stormed it", "A gunman tried to shoot mayor X ... I
went there to try to shoot the mayor".

A frame of a type a story tells as one campaign against one side (``CARRIED_ON``: an assault) that found no target
in its sentence is aimed at whom its source's earlier acts of that PLOVER type were aimed: the document's earlier
asserted events of that type by the same side (the source's code, or its country and sector) all went to one side
(a country, or an international body), and the latest of them gives the target: rebels who attacked civilians,
then the police of one country carry on against that country's latest party. The act names its
source and its kind, and the story has told whom that source does it to; another attack with no other party named
goes on the same way.

An appeal (PLOVER REQUEST) carries on its source's earlier appeals the same way when its own noun points back to
one: owned by a pronoun or made definite ("X called on Y to ... X issued his appeal on Friday", "renewed the call",
``_told_again``); an appeal with a new noun ("issued an appeal", "called for calm") may be aimed at anyone.

Not when:

- the frame is kept without a target anyway (``notarget``, ``open_target``, an act on the source's own country);
- it is of another type: an appeal, a meeting or a criticism by the same side is often aimed at someone else or
  at no one ("expressed concern", "we'll find out");
- an earlier act is the whole armed campaign ("has fought an insurgency against the state", ``CAMPAIGN_NOUNS``):
  the war the attacks belong to, not one attack whose target the next carries on; it is left out of the count;
- the source's earlier attacks went to two sides (two countries, or a country and a body), or none was asserted;
- the act is a tally ("launched 504 attacks last year"): acts on anyone, counted;
- the act's noun is a condition someone is "under" ("itself long under British sanctions"): a state, not an act;
- the sentence names an actor of a third country (the target was missed by the construction, not left implicit)
  or the act's object is a name no dictionary knows ("attacked Amirov": aimed at someone named, unknown).

The coder stays within the document and cheap: the earlier acts are the events already coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.actors.agents import CAMPAIGN_NOUNS
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.unaddressed import names_unknown_party
from bilateral.models import Actor, Event, Mention

REPEATED = 0.85
"""Factor for a target taken from the source's own earlier act of the same type (named before, not here)."""
CARRIED_ON = frozenset({"ASSAULT"})
"""Types whose acts a story tells as one campaign against one side ("attacked the hotel ... stormed it", "has
ramped up attacks"). With every type but rejections, the VOA gold gained 6 events and 9 false ones, all the false
ones appeals, meetings, criticisms and intents; the 6 right ones were all assaults."""


_RETOLD = "REQUEST"
"""The type whose acts carry on only when their noun points back to a told one (``_told_again``)."""
_BACK_POINTING = frozenset({"his", "her", "its", "their", "the", "this", "that"})
"""Determiners by which an act noun points back to an act told before ("his appeal", "the call")."""

CARRIED_ON_CODES: dict[str, frozenset[str]] = {"163": frozenset({"163", "1312"})}
"""Codes, of other types, whose acts a story tells as one measure against one side, with the codes of the earlier
acts that say whom: sanctions and tariffs, imposed or threatened ("threats of U.S. sanctions against Turkey ... a
crash triggered by previous U.S. sanctions", "after Trump's imposition of sanctions"). Matched by code, not type:
the side's arrests or expulsions (also COERCE) go to others."""


def _same_side(a: Actor, b: Actor) -> bool:
    """One actor, or two of one country and one sector ("the EU", "EU ministers"; "the U.S.", "Washington")."""
    return a.code == b.code or (a.country is not None and a.country == b.country and a.sector == b.sector)


_STATE_ORGANS = frozenset({"GOV", "LEG"})
"""Sectors of the organs through which a state takes its measures: its government imposes them, its legislature
passes them into law ("U.S. lawmakers passed sanctions on X ... after Trump's imposition of sanctions")."""


def _same_state(a: Actor, b: Actor) -> bool:
    """A state named as such and its government ("U.S. sanctions" after "Washington imposed sanctions"), or two
    of its organs (its government after its legislature): one side for a state's measures, which only the state
    takes. Not its courts, forces or companies, nor another state's organs."""
    if a.country is None or a.country != b.country:
        return False
    sectors = {a.sector, b.sector}
    return sectors <= {None, *_STATE_ORGANS} and (None not in sectors or "state" in (a.kind, b.kind))


def _tally(frame: Frame) -> bool:
    """Whether the act's own event noun is counted ("launched 504 attacks in 2024"): a tally over a period covers
    acts on anyone, not one act going on. Whom it counts ("killed nine soldiers") is no tally."""
    return any(c.dep_ == "nummod" and c.tag_ == "CD" for w in frame.words if w.pos_ == "NOUN" for c in w.children)


def _standing(frame: Frame) -> bool:
    """Whether the act's noun is a condition someone is under ("Y's navy, itself long under British sanctions"):
    a state of things, not one more act carrying on the earlier ones."""
    noun = frame.trigger
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _told_again(frame: Frame) -> bool:
    """Whether the act's own noun points back to one told before ("issued his appeal", "renewed the call"): a
    possessive pronoun or a definite determiner, and no named owner ("Peru's appeal")."""
    nouns = [w for w in {frame.trigger, *frame.words} if w.pos_ == "NOUN"]
    return any(c.dep_ in ("poss", "det") and c.lower_ in _BACK_POINTING for n in nouns for c in n.children)


def _campaign(event: Event) -> bool:
    """Whether the act is a whole armed campaign ("fighting an insurgency against the state"): its trigger names
    one of ``CAMPAIGN_NOUNS``."""
    return any(w in CAMPAIGN_NOUNS for w in event.trigger.lower().split())


def earlier_target(source: Actor, plover: str, earlier: Sequence[Event],
                   codes: frozenset[str] | None = None) -> Actor | None:
    """The target of ``source``'s latest earlier asserted act of type ``plover``, when all such acts went to one
    side (one country, in whatever sectors, or one international body): the rebels' attacks on civilians of their
    own country count, a country's acts on itself do not. Counting sectors apart kept out no false event on the VOA
    gold and lost three right ones ("ambushed a bus of paramilitaries" after attacks on civilians)."""
    acts = [e for e in earlier if e.modality == "asserted" and e.target is not None
            and (e.event_type == plover if codes is None else e.cameo in codes)  # a measure: by its codes
            and (_same_side(e.source, source) or codes is not None and _same_state(e.source, source))
            and not _campaign(e)]
    sides = {e.target.country or e.target.code for e in acts if e.target is not None}
    if len(sides) != 1 or acts[-1].target is None or _same_side(acts[-1].target, source):
        return None
    return acts[-1].target


def repeated_targets(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event]) -> None:
    """Give each frame that needs a target and has none the target of its source's earlier acts of its type
    (in place; see the module)."""
    if not earlier:
        return
    codes = load_codes()
    countries = {m.actor.country for m in index.by_token.values()}
    for frame in frames:
        plover = codes.get(frame.cameo).plover
        if frame.targets or not frame.sources or frame.notarget or frame.open_target or frame.domestic \
                or plover is None or (plover not in CARRIED_ON and frame.cameo not in CARRIED_ON_CODES
                                      and not (plover == _RETOLD and _told_again(frame))):
            continue
        if (frame.trigger.pos_ in ("VERB", "AUX") and names_unknown_party(frame.trigger, index)) or _tally(frame) \
                or _standing(frame):
            continue
        measure = CARRIED_ON_CODES.get(frame.cameo)
        found = {t.code: t for s in frame.sources
                 if (t := earlier_target(s.actor, plover, earlier, measure)) is not None}
        if len(found) != 1:
            continue
        actor = next(iter(found.values()))
        own = {s.actor.country for s in frame.sources}
        if countries - own - {actor.country, None}:
            continue
        trigger = frame.trigger
        frame.targets.append(Mention(replace(actor, text=trigger.text), trigger.i, trigger.i + 1, trigger.idx,
                                     trigger.idx + len(trigger), REPEATED, "repeated"))
