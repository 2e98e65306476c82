"""Business people of a one-country story take its country (``knowledge.DOCUMENT_TRADERS``), as its officials do;
business institutions ("companies", "investors", "banks") do not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors.knowledge import KnowledgeBase
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)
STORY = ("LUSAKA — Zambia's agriculture ministry banned maize exports on Monday. "
         "Zambia's government said the ban would last three months. ")


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``, with the whole text as its document."""
    return story_codes(nlp, kb, text, ON)


@pytest.mark.model
def test_traders_are_the_documents(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "ZMBBUS" in _codes(nlp, kb, STORY + "The minister urged grain traders to register their stocks.").values()
    assert "ZMBBUS" in _codes(nlp, kb, STORY + "At a meeting with millers and shop owners, officials defended the ban."
                              ).values()
    assert "ZMBBUS" in _codes(nlp, kb, STORY + "Market vendors protested outside the ministry.").values()


@pytest.mark.model
def test_institutions_and_single_sentences_are_not(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "ZMBBUS" not in _codes(nlp, kb, STORY + "The minister urged banks to lend to farmers.").values()
    assert "ZMBBUS" not in _codes(nlp, kb, STORY + "Investors sold the currency after the announcement.").values()
    assert "ZMBBUS" not in _codes(nlp, kb, "The minister urged grain traders to register their stocks.").values()
    assert "ZMBBUS" not in _codes(nlp, kb, STORY + "Officials met South African traders at the border.").values()
