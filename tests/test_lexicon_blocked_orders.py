"""Blocking, overturning or striking down another's order, decree, ban or law rejects its owner (triggers.tsv:
block/overturn/strike down + order|decree|directive|ban|policy|law|regulation -> 120): "a judge blocked the
administration's order" is the court's rejection of the government. Must-not cases: a thing that is no measure
("blocked the merger", "blocked the road" is a blockade, 144), a deportation (its possessor is the one
deported, never the target: the court halts its own government's act, events/court_rulings.py).
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"A U.S. federal judge": "USAJUD", "President Trump": "USAGOV", "Kenya's High Court": "KENJUD",
          "the Kenyan government": "KENGOV", "two Kenyan airlines": "KENBUS", "Ali Hassan": "KENCVL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("A U.S. federal judge blocked President Trump's executive order on citizenship.",
     {("USAJUD", "USAGOV", "120")}),
    ("Kenya's High Court struck down the Kenyan government's order to close the camp.",
     {("KENJUD", "KENGOV", "120")}),
    ("Kenya's High Court overturned the Kenyan government's ban on street protests.",
     {("KENJUD", "KENGOV", "120")}),
    # must-not: no measure of the owner's; a measure whose possessor is its patient is not aimed at that person
    # but is the court's own government's act
    ("Kenya's High Court blocked the merger of two Kenyan airlines.", set()),
    ("Kenya's High Court blocked Ali Hassan's deportation.", {("KENJUD", "KENGOV", "120")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_blocked_order_rejects_its_owner(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "12") == want
