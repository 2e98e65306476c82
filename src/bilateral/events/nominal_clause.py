"""Nominal events and the clause that holds them.

An event noun that is the subject or object of a verb coding no act of its own is said in that verb's clause
and takes its modality ("talks between X and Y did not resume", "analysts expect X's attack on Y"), as does an act its
target "came under" ("officials said its troops came under attack": alleged, as "said X attacked its troops"):
``governing_clause``. A passive verb whose subject is an event noun with no agent ("UN sanctions against Iran
were lifted") is an act by the noun's own source on its target: ``held_measures``. Kept apart from
events/nominal.py, which reads the noun's own phrase.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from bilateral.events.arguments import AIMING_VERBS, MentionIndex
from bilateral.events.frames import CONTROLLED, Frame
from bilateral.events.lexicon import FrameRules, Lexicon
from bilateral.events.nominal import noun_entries, noun_entry, origin, own_sources
from bilateral.events.undergoers import undergone
from bilateral.events.opposed_demands import set_against
from bilateral.events.roles import prep_objects


def governing_clause(noun: Token, frames: Mapping[int, Frame], rules: FrameRules) -> Token | None:
    """The verb whose clause a nominal event is said in, when the event is its subject or object and the verb
    codes no event of its own, or receives it: "talks between X and Y did not resume", "X's attack on Y will go
    ahead", "analysts expect X's attack on Y", "X did not receive aid from Y". A verb that is an event itself ("Z
    condemned X's attack on Y", "Z did not condemn ...") says nothing of whether the act it is about happened,
    unless it forecasts or plans it, or brings it about (frames.json ``enabling_verbs``: "Z plans to broker talks
    between X and Y": planned talks)."""
    if (verb := undergone(noun)) is not None:
        return verb  # "its troops came under attack from X": the coming-under clause tells the act, as its subject's
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or head == noun or head.pos_ not in ("VERB", "AUX"):
        return None
    lemma = head.lemma_.lower()
    if noun.dep_ == "dobj" and lemma in rules.recipient_verbs:
        return head  # "X did not receive aid from Y", "X could face sanctions from Y": the receiving clause's act
    if set_against(noun, frames):
        return None  # "X's call for A and Y's demand for B did not mesh": how two positions meet, not whether
    if noun.dep_ == "nsubjpass" and lemma in AIMING_VERBS:
        return None  # "X's tariffs are aimed at cutting Y": what the act is for, not a plan of it
    if head.i in frames and lemma not in rules.forecast_verbs and lemma not in rules.future_governors and not (
            noun.dep_ == "dobj" and lemma in rules.enabling_verbs):
        return None
    return head


def held_measures(frames: Mapping[int, Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """"UN sanctions against Iran were lifted", "Chile's ban on Peruvian imports was eased": a passive verb whose
    object, its passive subject, is an event noun with no agent named: the noun's own source holds the measure
    and is who acts on it, on the noun's target (in place; an agent, "were lifted by X", is the verb's own; with
    no target in the noun's phrase nothing is filled)."""
    for frame in frames.values():
        verb = frame.trigger
        if frame.sources or verb.pos_ != "VERB":
            continue
        noun = next((w for w in frame.words if w.i != verb.i and w.dep_ == "nsubjpass" and w.head.i == verb.i), None)
        entries = noun_entries(noun, lexicon) if noun is not None else ()
        entry = noun_entry(noun, entries) if noun is not None and entries else None
        if noun is None or entry is None:
            continue
        sources, _ = own_sources(noun, entry, index)
        if not sources:
            continue
        targets = [m for pobj in prep_objects(noun, frame.entry.preps | entry.preps)
                   for m in index.actors(pobj) or origin(pobj, index) if m not in sources]
        if not targets:
            continue
        # the verb took the patient, the noun itself, for its target: the noun's own phrase says on whom
        frame.sources, frame.targets = sources, targets
        frame.confidence *= CONTROLLED
