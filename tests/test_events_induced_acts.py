"""Acts another actor is made to do ("..., prompting X to recall its ambassador", "compelled X to close its
border"): a causative verb is an object-control verb (frames.json ``object_control``), so its object does the act
of its complement, asserted when the causing is told as done. Must-not cases: a failed or denied causing leaves
the act undone, and a causing only tried, wanted or announced ("tried to persuade X to", "will force X to") is
another's aim, not an act or an intent of X's: hypothetical (events/modality.py). Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

_ACTORS = {"Lisbon": "PRTGOV", "Portugal": "PRT", "Angola": "AGO", "Angolan": "AGOGOV", "Brazil": "BRA"}

CASES: list[tuple[str, set[tuple[str, str | None, str, str]]]] = [
    ("Luanda mocked the Portuguese envoy, prompting Portugal to recall its ambassador from Angola.",
     {("PRT", "AGO", "161", "asserted")}),
    ("Lisbon persuaded Angola to send troops to Brazil for the exercise.", {("AGO", "BRA", "154", "asserted")}),
    # must not: the causing failed or did not happen
    ("Lisbon failed to persuade Angola to send troops to Brazil for the exercise.",
     {("AGO", "BRA", "154", "negated")}),
    ("The remarks did not prompt Portugal to recall its ambassador from Angola.",
     {("PRT", "AGO", "161", "negated")}),
    # must not: a causing tried, wanted or announced is no act or intent of the one to be made to act
    ("Lisbon tried to persuade Angola to send troops to Brazil for the exercise.",
     {("AGO", "BRA", "154", "hypothetical")}),
    ("Lisbon will compel Angola to send troops to Brazil for the exercise.",
     {("AGO", "BRA", "154", "hypothetical")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:50] for c in CASES])
def test_events_induced_acts(text: str, want: set[tuple[str, str | None, str, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, _ACTORS) if e.cameo[:2] in ("15", "16")}
    assert got == want
