"""A refusal is aimed at whom it waits for: "will not lift the trade embargo until Cuba reforms" rejects Cuba (12x), as
"refused to resume talks unless Uganda withdrew" rejects Uganda. An act done until something happened ("kept its
troops there until Somali forces arrived") is no refusal, and a condition with no actor names no target. A refusal
to tell ("declined to disclose the terms of the deal with Uganda", "refused to give details of its talks with X")
withholds words and rejects no one: an actor named in what is not told is its topic. Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The Kenyan president said he will not lift the trade embargo until Somalia undertakes reforms.",
     {"Kenyan president": "KENGOV", "Somalia": "SOM"}, {("KENGOV", "SOM", "1244")}),
    ("Kenya refused to resume talks unless Uganda withdrew its troops.",
     {"Kenya": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "125")}),
    # must not: an act done, or a condition no actor meets
    ("Kenya kept its troops in the town until Somali forces arrived.",
     {"Kenya": "KENGOV", "Somali forces": "SOMMIL"}, set()),
    ("The Kenyan president will not lift the trade embargo until the elections are over.",
     {"Kenyan president": "KENGOV"}, set()),
    ("Kenya declined to disclose the terms of its deal with Uganda.", {"Kenya": "KENGOV", "Uganda": "UGA"}, set()),
    ("Kenya refused to give details of its talks with Uganda.", {"Kenya": "KENGOV", "Uganda": "UGA"}, set()),
    ("Kenya refused to confirm the meeting with Ugandan officials.",
     {"Kenya": "KENGOV", "Ugandan officials": "UGAGOV"}, set()),
    # still aimed: a refusal to act
    ("Kenya refused to give aid to Uganda.", {"Kenya": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "122")}),
    ("Kenya declined to take part in Uganda's trade plan.", {"Kenya": "KENGOV", "Uganda": "UGA"},
     {("KENGOV", "UGA", "120")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_refusal_targets(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                                nlp: Language) -> None:
    assert coded_triples(nlp, text, actors, "12") == want
