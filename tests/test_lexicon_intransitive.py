"""Verbs whose protest sense takes no object (lexicon flag ``intransitive``): "demonstrated against X" and
"rallied outside the embassy" are protests, "demonstrated its resolve", "demonstrates that X" and "rallied its
supporters" are not. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Kenyan students demonstrated against the Ugandan government on Monday.",
     {"Kenyan students": "KENEDU", "Ugandan government": "UGAGOV"}, {("KENEDU", "UGAGOV", "141")}),
    ("Serbian nationalists rallied against the Kosovo government in the north.",
     {"Serbian nationalists": "SRBOPP", "Kosovo government": "XKXGOV"}, {("SRBOPP", "XKXGOV", "141")}),
    ("The Japanese navy held drills near Okinawa to demonstrate its strength to China.",
     {"Japanese navy": "JPNMIL", "China": "CHN"}, set()),
    ("The Kenyan government demonstrated its resolve against the Ugandan government.",
     {"Kenyan government": "KENGOV", "Ugandan government": "UGAGOV"}, set()),
    ("The Kenyan government demonstrated that the Ugandan government had lied.",
     {"Kenyan government": "KENGOV", "Ugandan government": "UGAGOV"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_intransitive_protest(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                                      nlp: Language) -> None:
    assert coded_triples(nlp, text, actors, "14") == want
