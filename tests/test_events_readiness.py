"""An act its source says it is willing, ready, prepared, inclined, eager or keen to do has not happened: it is
announced ("is willing to send resources to Colombia to help the country": an intent to aid, 033, future), as one it
plans or intends is; the same act done ("sent resources to Colombia to help the country") is aid (07x). Sentences
written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str, str]]]] = [
    ("The Kenyan government is willing to ship extra supplies to Uganda to support the country.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "03")}),
    ("The Kenyan government is prepared to send more resources to Uganda to help the country.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "03")}),
    ("The Kenyan government is inclined to send more resources to Uganda to help the country.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "03")}),
    ("The Kenyan president is eager to meet Ugandan officials.",
     {"Kenyan president": "KENGOV", "Ugandan officials": "UGAGOV"}, {("KENGOV", "UGAGOV", "03")}),
    ("The Kenyan president is keen to meet Ugandan officials.",
     {"Kenyan president": "KENGOV", "Ugandan officials": "UGAGOV"}, {("KENGOV", "UGAGOV", "03")}),
    # must not: a belief one is inclined to, a keen observer, are no intent to act
    ("The Kenyan president is inclined to believe Ugandan officials.",
     {"Kenyan president": "KENGOV", "Ugandan officials": "UGAGOV"}, set()),
    ("Kenyan officials are keen observers of Uganda.", {"Kenyan officials": "KENGOV", "Uganda": "UGA"}, set()),
    # must not: the act done is aid
    ("The Kenyan government sent more resources to Uganda to help the country.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "07")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_readiness_is_intent(text: str, actors: dict[str, str], want: set[tuple[str, str, str]],
                                    nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else "", e.cameo[:2])
           for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("03", "07")}
    assert got == want


def test_events_readiness_denied_is_negated(nlp: Language) -> None:
    # "not inclined to meet": the intent is denied
    [event] = [e for e in coded_events(nlp, "The Kenyan president said he was not inclined to meet Ugandan officials.",
                                       {"Kenyan president": "KENGOV", "Ugandan officials": "UGAGOV"})
               if e.cameo[:2] == "03"]
    assert event.modality == "negated"
