"""Relief told as sent in the passive with no agent, after an attack on one country's civilians, is that state's
aid to them (events/sent_relief.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 10))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


_ATTACK = ("Gunmen opened fire on worshippers at a mosque in Nigeria's Kano state on Friday, killing twelve "
           "Nigerian civilians, police said. ")


def _aid(got: set[tuple[int, str, str | None, str | None]]) -> set[tuple[int, str, str | None, str | None]]:
    return {e for e in got if e[0] == 1 and e[3] == "AID"}


def test_events_sent_relief_ambulances_sent_after_an_attack_are_the_states_aid() -> None:
    got = _coded(_ATTACK + "Nigerian soldiers, a medical team and ambulances were dispatched to the mosque.")
    assert (1, "NGAGOV", "NGACVL", "AID") in got


def test_events_sent_relief_a_rescue_noun_makes_help_and_a_said_report_keeps_it() -> None:
    got = _coded(_ATTACK + "A Kano official told reporters that Nigerian police and a rescue convoy had been sent.")
    assert (1, "NGAGOV", "NGACVL", "AID") in got


def test_events_sent_relief_not_with_an_agent_or_a_hedge() -> None:
    got = _coded(_ATTACK + "Nigerian soldiers and ambulances were dispatched by a private charity.")
    assert not _aid(got)
    got = _coded(_ATTACK + "Nigerian soldiers and ambulances could be dispatched to the mosque.")
    assert not _aid(got)


def test_events_sent_relief_not_forces_alone_nor_without_an_attack_on_civilians() -> None:
    assert not _aid(_coded(_ATTACK + "Nigerian police officers and soldiers were dispatched to the mosque."))
    got = _coded("Nigerian police arrested twelve opposition activists in Kano on Friday. "
                 "Nigerian soldiers and ambulances were dispatched to the square.")
    assert not _aid(got)


def test_events_sent_relief_not_in_a_story_of_two_countries_nor_naming_another() -> None:
    got = _coded("Cameroonian troops attacked Nigerian villagers near the border on Friday, police said. "
                 "Nigerian soldiers and ambulances were dispatched to the villages.")
    assert not _aid(got)
    got = _coded(_ATTACK + "Nigerian soldiers and ambulances from Niger were dispatched to the mosque.")
    assert not _aid(got)
