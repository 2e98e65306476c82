"""Measures told as a kind of decision ("issued a string of tariff decisions that strained ties with Y",
events/measure_decisions.py): the maker's measures, aimed at the countries named that its earlier measures hit.
Must-not cases: no measure told before, a named country its measures did not hit, decisions only perhaps made, a
measure noun modifying no act noun, a standing policy. Sentences written for these tests, coded through the
pipeline."""

from __future__ import annotations


import pytest

from tests.story_rows import Row, story_rows

pytestmark = pytest.mark.model

_coded = story_rows


_LAID = "Brazil slapped steep tariffs on Peru and Chile on Monday over a copper dispute. "


def _measures(got: set[Row], sentence: int) -> set[tuple[str | None, str | None, str]]:
    return {(source, target, modality) for index, source, target, cameo, modality in got
            if index == sentence and cameo == "163"}


def test_events_measure_decisions_the_decisions_hit_the_named_countries() -> None:
    got = _coded(_LAID + "Brazil later issued a string of tariff decisions that strained ties with Peru and Chile.")
    assert _measures(got, 1) == {("BRA", "PER", "asserted"), ("BRA", "CHL", "asserted")}


def test_events_measure_decisions_owned_by_a_possessor() -> None:
    got = _coded(_LAID + "Brazil's tariff moves strained its ties with Peru.")
    assert _measures(got, 1) == {("BRA", "PER", "asserted")}


def test_events_measure_decisions_nothing_without_a_measure_told_before() -> None:
    got = _coded("Brazil later issued a string of tariff decisions that strained ties with Peru and Chile.")
    assert _measures(got, 0) == set()


def test_events_measure_decisions_nothing_for_a_country_not_hit_before() -> None:
    got = _coded("Brazil slapped steep tariffs on Peru on Monday over a copper dispute. "
                 "Brazil later issued a string of tariff decisions that strained ties with Ecuador.")
    assert ("BRA", "ECU", "asserted") not in _measures(got, 1)


def test_events_measure_decisions_nothing_for_decisions_perhaps_made() -> None:
    got = _coded(_LAID + "Brazil could issue more tariff decisions that would strain ties with Peru.")
    assert not any(modality == "asserted" for _, _, modality in _measures(got, 1))


def test_events_measure_decisions_nothing_for_a_measure_noun_on_no_act_noun() -> None:
    got = _coded(_LAID + "Brazil held tariff talks with Peru on Friday.")
    assert _measures(got, 1) == set()


def test_events_measure_decisions_nothing_for_a_standing_policy() -> None:
    got = _coded(_LAID + "Brazil's tariff policy has long been criticized by Peru.")
    assert _measures(got, 1) == set()
