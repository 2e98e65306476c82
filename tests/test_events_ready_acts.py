"""Readiness for an act named by a noun is the intent to do it (events/ready_acts.py): aimed at the noun's 'with'
partner, or for a truce of one side of the war the story names, at the other side. Must not: a thing that is no act,
a hostile act, no partner and no war named. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_WAR = "Kenyan envoys want to end the Ethiopia-Eritrea war within weeks. "


def _intents(text: str, sentence: int) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo)
            for e in done.events if e.sentence_index == sentence}


def test_events_ready_acts_truce_of_a_side_aims_at_the_other() -> None:
    assert ("ERI", "ETH", "0356") in _intents(_WAR + "Eritrea is ready for a two-week truce, its envoy said.", 1)


def test_events_ready_acts_with_partner() -> None:
    assert ("PER", "CHL", "036") in _intents("Peru said on Monday it was prepared for talks with Chile.", 0)
    assert ("PER", "CHL", "0356") in _intents("Peru is ready for a truce with Chile, its envoy said.", 0)


@pytest.mark.parametrize("text", [
    "Peru is ready for the coming winter, its envoy said.",
    "Peru said on Monday it was ready for talks.",
    "Peru is ready for a truce, its envoy said.",
    "Peru is ready for an attack on Chile, its envoy said.",
])
def test_events_ready_acts_need_an_agreement_and_a_partner(text: str) -> None:
    assert not any(code.startswith("03") for _, _, code in _intents(text, 0))
