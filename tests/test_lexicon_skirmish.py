"""Small fights named as nouns (triggers.tsv): a skirmish (190, joint and weak, as a clash) and a shootout (193, as
a gunfight) with or between armed sides are each side's fight on the other. Must-not cases: a skirmish of words
between bodies of one state, a skirmish with no party named. Sentences written for these tests; actors marked by
exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Indian troops": "INDMIL", "Chinese troops": "CHNMIL", "Kenyan police": "KENCOP",
          "al-Shabab militants": "SOMREB", "Kenya's parliament": "KENLEG", "the treasury": "KENGOV"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Indian troops were hurt in a skirmish with Chinese troops on Monday.", "19",
     {("INDMIL", "CHNMIL", "190"), ("CHNMIL", "INDMIL", "190")}),
    ("A shootout between Kenyan police and al-Shabab militants near Lamu left two dead.", "19",
     {("KENCOP", "SOMREB", "193"), ("SOMREB", "KENCOP", "193")}),
    # must-not: no party named, a skirmish of words over a budget
    ("A brief skirmish broke out near the border on Monday.", "19", set()),
    ("The skirmish over the budget between Kenya's parliament and the treasury continued.", "19", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_skirmish_and_shootout(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                               nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
