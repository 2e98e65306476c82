"""Measures told as coming into force or put to a vote: a sanction or customs charge that "takes effect", "goes
into effect" or "comes into force" is its source's act, kept without a target when none is named and a threat
when announced (events/taking_effect.py, frames.json ``taking_effect``); a sanction or customs charge put to a
vote is proposed, a threat by the voters (triggers.tsv: "vote" on a tariff). Must-not cases: a measure no one
owns, what a measure does to markets or people, rules that are no measure, a vote against a measure or on aid.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2025, 3, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.parametrize("text,want", [
    ("The 20% Japanese tariffs on wine imports will take effect Friday.", ("JPN", None, "1312")),
    ("Japanese tariffs on wine imports took effect on Monday.", ("JPN", None, "163")),
    ("Norway's new sanctions came into force on Monday.", ("NOR", None, "163")),
    # a target named in the measure's own phrase stays
    ("The 20% Japanese tariffs on Chilean wine will take effect Friday.", ("JPN", "CHL", "1312")),
])
def test_events_measure_taking_effect(text: str, want: tuple[str, str | None, str]) -> None:
    assert want in _coded(text)


@pytest.mark.parametrize("text", [
    "Tariffs on wine imports will take effect Friday.",  # no one's measure
    "Japanese tariffs sent stocks lower on Monday.",  # a market move
    "Japanese tariffs on wine imports hurt farmers.",  # what the measure does
    "The new Japanese rules on wine imports will take effect Friday.",  # rules are no measure
])
def test_events_measure_taking_effect_must_not(text: str) -> None:
    got = _coded(text)
    assert not any(code in ("163", "1312") for _, _, code in got), got


@pytest.mark.parametrize("text,want", [
    ("The European Union will vote Friday on new tariffs on Chinese cars.", ("IGOEU", "CHN", "1312")),
    ("EU ministers are due to vote soon on a steep tariff increase on Japanese cars.", ("IGOEU", "JPN", "1312")),
])
def test_events_measure_put_to_vote(text: str, want: tuple[str, str | None, str]) -> None:
    assert want in _coded(text)


@pytest.mark.parametrize("text", [
    "The Senate voted against tariffs on Peruvian copper on Monday.",  # voting a measure down
    "The Senate will vote on aid to Peru on Monday.",  # aid is no measure
    "Japan voted on a resolution on Peru.",
])
def test_events_measure_put_to_vote_must_not(text: str) -> None:
    got = _coded(text)
    assert not any(code in ("163", "1312") for _, _, code in got), got
