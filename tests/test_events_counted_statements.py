"""Statements counted or grouped by a noun that the issuing verb governs: "put out a series of warnings demanding
Y ...", "sent a string of letters urging Y to ...". The issuer of the counting noun speaks through each
statement it counts, as it does through "issued a statement urging Y to ..." (events/speech.py ``issuer``, through
events/governed.py ``counted_slot``). Who rejects or receives such statements did not issue them, and a count of
statements that demand nothing is no demand. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

_REQUESTS = ("02", "10")
"""CAMEO roots of appeals (02x) and demands (10x)."""

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None]]]] = [
    ("The Kenyan government put out a series of warnings demanding that Uganda pull its troops off the frontier.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA")}),
    ("The Kenyan government sent a string of letters urging Uganda to reopen the border crossing at Busia.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA")}),
    # must not: who rejects or receives the statements did not issue them
    ("The Kenyan government rejected a series of warnings demanding that Uganda pull its troops off the frontier.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, set()),
    ("The Ugandan cabinet received a string of letters urging Tanzania to reopen the border crossing at Mutukula.",
     {"Ugandan cabinet": "UGAGOV", "Tanzania": "TZA"}, set()),
    # must not: a count of statements that ask nothing of anyone
    ("The Kenyan government issued a series of reports on the Ugandan economy last year.",
     {"Kenyan government": "KENGOV", "Ugandan": "UGA"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_counted_statements(text: str, actors: dict[str, str], want: set[tuple[str, str | None]],
                                   nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None)
           for e in coded_events(nlp, text, actors) if e.modality == "asserted" and e.cameo.startswith(_REQUESTS)}
    assert got == want
