"""Each coordinated act an appeal or a demand asks for with a request code of its own is a request of its own
("urged X to reduce hostilities and resume talks": 0256 and 026; events/asked_acts.py), and an infinitive the parser
hangs on "called on X" as a purpose clause is still what is asked. Must-not cases: two acts of one request code are
one request; an act the lexicon does not code adds nothing; an act fought, not asked, stays the doer's own.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Norway": "NORGOV", "Chile": "CHLGOV", "Bolivia": "BOLGOV", "Canada": "CANGOV", "Peru": "PERGOV",
          "Sweden": "SWEGOV", "Ecuador": "ECUGOV", "Ghana": "GHAGOV", "Togo": "TGOGOV", "Benin": "BENGOV",
          "Togolese army": "TGOMIL"}

Triple = tuple[str, str | None, str, str]

CASES: list[tuple[str, list[Triple]]] = [
    ("Canada urged Peru to release the detained fishermen and resume talks with Chile.",
     [("CANGOV", "PERGOV", "0253", "asserted"), ("CANGOV", "PERGOV", "026", "asserted")]),
    ("Ghana called on Togo and Benin to reduce hostilities and resume border talks.",
     [("GHAGOV", "BENGOV", "0256", "asserted"), ("GHAGOV", "BENGOV", "026", "asserted"),
      ("GHAGOV", "TGOGOV", "0256", "asserted"), ("GHAGOV", "TGOGOV", "026", "asserted")]),
    ("Sweden asked Ecuador to scale back its offensive against the rebels.",
     [("SWEGOV", "ECUGOV", "0256", "asserted")]),
    # must-not: one request code twice is one request; an uncoded act asks nothing; a plain appeal stays plain
    ("Norway asked Chile to lower its tariffs and ease its sanctions on Bolivia.",
     [("NORGOV", "CHLGOV", "0254", "asserted")]),
    ("Canada urged Peru to act quickly and show restraint.", [("CANGOV", "PERGOV", "020", "asserted")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_asked_acts_each_a_request(text: str, want: list[Triple], nlp: Language) -> None:
    got = sorted((e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
                 for e in coded_events(nlp, text, ACTORS) if e.source.code == want[0][0])
    assert got == want


def test_asked_acts_fighting_reduced_is_the_doers_act(nlp: Language) -> None:
    """Reducing hostilities that no one asked for is the doer's own de-escalation, not a request."""
    got = {(e.source.code, e.cameo[:2]) for e in coded_events(nlp, "The Togolese army reduced hostilities near "
                                                                   "the border in March.", ACTORS)}
    assert got == {("TGOMIL", "08")}
