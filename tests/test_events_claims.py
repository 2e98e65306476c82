"""A claim of responsibility (015) is aimed at whom the act it claims hit, not at the place where it happened ("claimed
responsibility for the attack in Mandera" names no target); and a spokesman "for" a party speaks for it ("a spokesman
for al-Shabab claimed ..."). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Al-Shabab claimed responsibility for the attack in Mandera.",
     {"Al-Shabab": "SOMREB", "Mandera": "KEN"}, {("SOMREB", None, "015")}),
    ("A spokesman for al-Shabab claimed responsibility for the attack on Kenyan troops.",
     {"al-Shabab": "SOMREB", "Kenyan troops": "KENMIL"}, {("SOMREB", "KENMIL", "015")}),
    # must not: a party hit is the target, wherever the attack was
    ("Al-Shabab claimed responsibility for the attack on Kenyan troops in Mandera.",
     {"Al-Shabab": "SOMREB", "Kenyan troops": "KENMIL", "Mandera": "KEN"}, {("SOMREB", "KENMIL", "015")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_claims_of_responsibility(text: str, actors: dict[str, str],
                                         want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, actors, "01") == want
