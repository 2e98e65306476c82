"""The patient of a passive gerund in a time phrase is the subject of the clause the phrase hangs on
(events/adverbial_passives.py): "X returned home after being detained in Y" -> Y detained X. Must-not cases: a
gerund in a phrase that is no time phrase ("the risk of being arrested"), an active gerund (its subject is the
doer), a clause whose subject is no actor. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Ethiopia": "ETH", "Kenyan journalist": "KENMED", "Ugandan police": "UGACOP",
          "opposition leader": "UGAOPP", "Tanzanian soldiers": "TZAMIL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    # the place names the state that detained the clause's subject
    ("The Kenyan journalist returned to Nairobi after being detained in Ethiopia for a month.",
     {("ETHCOP", "KENMED", "173")}),
    # the agent is named; the patient is the subject of a passive clause
    ("The opposition leader was questioned for hours before being arrested by Ugandan police.",
     {("UGACOP", "UGAOPP", "173")}),
    # must-not: "of" makes no time phrase: no one was arrested
    ("The opposition leader spoke about the risk of being arrested by Ugandan police.", set()),
    # must-not: an active gerund's subject is its doer, not its patient
    ("Ugandan police left the town after arresting the opposition leader.", {("UGACOP", "UGAOPP", "173")}),
    # must-not: the clause's subject is no actor
    ("Many people fled the town after being detained by Tanzanian soldiers near the border.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_gerund_passives(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "17") == want
