"""A state's coercion threatened on "you" for what "you" do is aimed at unnamed civilians
(events/conditioned_you.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 5, 2))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


def test_events_conditioned_you_a_deportation_threatened_on_what_you_do() -> None:
    got = _coded("“If you overstay your visa, we will deport you,” Chilean Interior Minister Carolina Toha said.")
    assert ("CHLGOV", "---CVL", "THREATEN") in got


def test_events_conditioned_you_not_without_a_condition() -> None:
    got = _coded("“We will deport you,” Chilean Interior Minister Carolina Toha said.")
    assert not any(tgt == "---CVL" for _, tgt, _ in got)


def test_events_conditioned_you_not_a_condition_on_someone_else() -> None:
    got = _coded("“If the court agrees, we will deport you,” Chilean Interior Minister Carolina Toha said.")
    assert not any(tgt == "---CVL" for _, tgt, _ in got)


def test_events_conditioned_you_not_an_armed_act() -> None:
    got = _coded("“If you attack our ships, we will strike you,” Chilean Defense Minister Maya Fernandez said.")
    assert not any(tgt == "---CVL" for _, tgt, _ in got)


def test_events_conditioned_you_not_a_cooperative_act() -> None:
    got = _coded("“If you apply in time, we will help you,” Chilean Interior Minister Carolina Toha said.")
    assert not any(tgt == "---CVL" for _, tgt, _ in got)
