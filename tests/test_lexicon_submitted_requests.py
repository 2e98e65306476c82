"""A formal request handed to a body (triggers.tsv: 'submit' with an application, request, petition, claim, bid,
documents or an appeal 'to' it, 'file' an application, request or petition 'with'/'to' it -> 020): 'Palestine
submitted an application to the United Nations' is Palestine's appeal to the U.N., where the converted 'submit'
read it as yielding (080): the project's own bare 'submit' to someone is that yielding now ('intransitive': with an
object it is something else), and the converted bare entry gives way to it. Must-not cases: submitting to someone
(yielding), a resignation (0831), a report (no request). Sentences written for these tests; actors marked by exact
string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Palestine": "PSE", "Kenya": "KEN", "United Nations": "IGOUNO", "Uganda": "UGA",
          "International Court of Justice": "IGOICJ"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Palestine submitted an application to the United Nations for full membership.", "02",
     {("PSE", "IGOUNO", "020")}),
    ("Kenya submitted documents to the United Nations on its maritime claim.", "02", {("KEN", "IGOUNO", "020")}),
    ("Kenya filed a request with the International Court of Justice on Monday.", "02",
     {("KEN", "IGOICJ", "020")}),
    # must-not: a report handed over, a resignation, yielding to someone
    ("Kenya submitted a report to the United Nations.", "02", set()),
    ("Kenya submitted its resignation to Uganda.", "02", set()),
    ("Kenya submitted to pressure from Uganda.", "02", set()),
    # yielding to someone stays a yielding (080), as the converted bare verb had it
    ("Kenya submitted to the demands of Uganda on Monday.", "08", {("KEN", "UGA", "080")}),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_submitted_requests(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                            nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
