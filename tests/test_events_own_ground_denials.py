"""A rejected or denied accusation whose only party found is a place in the denier's own country is a denial (016),
not a rejection of that place: "Kenya rejected accusations of torture in Mombasa" names no accuser. A foreign
place or a named accuser keeps the rejection (120). Sentences written for these tests; actors marked by string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The Kenyan government rejected accusations of torture in Mombasa.",
     {"Kenyan government": "KENGOV", "Mombasa": "KEN"}, {("KENGOV", None, "016")}),
    ("The Kenyan government denied allegations of abuses in Mombasa on Monday.",
     {"Kenyan government": "KENGOV", "Mombasa": "KEN"}, {("KENGOV", None, "016")}),
    # must not: a named accuser is rejected
    ("The Kenyan government rejected accusations by the Ugandan government.",
     {"Kenyan government": "KENGOV", "Ugandan government": "UGAGOV"}, {("KENGOV", "UGAGOV", "120")}),
    # must not: a rejection that is no denial of a claim keeps its place target
    ("The Kenyan government rejected the demands of the Somali government.",
     {"Kenyan government": "KENGOV", "Somali government": "SOMGOV"}, {("KENGOV", "SOMGOV", "120")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_own_ground_denial(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                                  nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("01", "12")}
    assert got == want
