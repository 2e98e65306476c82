"""A measure suspended, paused, postponed or waived, named as a noun (triggers.tsv: 'suspension', 'pause',
'postponement', 'waiver' qualified by a sanction or customs charge -> 085, as 'lifting' and 'easing'): the easing
of the measure on its target; so is relief from a measure ("sanctions relief", "relief from sanctions"), which a verb
of it does not turn into the measure. Must-not cases: the suspension of talks or of aid (not a measure eased),
sanctions announced (stay 163), relief alone (aid). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"The United States": "USA", "Iran": "IRN", "Washington": "USAGOV", "Canadian steel": "CAN",
          "Kenya": "KENGOV", "Somalia": "SOMGOV", "The U.S.": "USA", "Eritrea": "ERI", "Norway": "NORGOV"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("The United States announced the suspension of sanctions on Iran.", "08", {("USA", "IRN", "085")}),
    ("The U.S. suspension of tariffs on Canadian steel surprised markets.", "08", {("USA", "CAN", "085")}),
    ("Washington's waiver of sanctions on Iran angered Israel.", "08", {("USAGOV", "IRN", "085")}),
    # must-not: a suspension of talks is no measure eased; sanctions announced are imposed
    ("Kenya's suspension of talks with Somalia surprised observers.", "08", set()),
    ("The United States announced new sanctions on Iran.", "08", set()),
    # relief from a measure is its easing, named by a compound or a "from" phrase; a verb of the relief does not
    # act with the measure ("extended sanctions relief" is not "extended sanctions")
    ("Norway extended sanctions relief for Eritrea by a year.", "", {("NORGOV", "ERI", "085")}),
    ("Norway announced relief from sanctions on Eritrea.", "", {("NORGOV", "ERI", "085")}),
    # must-not: relief alone is aid, not a measure eased
    ("Norway sent relief to Eritrea after the storm.", "08", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_paused_measures(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
