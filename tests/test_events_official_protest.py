"""A government that protests a thing complains officially (114, a verbal act), it does not demonstrate (14x):
"summoned the ambassador to protest the shooting". Anyone else's protest, or one with no object, stays a
demonstration. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str]]]] = [
    ("The Kenyan foreign ministry summoned the Ugandan ambassador to protest the shooting.",
     {"Kenyan foreign ministry": "KENGOV", "Ugandan ambassador": "UGAGOV"}, {("KENGOV", "110"), ("KENGOV", "114")}),
    ("The Kenyan parliament protested the killing of two students.",
     {"Kenyan parliament": "KENLEG"}, {("KENLEG", "114")}),
    # must not: demonstrators, or no object
    ("Kenyan traders protested the new taxes on Monday.", {"Kenyan traders": "KENBUS"}, {("KENBUS", "140")}),
    ("Kenyan officials protested outside the Ugandan embassy.",
     {"Kenyan officials": "KENGOV", "Ugandan embassy": "UGAGOV"}, {("KENGOV", "140")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_official_protest(text: str, actors: dict[str, str], want: set[tuple[str, str]],
                                 nlp: Language) -> None:
    got = {(e.source.code, e.cameo) for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("11", "14")}
    assert got == want
