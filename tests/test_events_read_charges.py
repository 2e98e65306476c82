"""Charges read out in court are an accusation (112) of the one charged: "the prosecutor read out the charges
against X", also when only X's trial names them (data/lexicon/triggers.tsv). Must-not cases: a statement read out,
charges only read (no "out": a reader of the news), a reading only planned. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _accusations(text: str) -> set[tuple[str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in done.events
            if e.cameo.startswith("112")}


def test_events_read_charges_against_the_accused() -> None:
    got = _accusations("Peruvian prosecutor Juan Ortiz read out the charges against Pedro Castillo in court.")
    assert ("PERJUD", "PER", "112", "asserted") in got


def test_events_read_charges_in_the_accused_trial() -> None:
    got = _accusations("During Pedro Castillo's sedition trial on Monday, Peruvian prosecutor Juan Ortiz read out "
                       "the charges.")
    assert ("PERJUD", "PER", "112", "asserted") in got


def test_events_read_charges_planned_is_not_said() -> None:
    got = _accusations("Peruvian prosecutor Juan Ortiz could read out the charges against Pedro Castillo next week.")
    assert not {g for g in got if g[3] in ("asserted", "alleged")}


@pytest.mark.parametrize("text", [
    "Peruvian prosecutor Juan Ortiz read out a statement on Pedro Castillo's trial.",
    "Pedro Castillo's lawyer read the charges in the newspaper.",
    "Peruvian prosecutor Juan Ortiz read out the names of the victims at Pedro Castillo's trial.",
])
def test_events_read_charges_must_not_fire(text: str) -> None:
    assert not _accusations(text)
