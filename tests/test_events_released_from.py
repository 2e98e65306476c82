"""A release told in the passive with no agent is the act of the state whose custody its "from" phrase names
(events/released_from.py): "X was freed from Y's custody" -> Y released X. Must-not cases: a holder of no state
(rebels), an agent named, two holders, a custody placed nowhere; a custody placed in a state ("released from
detention in X") is X's government's. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Ethiopian": "ETH", "Kenyan journalist": "KENMED", "Ugandan police": "UGACOP",
          "opposition leader": "UGAOPP", "Tanzanian soldiers": "TZAMIL", "Somali rebels": "SOMREB",
          "Eritrean": "ERI", "Zambia": "ZMB"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("The Kenyan journalist was freed from Ethiopian custody on Friday.", {("ETH", "KENMED", "0841")}),
    ("The opposition leader has been released from the custody of the Ugandan police after a week.",
     {("UGACOP", "UGAOPP", "0841")}),
    # must-not: rebels holding someone did not free them
    ("The Kenyan journalist was freed from the Somali rebels on Friday.", set()),
    # must-not: the agent is named
    ("The Kenyan journalist was freed from Ethiopian custody by Tanzanian soldiers on Friday.",
     {("TZAMIL", "KENMED", "0841")}),
    # a place of custody in a state: that state's government held and released him
    ("The Kenyan journalist was released from detention in Zambia after months.", {("ZMBGOV", "KENMED", "0841")}),
    # must-not: a custody placed nowhere
    ("The Kenyan journalist was released from detention after months.", set()),
    # must-not: two holders leave it open who released him
    ("The Kenyan journalist was freed from Ethiopian and Eritrean custody on Friday.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_released_from(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "084") == want
