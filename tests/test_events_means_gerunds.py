"""An act a performing verb carries out as the means of a clause ("X raised the stakes by conducting missile tests")
is the clause subject's own, as sure as "X conducted missile tests" (events/governed.py ``performed``), so a show
of force with no one named is kept as the subject's act. A "by" phrase on a noun codes nothing, and a forecast
by others stays hypothetical. Sentences written for these tests; actors marked by exact string, as in the golden
cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Algeria": "DZA", "Morocco": "MAR", "Moroccan troops": "MARMIL", "analysts": "---CVL"}

CASES: list[tuple[str, set[tuple[str, str | None, str, str]]]] = [
    ("Algeria unsettled Morocco by conducting missile tests near the border.",
     {("DZA", None, "150", "asserted")}),
    ("Algeria raised the stakes on Friday by conducting two rounds of missile tests.",
     {("DZA", None, "150", "asserted")}),
    ("Algeria answered Morocco by launching attacks on Moroccan troops.",
     {("DZA", "MARMIL", "190", "asserted")}),
    # must not: a "by" phrase on a noun; a forecast by others stays hypothetical
    ("The threat posed by conducting missile tests worried Morocco.", set()),
    ("Analysts said Algeria could unsettle Morocco by conducting missile tests.",
     {("DZA", None, "150", "hypothetical")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_means_gerunds(text: str, want: set[tuple[str, str | None, str, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS)}
    assert got == want
