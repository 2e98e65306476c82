"""Deadlines set on a named actor are ultimatums (events/deadlines.py): "gave X 14 days to leave", "has given X
until Saturday to release the hostages" -> 139 by the giver on X, the asked act absorbed (X's to do, not done).
Must-not cases: no infinitive (a jail term), no span of time (aid given), a passive (no giver named). Also the
lexicon's broken ceasefire (triggers.tsv: 'break' + ceasefire|truce -> 196, as 'breach' and 'violate'), and a threat
to break one. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "the rebels": "PERREB", "Bolivia": "BOLGOV"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Chile gave Peru 14 days to withdraw its troops.", "", {("CHLGOV", "PERGOV", "139")}),
    ("Chile has given the rebels until Saturday to release the prisoners.", "", {("CHLGOV", "PERREB", "139")}),
    ("Chile granted Peru 48 hours to present a plan.", "", {("CHLGOV", "PERGOV", "139")}),
    # must-not: a jail term, time not given, aid given for a purpose, a passive with no giver
    ("The court gave the rebels 14 days in jail.", "139", set()),
    ("Chile gave Peru aid to rebuild the port.", "139", set()),
    ("Peru was given 14 days to withdraw its troops.", "139", set()),
    # a ceasefire broken, and the threat to break one
    ("Chile broke the truce with the rebels on Monday.", "19", {("CHLGOV", "PERREB", "196")}),
    ("Peru threatened to break its ceasefire with Bolivia.", "13", {("PERGOV", "BOLGOV", "138")}),
    ("Peru broke with Bolivia over the ceasefire.", "19", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_deadlines(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
