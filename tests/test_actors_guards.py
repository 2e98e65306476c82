"""Bare "guards" are a state's guards (sectors.json COP, as "prison guards" and "border guards" were): in a story
about one country, "prisoners exchanged gunfire with guards" is a clash with that country's guards. Must-not cases:
a name with the word in it ("the Revolutionary Guards") stays that name's; a single sentence is no document, so
bare guards there take no country. Stories written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)
STORY = ("PORT-AU-PRINCE — Haiti's police searched the capital on Monday. "
         "Haiti's government declared a curfew in Port-au-Prince. ")


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``, with the whole text as its document."""
    return story_codes(nlp, kb, text, ON)


@pytest.mark.model
def test_bare_guards_are_the_documents_police(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, STORY + "Armed prisoners exchanged gunfire with guards before they fled.")
    assert found.get("guards") == "HTICOP"


@pytest.mark.model
def test_guards_in_a_name_or_a_single_sentence(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, STORY + "Iran's Revolutionary Guards seized a tanker.")
    assert not any(code == "HTICOP" for code in found.values())
    assert "HTICOP" not in _codes(nlp, kb, "Armed prisoners exchanged gunfire with guards.").values()
