"""A bar on entering a country that names no agent is that country's sanction on whom it keeps out
(events/entry_bans.py): "the minister was banned from entering Britain", "under the new rules, the minister and his
sons are barred from travel to Canada" -> the country, 163. Must-not cases: the bar names its doer
("by a court"), keeps from no entry ("from the summit", "from competing"), names no state entered ("the
building"), or keeps a country's people at large from travelling abroad ("Americans are barred from travelling to
North Korea", which their own country may bar). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"The Iranian minister": "IRNGOV", "the Iranian minister": "IRNGOV", "Britain": "GBR",
          "the United States": "USA", "Russian diplomats": "RUSGOV", "Americans": "USA", "North Korea": "PRK",
          "Iranian athletes": "IRN", "Washington": "USAGOV", "Canada": "CAN"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("The Iranian minister was banned from entering Britain last year.", {("GBR", "IRNGOV", "163")}),
    ("Under the new rules, the Iranian minister and his sons are barred from travel to Canada.",
     {("CAN", "IRNGOV", "163")}),
    ("Russian diplomats were barred from entry into Britain.", {("GBR", "RUSGOV", "163")}),
    ("Americans are barred from entering North Korea.", {("PRK", "USA", "163")}),
    # must-not: the bar's own doer, no entry, no state entered, a people kept from travelling abroad
    ("The Iranian minister was banned from entering Britain by a court.", set()),
    ("The Iranian minister was barred from the summit.", set()),
    ("Iranian athletes were banned from competing in Britain.", set()),
    ("The Iranian minister was barred from entering the building.", set()),
    ("Americans are barred from travelling to North Korea.", set()),
    # a bar with its doer named keeps it ("Washington barred X from entering the United States")
    ("Washington barred the Iranian minister from entering the United States.", {("USAGOV", "IRNGOV", "172")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_entry_bans(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "1") == want
