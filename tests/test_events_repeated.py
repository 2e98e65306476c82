"""Acts that go on the source's own earlier act of the same type (events/repeated.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.target.sector if e.target
             else None, e.event_type) for e in done.events}


_RAIDED = "Al-Shabab militants attacked a market in Kismayo on Friday, killing seven civilians. "


def test_events_repeated_a_second_attack_by_the_same_side_hits_the_same_side() -> None:
    got = _coded(_RAIDED + "They attacked the market again at dawn with a truck bomb.")
    assert any(e[0] == 1 and e[1] == "SOMREB" and e[3] == "CVL" and e[4] == "ASSAULT" for e in got)


def test_events_repeated_nothing_when_the_earlier_acts_went_two_ways() -> None:
    got = _coded("Al-Shabab militants attacked a market in Kismayo on Friday, killing seven civilians. "
                 "Al-Shabab militants attacked Kenyan soldiers near Mandera on Saturday. "
                 "They attacked the market again at dawn with a truck bomb.")
    assert not any(e[0] == 2 and e[4] == "ASSAULT" for e in got)


def test_events_repeated_nothing_from_an_act_of_another_type_or_another_side() -> None:
    # the earlier act is by the militants: another side's attack on "the market" takes no target from it (the
    # story country's own forces hitting a facility with no place named is events/home_facilities.py's business)
    got = _coded(_RAIDED + "Kenyan soldiers attacked the market again at dawn with a truck bomb.")
    assert not any(e[0] == 1 and e[1] == "KENMIL" and e[4] == "ASSAULT" for e in got)
    got = _coded("Al-Shabab militants demanded the release of prisoners from civilians in Kismayo on Friday. "
                 "They attacked the market again at dawn with a truck bomb.")
    assert not any(e[0] == 1 and e[4] == "ASSAULT" for e in got)


def test_events_repeated_nothing_when_a_third_country_is_named() -> None:
    got = _coded(_RAIDED + "They attacked the market again at dawn, a Kenyan official said.")
    assert not any(e[0] == 1 and e[4] == "ASSAULT" and e[3] == "CVL" for e in got)


def test_events_repeated_nothing_for_a_tally_of_attacks() -> None:
    got = _coded(_RAIDED + "The militants launched 312 attacks in 2023, a security report said.")
    assert not any(e[0] == 1 and e[4] == "ASSAULT" and e[3] == "CVL" for e in got)



_ASKED = "Chile called on Bolivia to reopen the border crossings on Monday. "


@pytest.mark.parametrize("second", [
    "Chile issued its appeal again on Wednesday.",  # owned by a pronoun
    "Chile renewed the call on Thursday.",  # made definite
])
def test_events_repeated_an_appeal_told_again_by_its_noun_goes_to_the_same_side(second: str) -> None:
    got = _coded(_ASKED + second)
    assert any(e[0] == 1 and e[1] == "CHL" and e[2] == "BOL" and e[4] == "REQUEST" for e in got)


@pytest.mark.parametrize("second", [
    "Chile issued an appeal on Wednesday.",  # a new appeal: aimed at anyone
    "Chile called for calm on Wednesday.",  # no noun pointing back
])
def test_events_repeated_not_an_appeal_whose_noun_points_back_to_none(second: str) -> None:
    got = _coded(_ASKED + second)
    assert not any(e[0] == 1 and e[2] == "BOL" for e in got)


def test_events_repeated_not_an_appeal_after_appeals_to_two_sides() -> None:
    got = _coded(_ASKED + "Chile urged Peru to drop its tariffs on Tuesday. Chile issued its appeal again on "
                 "Wednesday.")
    assert not any(e[0] == 2 and e[4] == "REQUEST" and e[2] is not None for e in got)
