"""A state announcing it will buy or turn elsewhere unless the other side acts threatens that side, the story's
counterpart (events/turning_threats.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_STORY = "Norway accused Denmark of halting the turbine deliveries. Norway and Denmark held talks in Oslo on Monday. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2022, 3, 14))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.event_type, e.cameo)
            for e in done.events}


def _third(text: str) -> set[tuple[str | None, str | None, str | None, str]]:
    return {(src, tgt, kind, cameo) for i, src, tgt, kind, cameo in _coded(_STORY + text) if i == 2}


def test_events_turning_threats_buying_elsewhere_unless_a_ban_is_lifted() -> None:
    got = _third("Norway will buy Chinese turbines if the export ban is not lifted, the energy minister said.")
    assert ("NOR", "DNK", "THREATEN", "131") in got
    assert not any(tgt == "CHN" for _, tgt, _, _ in got)


def test_events_turning_threats_looking_for_other_suppliers_unless_delivered() -> None:
    got = _third("Oslo will have to look for other suppliers unless the turbines are delivered by spring.")
    assert ("NOR", "DNK", "THREATEN", "131") in got


def test_events_turning_threats_not_a_promise_on_a_granted_condition() -> None:
    got = _third("Norway will buy Chinese turbines if the export ban is lifted, the energy minister said.")
    assert not any(kind == "THREATEN" for _, _, kind, _ in got)


def test_events_turning_threats_not_a_condition_on_the_weather() -> None:
    got = _third("Norway will buy Chinese turbines if the winter does not end soon, the energy minister said.")
    assert not any(kind == "THREATEN" for _, _, kind, _ in got)


def test_events_turning_threats_not_a_condition_on_its_own_side() -> None:
    got = _third("Norway will buy Chinese turbines if its own plant is not finished in time.")
    assert not any(kind == "THREATEN" for _, _, kind, _ in got)


def test_events_turning_threats_not_an_onlookers_forecast() -> None:
    got = _third("Analysts said Norway will buy Chinese turbines if the export ban is not lifted.")
    assert not any(kind == "THREATEN" for _, _, kind, _ in got)


def test_events_turning_threats_not_an_act_that_is_not_announced() -> None:
    got = _third("Norway buys Chinese turbines if the export ban is not lifted in time, as it has for years.")
    assert not any(kind == "THREATEN" for _, _, kind, _ in got)


def test_events_turning_threats_no_target_without_a_counterpart() -> None:
    got = _coded("Norway will buy Chinese turbines if the export ban is not lifted, the energy minister said.")
    assert not any(kind == "THREATEN" for _, _, _, kind, _ in got)


def test_events_turning_threats_aimed_at_the_party_the_condition_names() -> None:
    got = _coded("Norway will buy Chinese turbines if Denmark does not lift its export ban, the energy minister said.")
    assert (0, "NOR", "DNK", "THREATEN", "131") in got
    assert not any(tgt == "CHN" for _, _, tgt, _, _ in got)


def test_events_turning_threats_not_a_promise_on_the_partys_act() -> None:
    got = _coded("Norway will buy Danish turbines if Denmark lifts its export ban, the energy minister said.")
    assert not any(kind == "THREATEN" for _, _, _, kind, _ in got)
