"""The subject of a reported clause parsed as the reporting verb's object (events/reported_subjects.py): "Officials
said Lima in recent months imposed limits on X" -- Lima imposed them. Must-not cases: a verb of telling, whose
object is the one told; a reported clause with its own subject; an object with no clause after it. Sentences
written for these tests, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _events(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_reported_subject_after_an_adverbial() -> None:
    assert ("TURGOV", "USA", "172") in _events(
        "Officials said Ankara in the past two years imposed tight limits on American flights.")
    assert ("CHNGOV", "AUS", "163") in _events(
        "An analyst believes Beijing over the summer levied heavy duties on Australian barley.")


@pytest.mark.model
def test_reported_subject_must_not() -> None:
    found = _events("Officials told Reuters on Monday Ankara imposed limits on American flights.")
    assert not any(s.startswith("GBR") or s.startswith("Reuters") for s, _, _ in found)
    found = _events("Officials said Ankara in the past two years, Greece imposed limits on Turkish flights.")
    assert not any(s.startswith("TUR") and c == "172" for s, _, c in found)
    assert not _events("Officials in Ankara said Monday.")
