"""An armed group that stops or boards a vehicle in a story that told its attack takes the people on board: a
hijacking (181) by the story's attacker on whom its attack struck (events/seized_vehicles.py); "the attackers", or a
pronoun glossed so, stand for the story's attacker. Must not: a stop by police or soldiers, an object that is no
vehicle, a gloss that names no attacker, a story that told no attack. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = ("Separatist rebels attacked a passenger train in Cameroon's Northwest region on Monday, "
            "killing four travellers. ")


def _hijacks(text: str, sentence: int = 1) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 11))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.modality) for e in done.events
            if e.sentence_index == sentence and e.cameo == "181"}


@pytest.mark.parametrize("second,modality", [
    ("The attackers stopped the train near a bridge, a railway official said.", "alleged"),
    ("They [attackers] then stopped the train in a tunnel, a guard said.", "alleged"),  # the gloss as subject
    ("A guard said the gunmen who had boarded the train ordered everyone off.", "asserted"),
])
def test_events_seized_vehicles_hijack_by_the_story_attacker(second: str, modality: str) -> None:
    assert _hijacks(_OPENING + second) == {("---REB", "CMRCVL", modality)}


@pytest.mark.parametrize("second", [
    "Police stopped a car at a checkpoint near the station.",  # a police check
    "Cameroonian soldiers boarded the train an hour later.",  # state forces
    "The attackers stopped the talks with the mediators.",  # no vehicle
])
def test_events_seized_vehicles_not_fired(second: str) -> None:
    assert _hijacks(_OPENING + second) == set()


def test_events_seized_vehicles_gloss_naming_no_attacker() -> None:
    text = _OPENING + "Passengers were taken to a hospital in Bamenda. They [sic] stopped the train in a tunnel."
    assert _hijacks(text, 2) == set()


def test_events_seized_vehicles_need_a_told_attack() -> None:
    assert _hijacks("Police said the gunmen stopped a bus near the border on Monday.", 0) == set()
