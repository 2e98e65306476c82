"""A purpose told as an effort ("in an effort to pressure X", "in an attempt to push back X") names whom a show of
force or a protest is aimed at, as its bare infinitive does ("staged drills to pressure X"; events/targets.py
``purpose_targets``). A purpose that serves its object ("in an effort to reassure X") and an "in" phrase that is no
effort ("in the presence of X") name no target by it. Sentences written for these tests; actors marked by exact
string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"The Greek navy": "GRCMIL", "Turkey": "TUR", "Cyprus": "CYP", "analysts": "---CVL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("The Greek navy conducted missile tests on Tuesday in an effort to pressure Turkey.",
     {("GRCMIL", "TUR", "150"), ("GRCMIL", "TUR", "100")}),  # the effort's own act, as "tests to pressure Turkey"
    ("The Greek navy staged naval exercises in an attempt to deter Turkey from drilling.",
     {("GRCMIL", "TUR", "150")}),
    # must not: a purpose that serves its object, an "in" phrase that is no effort
    ("The Greek navy staged naval exercises in an effort to reassure Cyprus.",
     {("GRCMIL", None, "150"), ("GRCMIL", "CYP", "051")}),  # no target for the drills; the reassurance is the navy's
    ("The Greek navy conducted missile tests in the waters south of the island.", {("GRCMIL", None, "150")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_effort_purposes(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, ACTORS) if e.modality == "asserted"}
    assert got == want
