"""A leader driven from office or power by force (triggers.tsv "force"/"drive" + office|power|presidency, 170):
the bare noun the object is driven from is read as the verb's object noun (events/matching._object_nouns), and the
second predicate of a subject that did two things is its own act ("seized the capital and forced Y from power").
Must-not cases: people driven from a place ("forced villagers from their homes"), a "from" noun with a determiner
("from the office building"), forcing someone to do something. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Rebel fighters": "GNBREB", "President Mendes": "GNBGOV", "Guinea-Bissau": "GNB",
          "the villagers": "GNBCVL", "the governor": "GNBGOV"}

Triple = tuple[str, str | None, str]

CASES: list[tuple[str, str, set[Triple]]] = [
    ("Rebel fighters stormed the capital and forced President Mendes from power in 2009.", "170",
     {("GNBREB", "GNBGOV", "170")}),
    ("Rebel fighters drove President Mendes from office after a week of fighting.", "170",
     {("GNBREB", "GNBGOV", "170")}),
    # must-not: driven from a place, a "from" noun with a determiner, forced to act
    ("Rebel fighters forced the villagers from their homes near the river.", "170", set()),
    ("Rebel fighters forced the villagers from the office building near the river.", "170", set()),
    ("Rebel fighters forced the governor to sign the decree.", "170", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:50] for c in CASES])
def test_lexicon_driven_from_office(text: str, prefix: str, want: set[Triple], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
