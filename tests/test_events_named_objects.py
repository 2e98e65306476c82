"""A "what" clause that names the thing a verb acts on stands as the verb's object (events/named_objects.py):
"Japan levied what its critics called a harsh tariff on Indian rice", "imposed what officials said was a
punishing duty on X" -> the levier, 163, on the owner of the goods. Must-not cases: a verb that acts on nothing
("weighed what X called a tariff"), a "what" clause that names nothing ("said what it wanted"), and a clause
not opened by "what". Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Japan": "JPN", "Indian": "IND", "Russia": "RUS", "Ukrainian": "UKR", "Modi": "INDGOV"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Japan levied what Modi called a harsh 40% tariff on Indian rice.", {("JPN", "IND", "163")}),
    ("Japan imposed what officials said was a punishing duty on Indian rice.", {("JPN", "IND", "163")}),
    ("Russia imposed what Modi described as new sanctions on Ukrainian banks.", {("RUS", "UKR", "163")}),
    # must-not: a verb that does not act on the named thing, a clause naming nothing
    ("Japan weighed what Modi called a harsh tariff on Indian rice.", set()),
    ("Japan said what it wanted from Russia.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_named_objects(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "16") == want
