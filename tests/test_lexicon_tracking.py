"""Tracking a person's movements or whereabouts: police or an agency following where someone goes is an
investigation of that person (091), aimed at the one whose movements they are. "Track" with other objects (a
storm, prices, progress) codes nothing. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Bolivian police had tracked the movements of the smuggling boss Hugo Quispe for months.",
     {"Bolivian police": "BOLCOP", "smuggling boss Hugo Quispe": "BOLCRM"}, {("BOLCOP", "BOLCRM", "091")}),
    ("Investigators in La Paz tracked the whereabouts of the smuggling boss Hugo Quispe.",
     {"Investigators in La Paz": "BOLCOP", "smuggling boss Hugo Quispe": "BOLCRM"}, {("BOLCOP", "BOLCRM", "091")}),
    ("Bolivian police tracked the movements of the storm across the lowlands.",
     {"Bolivian police": "BOLCOP"}, set()),
    ("The central bank of Bolivia tracked the price of tin exported to Chile.",
     {"central bank of Bolivia": "BOLGOV", "Chile": "CHL"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_tracking(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                          nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want
