"""Highlighting or spotlighting another's violations or abuses criticises their owner (triggers.tsv: highlight /
spotlight + violation|abuse -> 111): "the minister highlighted the junta's violation of press freedom" is the
minister's criticism of the junta. Must-not cases: highlighting a thing that is no wrong ("the importance of
rights", "the plight of refugees"). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Chile's foreign minister": "CHLGOV", "the Bolivian junta": "BOLGOV", "Peruvian police": "PERCOP",
          "the Chilean envoy": "CHLGOV"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Chile's foreign minister highlighted the Bolivian junta's violation of press freedom in a speech.",
     {("CHLGOV", "BOLGOV", "111")}),
    ("At the forum, the Chilean envoy spotlighted abuses by Peruvian police against protesters.",
     {("CHLGOV", "PERCOP", "111")}),
    # must-not: what is highlighted is no wrong
    ("Chile's foreign minister highlighted the importance of press freedom in the Bolivian junta's region.", set()),
    ("The Chilean envoy highlighted the plight of refugees fleeing the Bolivian junta.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_highlighted_wrong_criticises_its_owner(text: str, want: set[tuple[str, str | None, str]],
                                                nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "11") == want
