"""A measure undone, told as the object of a verb ("announced the lifting of sanctions on Y"): the easing (085)
of the measure on Y (events/matching._UNDOING keeps the verb from matching "announce sanctions", 163;
events/nominal.noun_frame takes the target phrase hung on the noun's "of" object). Must-not cases: sanctions
announced (stay 163), a withdrawal of another state's troops announced (no target named). Sentences written for
these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"The United States": "USA", "Iran": "IRN", "The European Union": "IGOEU", "Syria": "SYR",
          "Russia": "RUS", "US troops": "USAMIL"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("The United States announced the lifting of sanctions on Iran.", "08", {("USA", "IRN", "085")}),
    ("The European Union announced the easing of sanctions against Syria.", "08", {("IGOEU", "SYR", "085")}),
    # must-not: sanctions announced are imposed, not eased; a withdrawal of others' troops names no target
    ("The United States announced the lifting of sanctions on Iran.", "16", set()),
    ("The United States announced new sanctions on Iran.", "08", set()),
    ("Russia announced the withdrawal of US troops.", "08", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_undone_measures(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
