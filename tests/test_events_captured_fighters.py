"""Capturing fighters is detaining them (triggers.tsv: "capture" with an armed object noun, 173): "troops captured
five militants", "several rebels were captured" (whose doer the story's passes give), where a bare "capture" of
people is an abduction (181). Must-not cases: fighters capturing soldiers stay an abduction, and a town captured
stays the taking of territory. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Nigerian troops": "NGAMIL", "Boko Haram militants": "NGAREB", "the insurgents": "NGAREB",
          "Nigerian soldiers": "NGAMIL", "the town of Bama": "NGA"}

Triple = tuple[str, str | None, str]

CASES: list[tuple[str, set[Triple]]] = [
    ("Nigerian troops captured twelve Boko Haram militants near the lake.", {("NGAMIL", "NGAREB", "173")}),
    ("Nigerian troops said they had captured the insurgents after a long chase.", {("NGAMIL", "NGAREB", "173")}),
    # must-not: fighters who take soldiers abduct them; a town taken is territory
    ("Boko Haram militants captured four Nigerian soldiers on Sunday.", {("NGAREB", "NGAMIL", "181")}),
    ("Boko Haram militants captured the town of Bama last week.", {("NGAREB", "NGA", "192")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_captured_fighters(text: str, want: set[Triple], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, ACTORS) if e.cameo[:2] in ("17", "18", "19")}
    assert got == want
