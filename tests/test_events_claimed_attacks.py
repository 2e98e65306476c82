"""A claim of responsibility for an act of force that names whom it was done to is the claimant's act
(events/recalled.py ``claimants_of``): "X claimed responsibility for the attack on Y" codes X's attack on Y beside
the claim (015), as "X took credit for attacking Y" does. Must-not cases: a denial or a negated claim, a claim by
no named actor, blame laid by another, a claimed act that is no act of force. Sentences written for these tests;
actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"al-Shabab": "SOMREB", "Al-Shabab": "SOMREB", "Kenyan troops": "KENMIL", "Kenyan army base": "KENMIL",
          "Kenya": "KEN", "group": "---REB"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Al-Shabab claimed responsibility for the attack on a Kenyan army base.", {("SOMREB", "KENMIL", "190")}),
    ("Al-Shabab claimed responsibility for Monday's attack on Kenyan troops near the border.",
     {("SOMREB", "KENMIL", "190")}),
    # must-not: denied, negated, claimed by no named actor, blamed by another, no act of force
    ("Al-Shabab denied responsibility for the attack on a Kenyan army base.", set()),
    ("Al-Shabab did not claim responsibility for the attack on Kenyan troops.", set()),
    ("No one has claimed responsibility for the attack on Kenyan troops.", set()),
    ("Kenya blamed al-Shabab for the attack on Kenyan troops.", set()),
    ("Al-Shabab claimed responsibility for the sanctions on Kenya.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_claimed_attack_is_the_claimants(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    acts = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS)
            if e.quad_class == 4}  # material conflict: the claim (015) and blame (11x) are coded beside it
    assert acts == want
