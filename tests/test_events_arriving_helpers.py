"""Helpers told arriving from abroad aid the country the story happens in: "rescuers have arrived from abroad,
including Peru" is Peru's aid (073) to the story's country (events/arriving_helpers.py). Must not: people who
come for no help, things that arrive, helpers of the host itself, troops, a coming to attack, a coming to another
named country, a coming not told as done, a story of fighting, a text of one sentence. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = ("Floods have swept across northern Chile this week, cutting off dozens of towns in Chile's desert. "
            "Chile's emergency office says the water is still rising in the Atacama region. ")


def _aid(text: str, sentence: int = 2) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 8, 14))], load_resources(Settings()))
    return {(e.source.code[:3], e.target.code if e.target else None, e.cameo) for e in done.events
            if e.sentence_index == sentence and e.event_type == "AID" and e.modality == "asserted"}


def test_events_arriving_helpers_each_listed_country_aids_the_host() -> None:
    text = _OPENING + "Local crews are worn out, but rescuers have arrived from abroad, including Peru and Bolivia."
    assert _aid(text) == {("PER", "CHLGOV", "073"), ("BOL", "CHLGOV", "073")}


@pytest.mark.parametrize("third", [
    "Firefighters from Argentina arrived on Tuesday with pumps and boats.",
    "Reinforcements have arrived from Argentina to relieve the exhausted local crews.",
])
def test_events_arriving_helpers_origin_in_the_subject_or_verb(third: str) -> None:
    assert _aid(_OPENING + third) == {("ARG", "CHLGOV", "073")}


@pytest.mark.parametrize("third", [
    "Tourists have arrived from abroad, including Peru and Bolivia.",  # no helpers
    "Timber shipments arrived from Peru on Tuesday.",  # things, not helpers
    "Rescuers from Santiago arrived on Tuesday.",  # the host's own helpers
    "Peruvian troops arrived from Lima on Tuesday.",  # a deployment, not help
    "Rescuers from Peru arrived in Bolivia on Monday.",  # another named country is helped
    "Rescuers from Peru may arrive next week.",  # not told as done
    "Rescuers from Peru did not arrive on Tuesday.",  # denied
])
def test_events_arriving_helpers_not_fired(third: str) -> None:
    assert _aid(_OPENING + third) == set()


def test_events_arriving_helpers_not_in_a_story_of_fighting() -> None:
    text = ("Rebels attacked an army post in northern Chad on Sunday, killing four soldiers. "
            "Chad's army says the fighting is still going on near the border. "
            "Reinforcements have arrived from Niger.")
    assert _aid(text) == set()


def test_events_arriving_helpers_not_to_attack() -> None:
    text = _OPENING + "Reinforcements arrived from Peru to attack the rebel camp near the border."
    assert _aid(text) == set()


def test_events_arriving_helpers_need_a_document() -> None:
    assert _aid("Rescuers have arrived from abroad, including Peru and Bolivia.", sentence=0) == set()
