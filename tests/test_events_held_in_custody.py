"""Holding or keeping someone in custody, detention, confinement, a prison or jail is an arrest or detention
(CAMEO 173: the converted "hold"/"keep" entries with those words), and told in the passive with no agent it is the
act of the state where it happens (``state_acts`` in frames.json, ``implied.implied_agents``), as "detained in X" is.
Must-not cases: hostages held in captivity, people held as human shields or held accountable are no custody
act of the state; a meeting held in a prison is a meeting. Sentences written for these tests; actors marked by
exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Hong Kong": "HKG", "Ethiopia": "ETH", "Kenyan journalist": "KENMED", "Ugandan police": "UGACOP",
          "opposition leader": "UGAOPP", "Mali": "MLI", "French aid workers": "FRACVL", "Mosul": "IRQ",
          "Iraqi civilians": "IRQCVL", "Congolese officials": "CODGOV", "Congolese rebels": "CODREB"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("The Kenyan journalist has been held in a military prison in Ethiopia since April.",
     {("ETHGOV", "KENMED", "173")}),
    ("The opposition leader was kept in detention in Hong Kong for a week.", {("HKGGOV", "UGAOPP", "173")}),
    ("Ugandan police held the opposition leader in custody for three days.", {("UGACOP", "UGAOPP", "173")}),
    # must-not: hostages in captivity are held by whoever took them, not the state where they are
    ("French aid workers were held in captivity in Mali for two years.", set()),
    # must-not: a human shield is no custody of the state
    ("Iraqi civilians were held as human shields in Mosul.", set()),
    # must-not: a meeting held in a prison is a meeting, not a detention
    ("Talks between Congolese officials and Congolese rebels were held in a prison near Goma.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_held_in_custody(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "17") == want
