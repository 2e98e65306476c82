"""Actors are coded for the date of the act the text tells, when the text dates it before the publication day: a
person by the office held then, a group coded differently over time by its coding then. An act dated after the
publication day, an undated act and an actor with no dated roles keep the coding of the publication day."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document


def _coded(text: str, published: dt.date) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=published)], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_pipeline_dated_actors_a_past_act_codes_the_office_then() -> None:
    coded = _coded("In 2018, Donald Trump imposed tariffs on Chinese steel.", dt.date(2023, 6, 1))
    assert (0, "USAGOV", "CHN", "163") in coded


@pytest.mark.model
def test_pipeline_dated_actors_a_group_before_it_became_the_government() -> None:
    coded = _coded("In 2016, the Islamist Hayat Tahrir al-Sham attacked Syrian army posts near the town.",
                   dt.date(2025, 3, 1))
    assert (0, "SYRREB", "SYRMIL", "190") in coded


@pytest.mark.model
def test_pipeline_dated_actors_undated_and_later_acts_keep_the_publication_day() -> None:
    # must not: an undated act, and an act dated after the publication day, are coded as the story knows them
    undated = _coded("Donald Trump criticised the Chinese trade policy.", dt.date(2023, 6, 1))
    assert {c[1] for c in undated} == {"USA"}
    later = _coded("Donald Trump will visit Tokyo in March 2027.", dt.date(2023, 6, 1))
    assert later and {c[1] for c in later} == {"USA"}


@pytest.mark.model
def test_pipeline_dated_actors_an_actor_with_no_dated_roles_is_unchanged() -> None:
    # must not: a person the dictionary does not know, coded by the title, and a state keep their codes
    coded = _coded("In 2015, Malawian Foreign Minister Tendai Moyo-Phiri criticised Zambia.", dt.date(2023, 6, 1))
    assert (0, "MWIGOV", "ZMB", "111") in coded
