"""A threat to turn to another party instead is aimed at the story's counterpart, not at the substitute
(events/alternatives.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_STORY = "Peru accused Ecuador of blocking the drone deliveries. Peru and Ecuador held talks in Lima on Monday. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 6, 9))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.event_type)
            for e in done.events}


def _second(text: str) -> set[tuple[int, str | None, str | None, str]]:
    return {e for e in _coded(_STORY + text) if e[0] == 2}


def test_events_alternatives_a_warning_to_buy_elsewhere_is_aimed_at_the_counterpart() -> None:
    got = _second("Lima warned that it may buy its drones from China instead.")
    assert (2, "PER", "ECU", "THREATEN") in got
    assert not any(e[2] == "CHN" for e in got)


def test_events_alternatives_a_warning_to_switch_suppliers_is_aimed_at_the_counterpart() -> None:
    got = _second("Peru's defence minister warned he would switch to Beijing as a substitute supplier.")
    assert (2, "PER", "ECU", "THREATEN") in got
    assert not any(e[2] == "CHN" for e in got)


def test_events_alternatives_keep_a_party_with_no_alternative_said() -> None:
    # buying from someone with no alternative named: the rule leaves the clause's party as it was
    assert not any(e[2] == "ECU" for e in _second("Lima warned that it may buy its drones from China."))


def test_events_alternatives_keep_the_addressee_of_the_warning() -> None:
    got = _second("Lima warned Quito that it might buy drones from China instead.")
    assert (2, "PER", "ECU", "THREATEN") in got
    assert not any(e[2] == "CHN" for e in got)


def test_events_alternatives_drop_the_substitute_without_a_counterpart() -> None:
    # no story about a pair: no target is guessed, and the substitute is no target either
    assert not any(e[2] == "CHN" for e in _coded("Lima warned that it may buy its drones from China instead."))
