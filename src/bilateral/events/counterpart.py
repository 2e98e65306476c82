"""A missing target given by the story's main counterpart: in a story about Ghana and Togo, "Accra threatened to
close the border" is aimed at Togo though the sentence does not say so.

A frame that needs a target and found none takes the source's counterpart when the document has one: the one
country that the events coded so far pair with the source's country, at least ``MIN_EVENTS`` times and at least
``DOMINANCE`` times as often as any other country. One act told again counts once: events with the same source,
target and type ("tried to kill X ... I was there to kill the journalist", an attack whose target a later one
repeats: ``repeated``) are one thread of the story, not more evidence of whom it is about. Only when the sentence
names no actor of a third country, save inside the counterpart's own apposition ("Canada, the U.S.'s biggest partner
after Mexico") (another candidate there means the target was missed by the construction, not
left implicit), and only for acts that are aimed by nature (threatening, demanding, refusing to act: ``AIMED``;
cutting ties, "recalled its ambassador", "the imposition of sanctions": ``SEVERING``; easing a sanction or customs
charge, which eases it on whoever it hits: ``measures.EASING``; a conflict act announced with nothing it acts on,
"we will retaliate", which the coder codes as a threat). A measure whose only target is its source's own country
as the place the taxed goods go ("postponed a levy on every item shipped into Brazil", ``on_home_ground``,
which the coder drops as a target) names no one it hits, so it is untargeted here too.
The actor is the counterpart's latest actor in those events. The coder stays within the document and cheap: the
events already coded are the history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.events.measures import EASING, on_home_ground
from bilateral.events.modality import attempted, event_modality
from bilateral.models import Actor, Event, Mention

COUNTERPART = 0.75
"""Confidence of a target taken from the story's main counterpart (named elsewhere, not in this sentence)."""
MIN_EVENTS = 2
"""How many earlier events must pair the two countries before one is the other's counterpart."""
DOMINANCE = 2
"""How many times as often as any other country the counterpart must be paired with the source's country."""
ANNOUNCED = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
"""Material-conflict types whose announced (future) acts are coded as threats (events/coder.py): aimed too."""
AIMED = frozenset({"THREATEN", "REQUEST"})
"""PLOVER types whose acts always have an addressee: the counterpart is the one the story gives them. Accusing is
not among them ("expressed concern", "is worried" are often about a topic, not aimed at anyone), and rejecting is
only when it refuses to act ("refused to meet", ``_refusal``): what is denied or dismissed ("denied the report")
was said by whoever made it, often a third party."""
SEVERING = ("161", "162", "163", "164", "165", "166")
"""CAMEO codes of cutting ties with someone, done or announced: breaking relations or recalling an envoy, cutting
aid, sanctions and embargoes, halting talks or mediation, expelling: relations are cut with someone and a sanction
falls on someone, so they are aimed by nature. Not the bare 160 ("reduce relations"), which the lexicon gives to
closing things ("close the camps": what is closed may be the one aimed at)."""


def counterpart(country: str, earlier: Sequence[Event]) -> Actor | None:
    """The actor of the one country the document's earlier events pair with ``country``, if one dominates."""
    counts: Counter[str] = Counter()
    latest: dict[str, Actor] = {}
    told: set[tuple[str, str, str]] = set()
    for event in earlier:
        # a statement (01x, untyped: a comment, condolences, a denial) is no act between the two sides
        if event.event_type is None or event.target is None or event.source.country is None \
                or event.target.country is None:
            continue
        act = (event.source.code, event.target.code, event.event_type)
        if act in told:
            continue  # the same act told again is one act (see the module)
        told.add(act)
        for own, other in ((event.source, event.target), (event.target, event.source)):
            if own.country == country and other.country is not None and other.country != country:
                counts[other.country] += 1
                latest[other.country] = other
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_EVENTS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return latest[ranked[0][0]]


def _refusal(frame: Frame) -> bool:
    """A refusal to act: a rejection whose trigger governs an infinitive and takes no object ("refused to meet")."""
    deps = {c.dep_ for c in frame.trigger.children}
    return "xcomp" in deps and not deps & {"dobj", "nsubjpass"}


