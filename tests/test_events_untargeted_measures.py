"""A sanction or customs charge that names no one it hits takes the story's counterpart (events/counterpart.py):
one eased with no target ("Brazil suspended the tariffs"), and one whose only country is the source's own as the
place the taxed goods go ("delayed the tariffs on all goods shipped to Brazil", ``measures.on_home_ground``).
Must-not cases: no counterpart told before, goods going to another country, a third country named in the sentence.
Sentences written for these tests, coded through the pipeline."""

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
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.cameo)
            for e in done.events}


_TOLD = ("Brazil slapped steep tariffs on Peru on Monday over a copper dispute. "
         "Peru imposed tariffs on Brazil on Tuesday. ")


def _acts(got: set[_Row], sentence: int, cameo: str) -> set[tuple[str | None, str | None]]:
    return {(source, target) for index, source, target, code in got if index == sentence and code == cameo}


def test_events_untargeted_measures_goods_going_home_hit_the_counterpart() -> None:
    got = _coded(_TOLD + "Brazil delayed the tariffs on all goods shipped to Brazil on Thursday.")
    assert _acts(got, 2, "085") == {("BRA", "PER")}


def test_events_untargeted_measures_an_easing_with_no_target_is_on_the_counterpart() -> None:
    got = _coded(_TOLD + "Brazil suspended the tariffs on Thursday.")
    assert _acts(got, 2, "085") == {("BRA", "PER")}


def test_events_untargeted_measures_goods_going_elsewhere_keep_their_buyer() -> None:
    got = _coded(_TOLD + "Brazil delayed the tariffs on all goods shipped to Chile on Thursday.")
    assert ("BRA", "PER") not in _acts(got, 2, "085")


def test_events_untargeted_measures_nothing_without_a_counterpart() -> None:
    got = _coded("Brazil delayed the tariffs on all goods shipped to Brazil on Thursday.")
    assert {target for _, target in _acts(got, 0, "085")} <= {None}


def test_events_untargeted_measures_nothing_with_a_third_country_named() -> None:
    got = _coded(_TOLD + "Brazil suspended the tariffs on Thursday after a call from Chile's president.")
    assert ("BRA", "PER") not in _acts(got, 2, "085")
