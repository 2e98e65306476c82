"""Statement, diplomacy and legislative vocabulary and constructions: a legislature passing or voting on measures
against X (1312, triggers.tsv), a possessor's efforts to improve ties with X (050: events/aims.py ``striver_of``,
``effort_nouns`` in frames.json, asserted as under way), an act one is "close to" doing (future: an intent, 032,
events/modality.py), a legal contest lost to its winner (the winner's case, 115, events/received.py), and a state
named beside its own officials as one target (events/coder.py). Must-not cases: a budget measure, aid lost, a vote
against sanctions, an effort no one owns, a plan (not an effort), "came close to", a forecast ("said Y could"), two
states. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Row = tuple[str, str | None, str, str]
ACTORS = {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL", "Peruvian Senate": "PERLEG",
          "Chilean officials": "CHLGOV", "Peru's foreign minister": "PERGOV"}

CASES: list[tuple[str, set[Row]]] = [
    ("The Peruvian Senate passed legislation against Chile on Monday.", {("PERLEG", "CHL", "1312", "asserted")}),
    ("The Peruvian Senate passed legislation targeting Chile on Monday.", {("PERLEG", "CHL", "1312", "asserted")}),
    ("The Peruvian Senate will vote on measures against Chile next week.", {("PERLEG", "CHL", "1312", "future")}),
    ("The Peruvian Senate passed a budget measure on Monday.", set()),
    ("The Peruvian Senate voted against sanctions on Chile.", set()),
    ("Peru's latest efforts to improve ties with Chile have stalled.", {("PER", "CHL", "050", "asserted")}),
    ("The effort to improve ties with Chile stalled.", set()),
    ("Peru's plan to attack Chile failed.", set()),
    ("Peru's foreign minister suggested Chile should close its consulates in Lima.",
     {("PERGOV", "CHL", "020", "asserted")}),
    ("Peru imposed sanctions on Chile and Chilean officials on Monday.", {("PER", "CHLGOV", "163", "asserted")}),
    ("Peru is close to realigning with Chile.", {("PER", "CHL", "032", "future")}),
    ("Peru came close to attacking Chile.", set()),
    ("Peru lost the arbitration to Chile in 2016.", {("CHL", "PER", "115", "asserted")}),
    ("Peru launched arbitration against Chile.", {("PER", "CHL", "115", "asserted")}),
    ("Peru lost aid from Chile.", set()),
    ("Peru criticized Chile and Bolivia on Monday.",
     {("PER", "CHL", "111", "asserted"), ("PER", "BOL", "111", "asserted")}),
]

NO_APPEAL = [
    "Peru's foreign minister said Chile could close its consulates in Lima.",
]


def _rows(text: str, nlp: Language) -> set[Row]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS) if e.modality in ("asserted", "future", "alleged")}


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_statement_constructions(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want


@pytest.mark.parametrize("text", NO_APPEAL, ids=[t[:40] for t in NO_APPEAL])
def test_forecast_is_no_appeal(text: str, nlp: Language) -> None:
    assert not any(e.cameo.startswith("02") for e in coded_events(nlp, text, ACTORS))
