"""Acts counted or grouped by a noun that a verb governs: "conducted three rounds of missile tests", "launched a
wave of attacks on Y". The verb governs the counting noun and, through it, the act of its "of" object, as it
governs "conducted missile tests" (events/governed.py ``counted_slot``). A noun that is no count ("a review of
missile tests", "the results of the strikes") does not pass the verb on. Sentences written for these tests; actors
marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The Pakistani army conducted two rounds of missile tests over the Arabian Sea last week.",
     {"Pakistani army": "PAKMIL"}, {("PAKMIL", None, "150")}),
    ("The Pakistani army carried out a series of nuclear tests in the desert.",
     {"Pakistani army": "PAKMIL"}, {("PAKMIL", None, "150")}),
    ("Ethiopian forces launched a wave of attacks on Eritrea on Sunday.",
     {"Ethiopian forces": "ETHMIL", "Eritrea": "ERI"}, {("ETHMIL", "ERI", "190")}),
    # must not: a noun that is no count of the act
    ("The Pakistani army conducted a review of missile tests over the Arabian Sea last week.",
     {"Pakistani army": "PAKMIL"}, set()),
    ("The Pakistani army published the results of missile tests from the desert.",
     {"Pakistani army": "PAKMIL"}, set()),
    # must not: a count of acts the subject does not perform
    ("The Pakistani army criticised a series of missile tests in the region.",
     {"Pakistani army": "PAKMIL"}, set()),
    ("Analysts said the Pakistani army could conduct a series of missile tests soon.",
     {"Pakistani army": "PAKMIL"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_counted_acts(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                             nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.modality == "asserted"}
    assert got == want
