"""A facility that a state's own forces hit or take with no place named, in a story whose earlier acts all took
place in that state, is that state's facility (events/home_facilities.py). Must-not cases: a facility of no sector,
a story of two countries, forces of another country, a first sentence. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


_BEATEN = "Belarusian soldiers shot dead five opposition protesters in Minsk on Sunday, Belarusian officials said. "


def test_events_home_facilities_the_forces_occupy_their_own_countrys_hospitals() -> None:
    got = _coded(_BEATEN + "The soldiers have also occupied at least a dozen clinics, a rights group said.")
    assert any(e[0] == 1 and e[1] == "BLRMIL" and e[2] == "BLRCVL" for e in got)


def test_events_home_facilities_no_target_for_a_facility_of_no_sector() -> None:
    got = _coded(_BEATEN + "The soldiers have also occupied the main airport, a rights group said.")
    assert not any(e[0] == 1 and e[2] is not None for e in got)


def test_events_home_facilities_no_target_in_a_story_of_two_countries() -> None:
    got = _coded("Belarusian soldiers shot dead five Lithuanian protesters in Minsk on Sunday, officials said. "
                 "Belarusian troops have also occupied at least a dozen clinics, a rights group said.")
    assert not any(e[0] == 1 and e[2] is not None for e in got)


def test_events_home_facilities_no_target_for_another_countrys_forces_or_without_a_story() -> None:
    got = _coded(_BEATEN + "Russian troops have also occupied at least a dozen clinics, a rights group said.")
    assert not any(e[0] == 1 and e[2] is not None for e in got)
    assert not _coded("Belarusian soldiers have occupied at least a dozen clinics, a rights group said.")
