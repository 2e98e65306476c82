"""A body's measures it speaks of by a pronoun ("EU officials said its duties ... fall on X", events/
spoken_measures.py) are the speaker's measures, aimed where its earlier ones were. Must-not cases: a person
speaking, no speech verb, no earlier measure to aim it, a third country named. Sentences written for these tests,
coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_Row = tuple[int, str | None, str | None, str]


def _coded(text: str) -> set[_Row]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 12))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or e.source.code, e.target.country if e.target else None, e.cameo)
            for e in done.events}


_LAID = "Brazil slapped steep duties on goods from Peru on Monday over a copper dispute. "


def _measures(got: set[_Row], sentence: int) -> set[tuple[str | None, str | None]]:
    return {(source, target) for index, source, target, cameo in got if index == sentence and cameo == "163"}


def test_events_spoken_measures_the_speakers_own_measure() -> None:
    got = _coded(_LAID + "Brazilian officials said its tariffs, which importers pay, fall mostly on farm goods.")
    assert _measures(got, 1) == {("BRA", "PER")}


def test_events_spoken_measures_not_a_persons_words() -> None:
    got = _coded(_LAID + "Lula said its tariffs, which importers pay, fall mostly on farm goods.")
    assert _measures(got, 1) == set()


def test_events_spoken_measures_not_without_a_speech_verb() -> None:
    got = _coded(_LAID + "Brazilian officials know its tariffs fall mostly on farm goods.")
    assert _measures(got, 1) == set()


def test_events_spoken_measures_nothing_without_an_earlier_measure() -> None:
    got = _coded("Brazilian officials said its tariffs, which importers pay, fall mostly on farm goods.")
    assert not any(target is not None for _, target in _measures(got, 0))


def test_events_spoken_measures_nothing_when_a_third_country_is_named() -> None:
    got = _coded(_LAID + "Brazilian officials said its tariffs, which Chilean firms pay, fall mostly on farm goods.")
    assert ("BRA", "PER") not in _measures(got, 1)
