"""An act led by someone, named as a noun: "the Washington-led offensive against X".

The name hung on the participle "led" that modifies an act noun is the act's source (nominal.own_sources,
``_leader``), as a possessor or a country modifier is ("Washington's offensive against X"); spaCy parses the name
as the participle's npadvmod or compound, so it was no modifier of the noun and the act had no source. Must-not
cases: a "led" body that is no act ("the Hamas-led government rejected the plan": the government rejects, nothing
is led at anyone), a "led" noun that is no trigger, a leader named after the participle. Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Washington": "USAGOV", "Islamic State": "IMGREB", "Syria": "SYR", "Paris": "FRAGOV", "Mali": "MLI",
          "Hamas": "PSEREB", "Israel": "ISR", "China": "CHN", "Kenya": "KEN"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Kenya is a partner in the Washington-led offensive against Islamic State in the north.",
     {("USAGOV", "IMGREB", "190")}),
    ("The Washington-led offensive against Syria began on Monday.", {("USAGOV", "SYR", "190")}),
    ("Mali praised the Paris-led raid on Islamic State.", {("FRAGOV", "IMGREB", "190")}),
    # must-not: a led body that does nothing to anyone, a led noun that is no act
    ("The Hamas-led government rejected the plan.", set()),
    ("The China-led bank lends to poor countries.", set()),
    ("The Kenya-led mission arrived in Haiti on Monday.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_led_acts(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "19") == want
