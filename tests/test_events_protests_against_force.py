"""Ownerless protests told as going on beside a state force's act are the people's protests against that force
(events/protests_against_force.py): "police detained dozens, but the protests continue". Not protests with an
owner, not protests that are no subject of a verb of course, not beside a hedged act or forces of two countries.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Sudanese soldiers have intensified the crackdown in recent days, but the protests continue.",
     {"Sudanese soldiers": "SDNMIL"}, {("SDNCVL", "SDNMIL", "141")}),
    ("Belarusian police detained dozens of marchers in Minsk on Sunday, yet the demonstrations continued.",
     {"Belarusian police": "BLRCOP", "marchers": "BLRCVL"}, {("BLRCVL", "BLRCOP", "141")}),
    # must not: no act of state force in the sentence
    ("The protests continue in the capital.", {}, set()),
    # must not: the protests have an owner of their own, which says who protests
    ("Belarusian police detained dozens of marchers in Minsk, and the students' protests continued.",
     {"Belarusian police": "BLRCOP", "marchers": "BLRCVL"}, set()),
    # must not: the protests are no subject of a verb of course
    ("Belarusian police detained dozens of marchers in Minsk, though the protests were peaceful.",
     {"Belarusian police": "BLRCOP", "marchers": "BLRCVL"}, set()),
    # must not: the act of force is hedged
    ("Belarusian police may detain more marchers, but the protests continue.",
     {"Belarusian police": "BLRCOP", "marchers": "BLRCVL"}, set()),
    # must not: forces of two countries, whom the protests face is open
    ("Sudanese soldiers and Chadian police detained dozens of traders at the border, but the protests continue.",
     {"Sudanese soldiers": "SDNMIL", "Chadian police": "TCDCOP", "traders": "SDNBUS"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_protests_against_force(text: str, actors: dict[str, str],
                                       want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.cameo[:2] == "14"}
    assert got == want
