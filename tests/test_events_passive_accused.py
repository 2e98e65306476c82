"""Who does what an actor is accused of in the passive (events/frames.py ``controller``): in "X was accused of
attacking Y", "X has been accused by Z of arming Y", "X was condemned for attacking Y" the gerund's doer is the
passive subject, as the direct object is in "Z accused X of attacking Y"; the act is alleged. Must-not cases: an
active accusation keeps its object as the doer, an appeal's infinitive ("X was urged to stop attacking Y") is no
act done. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Rwanda": "RWA", "Congolese troops": "CODMIL", "M23 rebels": "CODREB", "Congo": "COD",
          "Uganda": "UGA"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Rwanda was accused of attacking Congolese troops near Goma.", "19", {("RWA", "CODMIL", "190")}),
    ("Rwanda has been accused of arming M23 rebels.", "07", {("RWA", "CODREB", "072")}),
    ("Rwanda was accused by Congo of attacking Congolese troops.", "19", {("RWA", "CODMIL", "190")}),
    ("Rwanda was condemned for attacking Congolese troops.", "19", {("RWA", "CODMIL", "190")}),
    # must-not: the active keeps its object, an appeal's infinitive
    ("Uganda accused Rwanda of attacking Congolese troops.", "19", {("RWA", "CODMIL", "190")}),
    ("Rwanda was urged to stop attacking Congolese troops.", "19", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_passive_accused_does_the_act(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                      nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
