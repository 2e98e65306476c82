"""A negotiation held to buy goods from a seller ("are negotiating to import maize from Y") is a negotiation with
that seller, both sides' act (events/meetings._seller, frames.json ``purchase_verbs``): the 046 turned round.
Must-not cases: a partner named in the negotiation's own slot stays the only one turned round ("negotiating with Z
to buy maize from Y"), an agreement to buy is no meeting, and a seller's goods bought with no negotiation are no
meeting. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Nairobi": "KENGOV", "Tanzania": "TZAGOV", "Uganda": "UGAGOV"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Nairobi is negotiating to import maize from Tanzania this spring.", "04",
     {("KENGOV", "TZAGOV", "046"), ("TZAGOV", "KENGOV", "046")}),
    ("Nairobi was negotiating to buy fertilizer from Tanzania.", "04",
     {("KENGOV", "TZAGOV", "046"), ("TZAGOV", "KENGOV", "046")}),
    # must-not: the partner in its own slot is the one met; agreeing or importing is no meeting
    ("Nairobi is negotiating with Uganda to import maize from Tanzania.", "04",
     {("KENGOV", "UGAGOV", "046"), ("UGAGOV", "KENGOV", "046")}),
    ("Nairobi agreed to import maize from Tanzania this spring.", "04", set()),
    ("Nairobi plans to import maize from Tanzania this spring.", "04", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_events_purchase_talks(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                               nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
