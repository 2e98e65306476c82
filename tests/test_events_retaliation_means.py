"""Retaliation by a customs or sanction measure names whom it hits in the measure's "on" phrase as well as its
"against" one ("Chile retaliated with duties on Peruvian copper": CAMEO 163 on Peru; said as possible by its doer,
a threat, 1312), and a preposition coordinated with the target one names a target too ("tariffs on Peruvian fish
and on Bolivian gas": both; ``roles.prep_objects``). A measure with no party in its phrase, a forecast by others,
and a coordinated preposition of another kind ("with X and about Y") name no target.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ANDEAN = {"Chile": "CHL", "Peruvian": "PER", "Bolivian": "BOL", "Peru": "PER", "Bolivia": "BOL",
          "Lima": "PERGOV", "Santiago": "CHLGOV", "analysts": "---CVL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Chile retaliated with duties on Peruvian copper.", {("CHL", "PER", "163")}),
    ("Chile retaliated last week with sanctions on Peru.", {("CHL", "PER", "163")}),
    ("Santiago signalled that it could retaliate with levies on Peruvian fruit and on Bolivian gas.",
     {("CHLGOV", "PER", "1312"), ("CHLGOV", "BOL", "1312")}),
    ("Chile imposed tariffs on Peruvian fish and on Bolivian gas.", {("CHL", "PER", "163"), ("CHL", "BOL", "163")}),
    ("Chile held talks with Peru and with Bolivia.",  # talks are mutual: each side meets the other
     {("CHL", "PER", "040"), ("PER", "CHL", "040"), ("CHL", "BOL", "040"), ("BOL", "CHL", "040")}),
    # must not: no party in the measure's phrase, a forecast by others, another kind of coordinated preposition
    ("Chile retaliated on Monday with tariffs.", set()),
    ("Chile held talks with Peru and about Bolivia.", {("CHL", "PER", "040"), ("PER", "CHL", "040")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_retaliation_means(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ANDEAN)}
    assert got == want


def test_retaliation_forecast_by_others_is_no_threat(nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, "Analysts said Chile could retaliate with duties on Peruvian copper.", ANDEAN)}
    assert not any(cameo.startswith("13") for _, _, cameo, _ in got)
    assert all(modality == "hypothetical" for *_, modality in got if _[0] == "CHL")
