"""Who organised an act is its doer (frames.json ``governing_verbs``, read by events/nominal.py
``governed.governing_subject``): "X organised the attack on Y", "X masterminded Tuesday's attack on Y", "the attack on Y
was masterminded by X", "X perpetrated the massacre of Y" code X's act on Y, as "X carried out the attack on Y"
does. Must-not cases: a negated organising is negated, a reported one alleged, a planned attack stays a plan (a
threat, 138), not an attack. Sentences written for these tests; actors marked by exact string, as in the golden
cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Al-Shabab": "SOMREB", "al-Shabab": "SOMREB", "Kenyan troops": "KENMIL", "Kenyan villagers": "KENCVL",
          "Kenya": "KEN"}
Row = tuple[str, str | None, str, str]

CASES: list[tuple[str, set[Row]]] = [
    ("Al-Shabab organised the attack on Kenyan troops.", {("SOMREB", "KENMIL", "190", "asserted")}),
    ("Al-Shabab masterminded Tuesday's attack on Kenyan troops.", {("SOMREB", "KENMIL", "190", "asserted")}),
    ("The attack on Kenyan troops was masterminded by al-Shabab.", {("SOMREB", "KENMIL", "190", "asserted")}),
    ("Al-Shabab perpetrated the massacre of Kenyan villagers.", {("SOMREB", "KENCVL", "202", "asserted")}),
    # must-not: not said as done
    ("Kenya says al-Shabab masterminded the attack on Kenyan troops.", {("SOMREB", "KENMIL", "190", "alleged")}),
    ("Al-Shabab did not organize the attack on Kenyan troops.", {("SOMREB", "KENMIL", "190", "negated")}),
    ("Al-Shabab planned the attack on Kenyan troops, but the police foiled it.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_organiser_of_an_attack_is_its_doer(text: str, want: set[Row], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS) if e.cameo.startswith(("18", "19", "20"))}
    assert got == want
