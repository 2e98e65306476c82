"""A named person's kin listed with that person (actors/kin.py): "froze the assets of the tycoon and his wife" also
reaches the wife, a civilian of the tycoon's country. Must-not cases: kin not listed with the person ("said his
wife was ill"), a listed noun that names no relative ("his supporters"), "his" kin beside no person ("the Kenyan
government and his brother"). Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _parties(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_kin_listed_with_a_person_are_civilians_of_the_person_s_country() -> None:
    found = _parties("Washington froze the assets of Russian tycoon Oleg Deripaska and his wife on Friday.")
    assert ("USAGOV", "RUSCVL", "163") in found
    found = _parties("Kenyan police detained opposition leader Raila Odinga and members of his family.")
    assert ("KENCOP", "KENCVL", "173") in found


@pytest.mark.model
def test_kin_must_not() -> None:
    found = _parties("Raila Odinga said his wife had been detained by Kenyan police.")
    assert not any(t == "KENCVL" for _, t, _ in found)
    found = _parties("Kenyan police detained opposition leader Raila Odinga and his supporters.")
    assert not any(t == "KENCVL" for _, t, _ in found)
    found = _parties("Uganda praised the Kenyan government and his brother for their help.")
    assert ("UGA", "KENGOV", "051") in found
    assert not any(t == "KENCVL" for _, t, _ in found)