def _answers(frame: Frame, rules: FrameRules) -> bool:
    """Whether the frame rejects a claim or a proposal ("denied the accusations"): its target is whoever made
    it (``replies``), often a third party, not the story's counterpart."""
    nouns = {*frame.words, *(c for c in frame.trigger.children if c.dep_ in ("dobj", "nsubjpass"))}
    return any(n.lemma_.lower() in rules.claim_nouns | rules.proposal_nouns for n in nouns)


def _aimed(plover: str | None, frame: Frame, index: MentionIndex, rules: FrameRules) -> bool:
    """Whether a frame's act has an addressee by nature: a threat or a demand, a refusal to act, cutting ties
    (``SEVERING``), easing a measure (``EASING``), or a conflict act announced with no object (``_announced``)."""
    return plover in AIMED or (plover == "REJECT" and _refusal(frame)) or frame.cameo.startswith(SEVERING) \
        or frame.cameo in EASING or (plover in ANNOUNCED and _announced(frame, index, rules))


def _announced(frame: Frame, index: MentionIndex, rules: FrameRules) -> bool:
    """Whether a conflict act is announced with nothing it acts on ("we will retaliate", "they will strike back",
    or with only the measure itself as object: "we will raise tariffs", "she is ready to double the levy",
    ``measure_nouns``): the coder codes it as a threat, aimed as any threat. Not one with another object
    ("wants to close the camps": what it acts on may be the one aimed at), nor an attempt ("tried to sabotage the
    talks": it happened)."""
    trigger = frame.trigger
    return not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in rules.measure_nouns
                   for c in trigger.children) \
        and event_modality(frame.anchor, frame.sources[0], index, rules, frame.clause) == "future" \
        and not attempted(frame.anchor, rules)


def _targeted(frame: Frame) -> bool:
    """Whether a frame names someone it is aimed at: a target other than its source's own country as where taxed
    goods go (``on_home_ground``: "a levy on items shipped into Brazil" laid by Brazil)."""
    return any(not on_home_ground(frame.cameo, s.actor, t.actor) for s in frame.sources for t in frame.targets) \
        or (bool(frame.targets) and not frame.sources)


def _describing(actor: Actor, index: MentionIndex) -> set[str | None]:
    """The countries the sentence names only inside an apposition describing a mention of ``actor``'s country
    ("Peru, Brazil's third-largest buyer after Chile": Chile): said of the counterpart, they are
    no other party the act could be aimed at. A country named anywhere else too stays a third party."""
    inside: set[str | None] = set()
    outside: set[str | None] = set()
    for i, mention in index.by_token.items():
        word = index.sent[i]
        described = any(a.dep_ == "appos" and (m := index.at(a.head)) is not None
                        and m.actor.country == actor.country for a in word.ancestors)
        (inside if described else outside).add(mention.actor.country)
    return inside - outside


def fill_counterparts(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                      rules: FrameRules) -> None:
    """Give each aimed frame without a target its source's counterpart as target (in place; see the module); a
    country named only in the counterpart's own description is no third party (``_describing``)."""
    if not earlier:
        return
    codes = load_codes()
    countries = {m.actor.country for m in index.by_token.values()}
    for frame in frames:
        if _targeted(frame) or frame.domestic or not frame.sources \
                or not _aimed(codes.get(frame.cameo).plover, frame, index, rules) \
                or _answers(frame, rules):
            continue
        own = {s.actor.country for s in frame.sources}
        country = own.pop() if len(own) == 1 else None
        if country is None:
            continue
        own.add(country)
        actor = counterpart(country, earlier)
        if actor is None:
            continue
        third = countries - own - {actor.country, None}
        if third and third - _describing(actor, index):
            continue
        trigger = frame.trigger
        frame.targets.append(Mention(actor, trigger.i, trigger.i + 1, trigger.idx,
                                     trigger.idx + len(trigger), COUNTERPART, "counterpart"))
