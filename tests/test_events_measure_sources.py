"""A measure eased with no doer named, "a pause in the tariffs on Y" (events/measure_sources.py, with the "in"
phrase of an easing noun read as what it eases: events/nominal.py): whoever laid the measures on Y, as the story
told, eases them. Must-not cases: no measure told before, measures laid by two sides, a pause only asked for, a
third country named in the sentence, a pause in something that is no measure. Sentences written for these tests,
coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_Row = tuple[int, str, str | None, str | None, str]


def _coded(text: str) -> set[_Row]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 12))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.source.country, e.target.country if e.target else None, e.cameo)
            for e in done.events}


_LAID = "Brazil slapped steep tariffs on Peru on Monday over a copper dispute. "


def _eased(got: set[_Row], sentence: int) -> set[tuple[str | None, str | None]]:
    return {(source, target) for index, _, source, target, cameo in got if index == sentence and cameo == "085"}


def test_events_measure_sources_the_pause_is_the_layers() -> None:
    got = _coded(_LAID + "Copper traders in Lima cheered on Wednesday as a pause in the tariffs on Peru began.")
    assert _eased(got, 1) == {("BRA", "PER")}


def test_events_measure_sources_a_suspension_named_by_of_too() -> None:
    got = _coded(_LAID + "Copper traders in Lima cheered the suspension of the tariffs on Peru on Wednesday.")
    assert _eased(got, 1) == {("BRA", "PER")}


def test_events_measure_sources_nothing_without_a_measure_told_before() -> None:
    got = _coded("Copper traders in Lima cheered on Wednesday as a pause in the tariffs on Peru began.")
    assert _eased(got, 0) == set()


def test_events_measure_sources_nothing_when_two_sides_laid_measures() -> None:
    got = _coded("Brazil and Ecuador slapped steep tariffs on Peru on Monday over a copper dispute. "
                 "Copper traders in Lima cheered on Wednesday as a pause in the tariffs on Peru began.")
    assert _eased(got, 1) == set()


def test_events_measure_sources_nothing_for_a_pause_only_asked_for() -> None:
    got = _coded(_LAID + "Peru asked on Wednesday for a pause in the tariffs on its copper.")
    assert ("BRA", "PER") not in _eased(got, 1)


def test_events_measure_sources_nothing_when_a_third_country_is_named() -> None:
    got = _coded(_LAID + "Chilean traders cheered on Wednesday as a pause in the tariffs on Peru began.")
    assert _eased(got, 1) == set()


def test_events_measure_sources_a_pause_in_fighting_is_no_eased_measure() -> None:
    got = _coded(_LAID + "Residents of Lima cheered on Wednesday as a pause in the fighting on the border began.")
    assert _eased(got, 1) == set()
