"""Who is behind an attack, who plots or masterminds one, and plots of a named kind (events/governed.py
``governing_subject``; frames.json ``governing_verbs``; triggers.tsv ``plot``): "X was behind the attack on Y" and
"X plotted / masterminded / orchestrated an attack on Y" make X the attacker; "a bomb plot", "an assassination plot
against Y" are the attempt at that act, which CAMEO codes as the act. Must-not cases: support for a measure ("X is
behind the sanctions on Y"), a plot of land, a bare plot of no named kind. Sentences written for these tests;
actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Al-Shabab": "SOMREB", "Kenyan troops": "KENMIL", "Kenya": "KEN", "Somalia": "SOM",
          "the Iranian Guards": "IRNMIL", "the Saudi ambassador": "SAUGOV", "Ethiopia": "ETH", "Eritrea": "ERI",
          "Kenyan officials": "KENGOV"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Al-Shabab was behind the attack on Kenyan troops.", "19", {("SOMREB", "KENMIL", "190")}),
    ("Kenyan officials said Al-Shabab was behind the attack on Kenyan troops.", "19",
     {("SOMREB", "KENMIL", "190")}),
    ("Al-Shabab masterminded the attack on Kenyan troops in Lamu.", "19", {("SOMREB", "KENMIL", "190")}),
    ("Al-Shabab orchestrated the attack on Kenyan troops.", "19", {("SOMREB", "KENMIL", "190")}),
    ("Al-Shabab plotted an attack on Kenyan troops.", "19", {("SOMREB", "KENMIL", "190")}),
    ("Prosecutors said the Iranian Guards were behind an assassination plot against the Saudi ambassador.", "18",
     {("IRNMIL", "SAUGOV", "185")}),
    ("Al-Shabab hatched a bomb plot against Kenya.", "18", {("SOMREB", "KEN", "183")}),
    # must-not: backing a measure, a plot of land, a plot of no named kind
    ("Ethiopia is firmly behind the sanctions on Eritrea.", "1", set()),
    ("Kenya sold a plot of land to Somalia.", "18", set()),
    ("Ethiopia accused Eritrea of a plot against its government.", "18", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_behind_and_plotted_acts(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                 nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
