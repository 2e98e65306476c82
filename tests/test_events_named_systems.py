"""A weapon system named in an event noun's phrase qualifies the noun's entry that needs a weapon word
(events/arms_trade.py ``system_words``, used by nominal.noun_entry): "India's test of S-400 components" is a weapons
test (150) as "India's missile test" is, also with the "of" phrase hung on a time word ("the test Monday of S-400
parts") or the name on the noun ("an S-400 test").

Must-not cases: a name that is also a common word, written in lower case ("the patriot law"), and a test of anything
that is no weapon ("a vaccine", "patience"). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"India": "INDGOV", "Chile": "CHLGOV"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("India's test of S-400 components last week worried Chile.", {("INDGOV", None, "150")}),
    ("India's test Monday of S-400 parts worried Chile.", {("INDGOV", None, "150")}),
    ("India's S-400 test last week worried Chile.", {("INDGOV", None, "150")}),
    ("India's test of a new Patriot battery last week worried Chile.", {("INDGOV", None, "150")}),
    # must-not: a lower-case common word, a test of no weapon
    ("India's test of the new patriot law last week worried Chile.", set()),
    ("India's test of a new vaccine last week worried Chile.", set()),
    ("India's test of Chile's patience went on for months.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_named_systems_qualify_a_weapons_test(text: str, want: set[tuple[str, str | None, str]],
                                              nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "15") == want
