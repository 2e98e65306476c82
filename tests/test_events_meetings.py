"""A meeting set in a clause of telling has the addressee as its other party (events/meetings.py): "X told Y in a
phone call that ..." is X's call with Y. Must-not cases beside: the press is no partner, a meeting with no addressee
gains none, a letter is no meeting, and talks told about are no setting. Sentences written for these
tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Row = tuple[str, str | None, str]
LEADERS = {"Kagame": "RWAGOV", "Museveni": "UGAGOV", "Ruto": "KENGOV", "Iran": "IRN", "reporters": "---MED"}

CASES: list[tuple[str, set[Row]]] = [
    ("Kagame told Museveni in a phone call last week that Rwanda would reopen the border.",
     {("RWAGOV", "UGAGOV", "041")}),
    ("Kagame and Ruto told Museveni in phone conversations that they would reopen the border.",
     {("RWAGOV", "UGAGOV", "041"), ("KENGOV", "UGAGOV", "041")}),
    ("Kagame told Museveni during talks in Entebbe that Rwanda would reopen the border.",
     {("RWAGOV", "UGAGOV", "040")}),
]

MUST_NOT: list[tuple[str, set[Row]]] = [
    # talking to the press is a statement, not a meeting
    ("Kagame told reporters in a phone call that Rwanda would reopen the border.", set()),
    # no addressee: no partner
    ("Kagame said in a phone call that Rwanda would reopen the border.", set()),
    # a letter is no meeting: telling in one makes no consultation
    ("Kagame told Museveni in a letter that Rwanda would reopen the border.", set()),
    # talks that are what is told about are no setting of the telling
    ("Kagame told Museveni that the talks with Iran had failed.", set()),
]


def _rows(text: str, nlp: Language) -> set[Row]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in coded_events(nlp, text, LEADERS) if e.cameo.startswith("04")}


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_meetings_addressee_is_the_other_party(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want


@pytest.mark.parametrize("text,want", MUST_NOT, ids=[c[0][:40] for c in MUST_NOT])
def test_meetings_no_addressee_partner(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want
