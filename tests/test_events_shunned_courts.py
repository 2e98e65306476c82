"""Staying away from a court's proceeding is an act on the court the sentence names: "the dispute went before the
ICC, though X refused to attend the hearing" rejects the ICC (events/shunned_courts.py). Not a summit or other
thing that is no proceeding, not a court that is the refuser, not two courts. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The border quarrel came before the International Criminal Court in early June, though Ghana refused to "
     "attend the two-day hearing.",
     {"International Criminal Court": "IGOICC", "Ghana": "GHAGOV"}, {("GHAGOV", "IGOICC", "125")}),
    ("Peru refused to attend the trial, which the Chilean Supreme Court opened on Monday.",
     {"Chilean Supreme Court": "CHLJUD", "Peru": "PERGOV"}, {("PERGOV", "CHLJUD", "125")}),
    # must not: no court named, so no one the refusal is aimed at
    ("Ghana refused to attend the two-day hearing.", {"Ghana": "GHAGOV"}, set()),
    # must not: a summit is no proceeding; the court of the other clause is not its host
    ("The border quarrel came before the International Criminal Court in June, but Ghana refused to attend the "
     "summit.",
     {"International Criminal Court": "IGOICC", "Ghana": "GHAGOV"}, set()),
    # must not: two courts, which of them holds the hearing is not said
    ("After the Chilean Supreme Court ruled, Peru refused to attend the hearing at the International Criminal "
     "Court.",
     {"Chilean Supreme Court": "CHLJUD", "International Criminal Court": "IGOICC", "Peru": "PERGOV"},
     {("PERGOV", "IGOICC", "125")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_shunned_courts(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                               nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("12", "14")}
    assert got == want


def test_events_shunned_courts_not_the_refusing_court(nlp: Language) -> None:
    text = "The Chilean Supreme Court refused to hold the hearing."
    got = [e for e in coded_events(nlp, text, {"Chilean Supreme Court": "CHLJUD"}) if e.cameo[:2] == "12"]
    assert all(e.target is None or e.target.code != "CHLJUD" for e in got)
