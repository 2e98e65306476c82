"""Bare group nouns whose own clause brings a lawsuit are civil-society plaintiffs (``actors/plaintiffs.py``):
"criticized the groups bringing the lawsuits" in a story set in one country are that country's NGOs."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors.knowledge import KnowledgeBase
from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)
STORY = ("MASERU — Lesotho's cabinet met on Monday. Lesotho's police chief resigned. "
         "Lesotho said the inquiry into the prison deaths would go on. ")


def _codes(nlp: Any, kb: KnowledgeBase, last: str) -> dict[str, str]:
    """Mention text -> code in the sentence ``last`` closing the Lesotho story."""
    return story_codes(nlp, kb, STORY + last, ON)


@pytest.mark.model
def test_actors_plaintiffs_groups_bringing_a_suit_are_the_storys_ngos(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(nlp, kb, "Lesotho's justice minister rejected the claims and mocked the groups bringing the suits.")
    assert codes.get("groups") == "LSONGO"
    codes = _codes(nlp, kb, "Lesotho's police chief met the organizations that filed the petition on Friday.")
    assert codes.get("organizations") == "LSONGO"


@pytest.mark.model
def test_actors_plaintiffs_not_groups_the_suit_names_nor_outside_a_story(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: groups the suit is aimed at or named in, groups with no suit, a sentence of two countries
    for last in ("Lesotho's justice minister met the groups named in the lawsuit on Friday.",
                 "Lesotho's justice minister met the groups targeted by the complaint on Friday.",
                 "Lesotho's justice minister met the groups bringing food to the prisons on Friday.",
                 "Lesotho and Namibia criticized the groups bringing the suits on Friday."):
        assert "groups" not in _codes(nlp, kb, last), last
    # a text of one sentence is no story set anywhere
    assert "groups" not in story_codes(
        nlp, kb, "Lesotho's justice minister mocked the groups bringing the suits.", ON)


@pytest.mark.model
def test_actors_plaintiffs_the_states_criticism_is_aimed_at_them() -> None:
    text = STORY + "Lesotho's officials have denied the claims while criticizing the groups that brought the suits."
    [done] = code_documents([Document("d", text, published=ON)], load_resources(Settings()))
    coded = {(e.source.code, e.target.code if e.target else None, e.cameo)
             for e in done.events if e.sentence_index == 3}
    assert ("LSOGOV", "LSONGO", "111") in coded
