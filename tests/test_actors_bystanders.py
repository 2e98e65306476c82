"""People named only by what they were doing where they were hurt ("motorists", "worshippers", "commuters",
"mourners") are civilians (sectors.json CVL): with a country on them or in a story about one country they are that
country's. Must-not cases: a single sentence is no document, so bare bystanders there take no country; a name with
the word in it is no group. Stories written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)
STORY = ("NAIROBI — Kenya's police searched the capital on Monday. "
         "Kenya's government declared a curfew in Nairobi. ")


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``, with the whole text as its document."""
    return story_codes(nlp, kb, text, ON)


@pytest.mark.model
def test_bystanders_are_the_documents_civilians(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, STORY + "Gunmen attacked motorists on the highway.").get("motorists") == "KENCVL"
    assert _codes(nlp, kb, STORY + "The bomb killed 12 worshippers at the mosque.").get("worshippers") == "KENCVL"
    assert _codes(nlp, kb, STORY + "Mourners marched to the police station.").get("Mourners") == "KENCVL"
    assert "KENCVL" in _codes(nlp, kb, STORY + "Kenyan commuters were robbed by armed men.").values()


@pytest.mark.model
def test_bystanders_in_a_single_sentence_or_a_name(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, "Gunmen attacked motorists on the highway.") == {}
    assert "KENCVL" not in _codes(nlp, kb, STORY + "The Pilgrims Society hosted a dinner.").values()
