"""Who strives in an effort told as a clause's "in" adjunct ("X flew to Y in a bid to meet Z", "X is due to act, in
a move to court Z after meeting Z"): the clause's subject, as a possessor is in "X's bid to meet Z"
(events/aims.py ``striver_of``). An effort noun that is a verb's object or subject names no striver by it, and an
"in" phrase with no effort noun gives nobody the infinitive. Sentences written for these tests; actors marked by
exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Chancellor Olaf Scholz": "DEUGOV", "President Lula": "BRAGOV", "Brasilia": "BRA",
          "Ottawa": "CAN", "President Gabriel Boric": "CHLGOV"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Chancellor Olaf Scholz flew to Ottawa in a bid to meet with President Lula.",
     {("DEUGOV", "BRAGOV", "040"), ("BRAGOV", "DEUGOV", "040")}),
    ("Chancellor Olaf Scholz toured Ottawa in March, in a move to deepen trade links after meeting with "
     "President Gabriel Boric.", {("DEUGOV", "CHLGOV", "040"), ("CHLGOV", "DEUGOV", "040")}),
    # must not: the effort noun is an object or a subject (anyone's effort), or its "in" phrase hangs on a noun
    ("Chancellor Olaf Scholz praised the bid to meet with President Lula.", set()),
    ("The bid to meet with President Lula was mocked by Chancellor Olaf Scholz.", set()),
    ("Chancellor Olaf Scholz spoke of a rival in a bid to meet with President Lula.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_effort_strivers(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, ACTORS) if e.modality == "asserted" and e.cameo == "040"}
    assert got == want
