"""Opposed demands: two sides' calls or demands told side by side, each addressed to the other.

"Bogota's call for disarmament and the rebels' demand for an amnesty did not mesh", "X's demands
and Y's counter-demands": two appeal or demand nouns (PLOVER REQUEST) of one clause, each with its own possessor
and no addressee named, set the two sides' positions against each other; each is what its possessor asks of the
other. Two such nouns count as side by side when one is joined to the other ("and") or both are arguments of one
verb (the parser often makes the second a second subject). The verb they are both subjects of says how the two
positions meet ("did not mesh", "clashed"), not whether they were taken: ``set_against`` keeps its clause from
deciding their modality (events/nominal_clause.py). Only a pair of exactly two, with sources of different
countries: "X's call for restraint" alone, a demand by an unnamed side ("the demand for sanctions relief") or
three positions say nothing of whom each asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.frames import Frame
from bilateral.events.nominal import NOMINAL_OWN

_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
OPPOSED = NOMINAL_OWN
"""Both sides are named as possessors, as sure as a noun's own phrase; a weak noun ("call") set against another
side's demand is an appeal, not a telephone call, so the lexicon's doubt is not applied."""


def _possessed(noun: Token) -> bool:
    """Whether the noun's source is its possessor ("Washington's call", "its demand")."""
    return any(c.dep_ == "poss" for c in noun.children)


def _side_by_side(a: Token, b: Token) -> bool:
    """Whether two nouns are joined ("X's call ... and Y's demand") or arguments of one verb."""
    if (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a):
        return True
    return a.dep_ in _ARGUMENT_DEPS and b.dep_ in _ARGUMENT_DEPS and a.head == b.head and a.head != a


def _countries(frame: Frame) -> frozenset[str]:
    """The sides a frame's sources stand for: their countries, or codes where they have none."""
    return frozenset(m.actor.country or m.actor.code for m in frame.sources)


def _pair(frames: Iterable[Frame], addressed: bool) -> tuple[Frame, Frame] | None:
    """The two side-by-side possessed demands of different sides among a sentence's frames, if there are just two
    (``addressed``: also those given an addressee already)."""
    codes = load_codes()
    demands = [f for f in frames if not f.absorbed and (addressed or not f.targets) and f.sources
               and f.trigger.pos_ == "NOUN" and f.anchor == f.trigger and _possessed(f.trigger)
               and codes.get(f.cameo).plover == "REQUEST"]
    if len(demands) != 2:
        return None
    first, second = demands
    if not _side_by_side(first.trigger, second.trigger) or _countries(first) & _countries(second):
        return None
    return first, second


def set_against(noun: Token, frames: Mapping[int, Frame]) -> bool:
    """Whether an event noun is one of two opposed demands both subjects of one verb ("X's call and Y's demand
    did not mesh"): that verb tells how they meet, not whether they were made."""
    pair = _pair(frames.values(), addressed=True) if noun.dep_ in ("nsubj", "nsubjpass") else None
    return pair is not None and noun.i in (pair[0].trigger.i, pair[1].trigger.i) \
        and pair[0].trigger.head == pair[1].trigger.head


def opposed_demands(frames: Iterable[Frame]) -> None:
    """Address each of two side-by-side possessed demands of different sides to the other's source (in place)."""
    pair = _pair(frames, addressed=False)
    if pair is None:
        return
    first, second = pair
    for frame, other in ((first, second), (second, first)):
        frame.targets = list(other.sources)
        frame.confidence = max(frame.confidence, OPPOSED)
