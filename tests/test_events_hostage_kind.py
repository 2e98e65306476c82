"""Taking people is an act of its own beside the attack it comes with (coder: one event per pair and type per
sentence, save a hostage-taking or abduction, CAMEO 181): "attacked a train, taking many passengers hostage" is an
attack and a hostage-taking. Must-not case: an attack and the killing it caused stay one assault. Sentences
written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Baloch militants": "PAKREB", "Pakistani passengers": "PAKCVL", "Pakistani hostages": "PAKCVL",
          "Pakistani soldiers": "PAKMIL"}

CASES: list[tuple[str, set[str]]] = [
    ("Baloch militants attacked Pakistani passengers on a train on Tuesday, taking many Pakistani hostages.",
     {"190", "181"}),
    # must-not: the killing is the attack's outcome, one assault
    ("Baloch militants attacked Pakistani soldiers on Tuesday, killing 18 Pakistani soldiers.", {"190"}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_hostage_taking_is_its_own_act(text: str, want: set[str], nlp: Language) -> None:
    got = {e.cameo for e in coded_events(nlp, text, ACTORS) if e.cameo[:2] in ("18", "19", "20")}
    assert got == want
