"""Goods told as hit by the measure the sentence before laid, with no one named: "Coffee and copper will also be
hit" (events/struck_goods.py) is that measure again, from its owner to its target. Must-not cases: goods hit by a
storm (an agent), goods hit hard (harm), people hit (an actor as subject), no measure told just before, measures
laid by two sides, a third country named, goods only perhaps hit, goods not hit, a verb with no measure sense.
Sentences written for these tests, coded through the pipeline."""

from __future__ import annotations


import pytest

from tests.story_rows import Row, story_rows

pytestmark = pytest.mark.model

_coded = story_rows


_LAID = "Brazil slapped steep duties on goods from Peru on Monday over a copper dispute. "


def _hit(got: set[Row], sentence: int) -> set[tuple[str | None, str | None, str, str]]:
    return {(source, target, cameo, modality) for index, source, target, cameo, modality in got if index == sentence}


def test_events_struck_goods_the_goods_are_the_measures_own() -> None:
    got = _coded(_LAID + "Alpaca wool from Peru, quinoa and fishmeal will also be hit.")
    assert _hit(got, 1) == {("BRA", "PER", "163", "asserted")}


def test_events_struck_goods_goods_hit_told_in_the_past() -> None:
    got = _coded(_LAID + "The shrimp and asparagus of Peru were hit as well.")
    assert _hit(got, 1) == {("BRA", "PER", "163", "asserted")}


def test_events_struck_goods_not_goods_hit_by_a_storm() -> None:
    got = _coded(_LAID + "Avocados from Peru and asparagus were hit by a storm.")
    assert ("BRA", "PER", "163", "asserted") not in _hit(got, 1)


def test_events_struck_goods_not_people_hit() -> None:
    got = _coded(_LAID + "Peruvian farmers will also be hit.")
    assert not any(cameo == "163" for _, _, cameo, _ in _hit(got, 1))


def test_events_struck_goods_nothing_without_a_measure_just_before() -> None:
    got = _coded("Alpaca wool from Peru, quinoa and fishmeal will also be hit.")
    assert _hit(got, 0) == set()


def test_events_struck_goods_nothing_when_two_sides_laid_measures() -> None:
    got = _coded("Brazil and Ecuador slapped steep duties on goods from Peru on Monday over a copper dispute. "
                 "Alpaca wool from Peru, quinoa and fishmeal will also be hit.")
    assert _hit(got, 1) == set()


def test_events_struck_goods_nothing_when_a_third_country_is_named() -> None:
    got = _coded(_LAID + "Alpaca wool from Peru sold to Chile will also be hit.")
    assert _hit(got, 1) == set()


def test_events_struck_goods_nothing_for_goods_perhaps_hit() -> None:
    got = _coded(_LAID + "Alpaca wool from Peru could also be hit.")
    assert not any(modality == "asserted" for _, _, _, modality in _hit(got, 1))


def test_events_struck_goods_nothing_for_goods_not_hit() -> None:
    got = _coded(_LAID + "Alpaca wool from Peru will not be hit.")
    assert not any(modality == "asserted" for _, _, _, modality in _hit(got, 1))


def test_events_struck_goods_nothing_for_a_verb_with_no_measure_sense() -> None:
    got = _coded(_LAID + "Alpaca wool from Peru will also be shipped.")
    assert _hit(got, 1) == set()


def test_events_struck_goods_nothing_for_goods_hit_hard() -> None:
    got = _coded(_LAID + "Exports of alpaca wool from Peru were hit hard.")
    assert _hit(got, 1) == set()
