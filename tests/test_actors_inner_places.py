"""A group noun placed in an unknown part of the document's country (actors/group_phrases.names_inner_place):
"security forces in the western Lowaru province" are the story's country's forces, as bare "security forces" are.
Must-not cases: a bare unknown name ("in Lowaru"), a place another country's name qualifies ("the Ugandan Lowaru
province"). Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_LEAD = ("Kenya faces a surge of militant violence. Kenyan police say Kenya has sent more officers to its border. ")


def _parties(text: str) -> set[tuple[str, str | None]]:
    """(source code, target code) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", _LEAD + text, published=dt.date(2024, 3, 6))],
                            load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events}


@pytest.mark.model
def test_inner_place_keeps_the_document_country() -> None:
    found = _parties("Security forces in the Lowaru province arrested three al-Shabab fighters on Monday.")
    assert ("KENMIL", "SOMREB") in found
    found = _parties("Since January, al-Shabab has stepped up attacks on security forces, teachers and workers "
                     "mostly from the western Lowaru province.")
    assert ("SOMREB", "KENMIL") in found
    assert ("SOMREB", "KENCVL") in found


@pytest.mark.model
def test_inner_place_must_not() -> None:
    assert not any(s.startswith("KEN") for s, _ in _parties(
        "Security forces in Lowaru arrested three al-Shabab fighters on Monday."))
    assert not any(s.startswith("KEN") for s, _ in _parties(
        "Security forces from the Ugandan Lowaru province arrested three al-Shabab fighters on Monday."))
