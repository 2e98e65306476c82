"""A group placed "in X's capital" is X's, save forces and armed groups, who may be guests there (actors/state.py
``sector_in``, sectors.json ``seat_nouns``)."""

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


def test_actors_seat_places_a_group_in_a_countrys_capital_is_that_countrys() -> None:
    got = _coded("Cocoa traders in Ghana's capital protested on Tuesday.")
    assert (0, "GHABUS", None, "PROTEST") in got
    got = _coded("Police in Togo's capital arrested a Togolese journalist on Sunday.")
    assert (0, "TGOCOP", "TGOMED", "COERCE") in got


def test_actors_seat_places_not_forces_or_armed_groups_who_may_be_guests() -> None:
    got = _coded("Soldiers in Mali's capital fired on a crowd of villagers on Friday.")
    assert not any(e[1] == "MLIMIL" for e in got)  # forces "in" a country are often another state's
    got = _coded("France held talks with the rebels in Gabon's capital, Libreville, on Friday.")
    assert not any("GABREB" in (e[1], e[2]) for e in got)  # an armed group at talks there may be a guest


def test_actors_seat_places_armed_groups_in_a_foreign_capital_by_name_are_guests() -> None:
    got = _coded("France held talks with the rebels in Libreville on Friday.")
    assert not any("GABREB" in (e[1], e[2]) for e in got)
    got = _coded("Chad has fought the insurgents for a decade. Chadian officials met Cameroon's envoys. "
                 "The insurgents in Yaounde rejected a proposal from the Chadian government on Friday.")
    assert not any("CMRREB" in (e[1], e[2]) for e in got)


def test_actors_seat_places_armed_groups_in_the_storys_own_capital_stay_its() -> None:
    # must not: a capital of the country the story is about, and a group noun that is no armed group
    got = _coded("Gabon has fought an insurgency for a year. Gabonese officials say Gabon will not yield. "
                 "Rebels in Libreville attacked Gabonese soldiers on Friday.")
    assert (2, "GABREB", "GABMIL", "ASSAULT") in got
    got = _coded("Police in Libreville arrested a Gabonese journalist on Sunday.")
    assert (0, "GABCOP", "GABMED", "COERCE") in got
