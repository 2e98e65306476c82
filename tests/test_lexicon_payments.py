"""Payments of a sum to a named party: "X paid Y $20 million" is economic cooperation (061) of the payer with the
one paid (the dative), and "X will pay Y" an intent to cooperate economically (0311). The verb counts only with a
sum of millions or billions as its object: paying a visit, a price or a tribute is something else, and a sum paid
to no one named ("paid $3 million for the frigates") has no target. Sentences written for these tests; actors
marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str, str]]]] = [
    ("Norway paid Tanzania $40 million last year for the use of its forests.",
     {"Norway": "NOR", "Tanzania": "TZA"}, {("NOR", "TZA", "061", "asserted")}),
    ("Portugal will pay Angola about $75 million a year to rent the harbour.",
     {"Portugal": "PRT", "Angola": "AGO"}, {("PRT", "AGO", "0311", "future")}),
    ("Officials say Portugal will hand over the old fort and pay Angola around $75 million a year for 30 years.",
     {"Portugal": "PRT", "Angola": "AGO"}, {("PRT", "AGO", "0311", "future")}),
    ("Norway paid $40 million last year for two new patrol boats.",
     {"Norway": "NOR"}, set()),
    ("Norway paid a high price for its long silence, the editor in Tanzania wrote.",
     {"Norway": "NOR", "Tanzania": "TZA"}, set()),
    ("Portugal paid Angola a compliment on its new harbour.",
     {"Portugal": "PRT", "Angola": "AGO"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_payments(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str, str]],
                          nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, actors)}
    assert got == want
