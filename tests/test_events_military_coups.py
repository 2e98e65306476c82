"""A coup the sentence calls military is the act of the armed forces of the country whose ruler it removes
(events/military_coups.py): with a leader coded by a government office, the source is that country's military.

Must-not cases: a coup not called military keeps its leader (and is dropped when he has the ruler's code), a
leader who is already armed or of another country stays, a coup with no ruler as target codes nothing. Sentences
written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Ruto": "KENGOV", "President Kibet": "KENGOV", "the Shining Path": "PERREB", "Chile": "CHLGOV",
          "General Mwangi": "KENMIL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Ruto was deposed in a military coup led by President Kibet last spring.", {("KENMIL", "KENGOV", "170")}),
    ("Ruto was toppled in a military coup led by General Mwangi in 2019.", {("KENMIL", "KENGOV", "170")}),
    # must-not: not called military, a leader of another country, no ruler as target
    ("Ruto was ousted in a coup led by President Kibet last spring.", set()),
    ("Ruto was toppled in a coup in 2019.", set()),
    ("Ruto was toppled in a military coup led by the Shining Path in 2019.", {("PERREB", "KENGOV", "170")}),
    ("Many in Chile fear a military coup after the vote.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_military_coups_source_is_the_ruler_countrys_forces(text: str, want: set[tuple[str, str | None, str]],
                                                            nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "17") == want
