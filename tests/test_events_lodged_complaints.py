"""Complaints lodged by asking for dispute consultations (events/lodged_complaints.py, with the qualified lexicon
entry "dispute" consultation -> 114): the requester complains officially against the party the consultations are
with. Must-not cases: plain consultations asked for stay an appeal, dispute consultations held stay consultations.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Brazil": "BRA", "India": "IND", "Mexico": "MEX", "the United States": "USA", "Japan": "JPN",
          "South Korea": "KOR", "the World Trade Organization": "IGOWTO"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Brazil requested dispute consultations with India over its sugar subsidies.", "11",
     {("BRA", "IND", "114")}),
    ("Mexico asked for dispute consultations with the United States at the World Trade Organization.", "11",
     {("MEX", "USA", "114")}),
    # must-not: plain consultations asked for are an appeal; dispute consultations held are consultations
    ("Brazil requested consultations with India over its sugar subsidies.", "11", set()),
    ("Japan held dispute consultations with South Korea last week.", "11", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_dispute_consultations_asked_for(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                         nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
