"""Lawsuits a story tells again without their filer (events/recalled.py ``told_suits``), coded through the
pipeline: "Rights groups have filed lawsuits against X ... A first suit, filed in February, claimed ..." is a
lawsuit by the groups against X. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.date or "")
            for e in done.events}


_FILED = "Kenyan rights groups have filed multiple lawsuits against the Kenyan government over the camp. "


def test_events_told_suits_a_lawsuit_filed_is_the_story_filers() -> None:
    got = _coded(_FILED + "A first lawsuit, filed in February, claimed the Kenyan government had kept lawyers "
                          "out of the camp.")
    assert (1, "KENNGO", "KENGOV", "115", "2024-02") in got  # one lawsuit, dated by its filing


def test_events_told_suits_a_suit_that_seeks_is_the_story_filers() -> None:
    got = _coded(_FILED + "Another suit, brought this month, asks the court to halt the transfers of refugees.")
    assert any(e[:4] == (1, "KENNGO", "KENGOV", "115") for e in got)


@pytest.mark.parametrize("text", [
    "A lawsuit, filed in February, claimed the Kenyan government had kept lawyers out of the camp.",  # no filer
    "Kenyan rights groups have filed a lawsuit against the Kenyan government. Somali activists filed a suit against "
    "the Somali government. The suit alleges abuses in the camps.",  # two filers: no guess
    _FILED + "A Kenyan court dismissed the suit in March.",  # the suit dismissed, not brought
])
def test_events_told_suits_no_filer_without_one_told(text: str) -> None:
    last = text.count(". ")
    assert not any(e[0] == last and e[3] == "115" for e in _coded(text))
