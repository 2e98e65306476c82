"""Territory taken with no one named it is taken from: the other side of the source's fight in the same sentence
(events/captured_from.py). Sentences written for these tests; actors marked by exact string, as in the golden
cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

Want = set[tuple[str, str | None, str]]

CASES: list[tuple[str, dict[str, str], Want]] = [
    # the fight names the forces the territory is taken from
    ("Houthi rebels stepped up attacks on Yemeni government forces and captured new territory.",
     {"Houthi rebels": "YEMREB", "Yemeni government forces": "YEMMIL"}, {("YEMREB", "YEMMIL", "192")}),
    ("Islamist militants attacked Malian soldiers, capturing two districts.",
     {"Islamist militants": "MLIREB", "Malian soldiers": "MLIMIL"}, {("MLIREB", "MLIMIL", "192")}),
    # not: the taking names its own target
    ("Islamist militants attacked Malian soldiers and seized two districts from Burkinabe troops.",
     {"Islamist militants": "MLIREB", "Malian soldiers": "MLIMIL", "Burkinabe troops": "BFAMIL"},
     {("MLIREB", "BFAMIL", "192")}),
    # not: the fight is against civilians
    ("Islamist militants attacked Malian villagers and seized two districts.",
     {"Islamist militants": "MLIREB", "Malian villagers": "MLICVL"}, {("MLIREB", None, "192")}),
    # not: another side takes the territory
    ("Islamist militants attacked Malian soldiers as Burkinabe rebels seized two districts.",
     {"Islamist militants": "MLIREB", "Malian soldiers": "MLIMIL", "Burkinabe rebels": "BFAREB"},
     {("BFAREB", None, "192")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_captured_from(text: str, actors: dict[str, str], want: Want, nlp: Language) -> None:
    assert coded_triples(nlp, text, actors, "192") == want
