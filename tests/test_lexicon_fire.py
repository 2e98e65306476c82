"""The verb "fire": firing on or at someone, or firing shots, rounds or missiles, is an attack; firing a person
("fired the police chief") is a dismissal, no attack. Sentences written for these tests; actors marked by string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None]]]] = [
    ("Kenyan troops fired on Somali militants near the border.",
     {"Kenyan troops": "KENMIL", "Somali militants": "SOMREB"}, {("KENMIL", "SOMREB")}),
    ("Kenyan police fired live rounds at Somali protesters.",
     {"Kenyan police": "KENCOP", "Somali protesters": "SOMCVL"}, {("KENCOP", "SOMCVL")}),
    ("Kenyan troops fired warning shots at Somali fishermen.",
     {"Kenyan troops": "KENMIL", "Somali fishermen": "SOMCVL"}, {("KENMIL", "SOMCVL")}),
    # must not: a dismissal
    ("The Kenyan president fired Uganda's ambassador over the killings.",
     {"Kenyan president": "KENGOV", "Uganda": "UGA"}, set()),
    ("The Kenyan president fired the Somali envoy last week.",
     {"Kenyan president": "KENGOV", "Somali envoy": "SOMGOV"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_fire_attacks_but_not_dismissals(text: str, actors: dict[str, str], want: set[tuple[str, str | None]],
                                                 nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None)
           for e in coded_events(nlp, text, actors) if e.cameo.startswith("19")}
    assert got == want
