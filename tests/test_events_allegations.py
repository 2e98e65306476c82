"""An allegation with a clause of its own accuses the clause's subject as surely as an object would
(``targets.TARGET_SEARCHES``: the "accused" search runs before the clause-wide one), and "allege" is no weak
trigger. Actors are marked by hand; each must-fire case has a must-not case beside it."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.events.targets import TARGET_SEARCHES
from tests.marking import coded_events

pytestmark = pytest.mark.model

_ACTORS = {"Kenya": "KENGOV", "Uganda": "UGAGOV", "Ugandan": "UGA", "Kenyan": "KEN"}


def _accusations(nlp: Any, text: str) -> dict[tuple[str, str | None], float]:
    return {(e.source.code, e.target.code if e.target else None): e.confidence
            for e in coded_events(nlp, text, _ACTORS) if e.event_type == "ACCUSE"}


def test_events_allegations_searched_before_the_clause() -> None:
    names = [s.name for s in TARGET_SEARCHES]
    assert names.index("accused") < names.index("clause")


@pytest.mark.parametrize("text", [
    "Kenya alleged on Monday that Uganda had attacked the border posts.",
    "Kenya alleged Uganda had attacked the border posts.",
    "Kenya has alleged that Ugandan troops crossed the border.",
])
def test_events_allegations_accuse_the_clause_subject_as_surely_as_an_object(nlp: Any, text: str) -> None:
    direct = _accusations(nlp, "Kenya accused Uganda on Monday of attacking the border posts.")[("KENGOV", "UGAGOV")]
    got = _accusations(nlp, text)
    assert max(c for (s, t), c in got.items() if s == "KENGOV" and t is not None and t.startswith("UGA")) == direct


def test_events_allegations_without_an_actor_subject_keep_the_clause_factor(nlp: Any) -> None:
    # the clause's subject names no actor: the addressee beside the verb is only the clause search's guess
    direct = _accusations(nlp, "Kenya accused Uganda on Monday of attacking the border posts.")[("KENGOV", "UGAGOV")]
    got = _accusations(nlp, "Kenya alleged in a letter to Uganda that the border posts had been attacked.")
    assert got.get(("KENGOV", "UGAGOV"), 0.0) < direct


@pytest.mark.parametrize("text", [
    # the speaker's own side as the clause's subject accuses no one
    "Kenya alleged that Kenyan soldiers had been attacked by unknown gunmen.",
    # "alleged" as a modifier reports no allegation
    "The alleged coup plotters were detained by Kenyan police on Monday.",
    # what is alleged is no actor
    "Kenya alleged irregularities in the vote count.",
])
def test_events_allegations_must_not(nlp: Any, text: str) -> None:
    assert not any(t is not None for (_, t) in _accusations(nlp, text))


_DOMESTIC = {"Kenyan court": "KENJUD", "journalist": "KENMED", "Kenyan police": "KENCOP",
             "opposition protesters": "KENOPP", "Kenyan soldiers": "KENMIL", "Kenya": "KENGOV"}


def _domestic(nlp: Any, text: str) -> set[tuple[str, str | None]]:
    return {(e.source.code, e.target.code if e.target else None)
            for e in coded_events(nlp, text, _DOMESTIC) if e.event_type == "ACCUSE"}


@pytest.mark.parametrize(("text", "pair"), [
    ("A Kenyan court alleged that the journalist had posted false messages.", ("KENJUD", "KENMED")),
    ("Kenyan police alleged that opposition protesters had attacked the station.", ("KENCOP", "KENOPP")),
])
def test_events_allegations_a_state_body_accuses_its_own_citizens(nlp: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in _domestic(nlp, text)


@pytest.mark.parametrize("text", [
    # the clause's subject is the victim, not the one accused
    "Kenyan police alleged that opposition protesters had been attacked.",
    # a body of the state alleging what another did speaks for its own side
    "Kenyan police alleged that Kenyan soldiers had attacked the protesters.",
    "Kenya alleged that Kenyan soldiers had been attacked by unknown gunmen.",
])
def test_events_allegations_about_the_own_state_must_not(nlp: Any, text: str) -> None:
    assert not any(t is not None for _, t in _domestic(nlp, text))
