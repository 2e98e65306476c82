"""Forces a speaker calls its own (actors/possessed_forces.py): "the Afghan army chief said his forces killed ..."
are the speaker's country's forces. Must-not cases: the noun as an object ("withdrew its troops"), a speaker that
is no actor ("analysts said their forces ..."), a noun that names no force ("its economy"), a noun with a country
of its own. Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _parties(text: str) -> set[tuple[str, str | None]]:
    """(source code, target code) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events}


@pytest.mark.model
def test_speakers_forces_are_its_country_s() -> None:
    found = _parties("The Afghan defence minister said his forces had killed 100 Islamic State fighters this week.")
    assert ("AFGMIL", "IMGREB") in found
    found = _parties("Kenya said its troops had attacked al-Shabab militants near the border on Monday.")
    assert ("KENMIL", "SOMREB") in found


@pytest.mark.model
def test_speakers_forces_must_not() -> None:
    assert not any(s.startswith("KENMIL") for s, _ in _parties("Kenya withdrew its troops from Somalia."))
    assert not any(s and s.endswith("MIL") for s, _ in _parties(
        "Analysts said their forces had attacked al-Shabab militants near the border."))
    assert not any(s.startswith("KEN") for s, _ in _parties("Kenya said its economy had grown."))
    found = _parties("Kenya said Ugandan troops had attacked al-Shabab militants near the border.")
    assert not any(s.startswith("KENMIL") for s, _ in found)
