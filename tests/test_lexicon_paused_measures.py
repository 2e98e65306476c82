"""A measure suspended, paused, postponed or waived, named as a noun (triggers.tsv: 'suspension', 'pause',
'postponement', 'waiver' qualified by a sanction or customs charge -> 085, as 'lifting' and 'easing'): the easing
of the measure on its target. Must-not cases: the suspension of talks or of aid (not a measure eased), sanctions
announced (stay 163). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"The United States": "USA", "Iran": "IRN", "Washington": "USAGOV", "Canadian steel": "CAN",
          "Kenya": "KENGOV", "Somalia": "SOMGOV", "The U.S.": "USA"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("The United States announced the suspension of sanctions on Iran.", "08", {("USA", "IRN", "085")}),
    ("The U.S. suspension of tariffs on Canadian steel surprised markets.", "08", {("USA", "CAN", "085")}),
    ("Washington's waiver of sanctions on Iran angered Israel.", "08", {("USAGOV", "IRN", "085")}),
    # must-not: a suspension of talks is no measure eased; sanctions announced are imposed
    ("Kenya's suspension of talks with Somalia surprised observers.", "08", set()),
    ("The United States announced new sanctions on Iran.", "08", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_paused_measures(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
