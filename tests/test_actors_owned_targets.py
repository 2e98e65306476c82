"""A thing a sector owns ("a military vehicle", "army positions", "the constitution", ``owned_nouns``), written
with no country of its own as the object of an act in a story about one country, is that country's sector's
(agents.document_agents): an attack on it targets its owner, and rejecting the constitution targets the state's
government. Must-not cases: a country in its own words ("a Malian army base" is Mali's), a single sentence (no
document), a thing that is no sector's. Stories written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)
STORY = "NIAMEY — Niger's military rulers met on Monday. Niger has closed its borders with Benin. "


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``, with the whole text as its document."""
    return story_codes(nlp, kb, text, ON)


@pytest.mark.model
def test_owned_object_is_the_documents_sectors(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, STORY + "Jihadists took credit for attacking a military convoy near the border.")
    assert "NERMIL" in found.values()
    found = _codes(nlp, kb, STORY + "Gunmen attacked army positions overnight.")
    assert found.get("army positions") == "NERMIL"


@pytest.mark.model
def test_owned_object_not_placed_elsewhere(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, STORY + "Jihadists attacked a Malian army base near the border.")
    assert "MLIMIL" in found.values() and "NERMIL" not in found.values()
    assert _codes(nlp, kb, "Jihadists attacked a military convoy near the border.") == {}
    found = _codes(nlp, kb, STORY + "Jihadists attacked a gold mine near the border.")
    assert set(found) == {"Jihadists"}


@pytest.mark.model
def test_owned_constitution_is_the_documents_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, STORY + "Opposition parties were quick to reject the draft constitution on Tuesday.")
    assert found.get("draft constitution") == "NERGOV"


@pytest.mark.model
def test_owned_constitution_not_placed_elsewhere_or_alone(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, STORY + "Opposition parties rejected the Malian constitution on Tuesday.")
    assert "NERGOV" not in found.values()
    assert "constitution" not in _codes(nlp, kb, "Opposition parties rejected the constitution on Tuesday.")
