"""A judgement stated with a copula: "X has been critical of Y's plan" is X's criticism of Y (111, events/stances
stance_frame with frames.json stance_adjectives "critical"), as "X criticised Y's plan" is. Must-not cases: the
other sense ("X is critical to the talks": vital to them), a subject or an "of" phrase that names no actor, and
no judgement without its "of" phrase. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Germany": "DEU", "Russia": "RUS", "Kenya": "KEN", "Uganda": "UGA", "Sudan": "SDN"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Germany was critical of Russia's decision to expel two diplomats.", {("DEU", "RUS", "111")}),
    ("Kenya said it has been highly critical of Uganda's troop deployment.", {("KEN", "UGA", "111")}),
    # must-not: vital to something, no one judged
    ("Kenya is critical to the peace talks in Sudan.", set()),
    ("Kenya has been critical.", set()),
    ("The situation in Sudan is critical, Kenya said.", set()),
    ("Analysts were critical of Russia's decision.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_critical_of_is_criticism(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "11") == want
