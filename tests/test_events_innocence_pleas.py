"""Pleas of innocence answering the charger (events/innocence_pleas.py), coded through the document context."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _pairs(text: str) -> set[tuple[int, str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2020, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def _rejections(got: set[tuple[int, str, str | None, str, str]], sentence: int) -> set[tuple[str, str | None]]:
    return {(e[1], e[2]) for e in got if e[0] == sentence and e[3].startswith("12")}


def test_events_innocence_pleas_a_not_guilty_plea_rejects_the_body_that_charged() -> None:
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "The Zambian opposition leader pleaded not guilty at a hearing in Lusaka.")
    assert (1, "ZMBOPP", "ZMBJUD", "120", "asserted") in got


def test_events_innocence_pleas_an_innocent_plea_rejects_the_charger_too() -> None:
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "The Zambian opposition leader pleaded innocent to the fraud charges on Thursday.")
    assert ("ZMBOPP", "ZMBJUD") in _rejections(got, 1)


def test_events_innocence_pleas_a_guilty_plea_rejects_no_one() -> None:
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "The Zambian opposition leader pleaded guilty at a hearing in Lusaka.")
    assert not _rejections(got, 1)


def test_events_innocence_pleas_need_an_earlier_charge_against_the_pleading_side() -> None:
    # no charge told before: the plea names no one to answer
    got = _pairs("The Zambian opposition leader Peter Banda pleaded not guilty at a hearing in Lusaka on Monday.")
    assert not _rejections(got, 0)
    # the charge was aimed at another side: Malawi's plea does not answer it
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "A Malawian trader pleaded not guilty at a hearing in Blantyre.")
    assert not _rejections(got, 1)


def test_events_innocence_pleas_an_appeal_stays_an_appeal() -> None:
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "The Zambian opposition leader pleaded with Malawi to mediate.")
    assert not _rejections(got, 1)
