"""Acts the trigger lexicon names by verb and object (issue 16): an armed attack on a government's forces is an
attack (190), not criticism, though 'attack' + a government's plan stays criticism (111); turning suspects over to
a state is judicial cooperation (063), like handing them over; troops that stay on alert show force (152); using or
holding civilians as human shields is an assault (184); opposing what a state does is disapproval (110), while
opposing its proposal stays a rejection (120). The same verbs with other objects code nothing.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Rebel fighters attacked Chadian government troops near the border on Sunday.",
     {"Rebel fighters": "TCDREB", "Chadian government troops": "TCDMIL"}, {("TCDREB", "TCDMIL", "190")}),
    ("Gunmen attacked the court building of Peru in the capital.",
     {"Gunmen": "PERREB", "court building of Peru": "PERJUD"}, {("PERREB", "PERJUD", "190")}),
    ("The Polish opposition attacked the government's budget plan in parliament.",
     {"Polish opposition": "POLOPP", "government": "POLGOV"}, {("POLOPP", "POLGOV", "111")}),
    ("Thailand turned six fugitives over to Cambodia on Friday.",
     {"Thailand": "THA", "Cambodia": "KHM"}, {("THA", "KHM", "063")}),
    ("The Thai prime minister turned over a new page in his second year.",
     {"Thai prime minister": "THAGOV"}, set()),
    ("Greek troops remained on high alert along the border.", {"Greek troops": "GRCMIL"}, {("GRCMIL", None, "152")}),
    ("Greek officials remained alert to the risk of fraud.", {"Greek officials": "GRCGOV"}, set()),
    ("The rebels used Malian villagers as human shields.",
     {"rebels": "MLIREB", "Malian villagers": "MLICVL"}, {("MLIREB", "MLICVL", "184")}),
    ("The Malian army used the villagers as guides through the desert.",
     {"Malian army": "MLIMIL", "villagers": "MLICVL"}, set()),
    ("Chile strongly opposes Peru's new fishing policy.", {"Chile": "CHL", "Peru": "PER"}, {("CHL", "PER", "110")}),
    ("Chile opposed Peru's proposal at the meeting.", {"Chile": "CHL", "Peru": "PER"}, {("CHL", "PER", "120")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_acts(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                      nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want
