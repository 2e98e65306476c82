"""An act led by someone, named as a noun: "the Washington-led offensive against X", "a coup led by X".

The name hung on the participle "led" that modifies an act noun is the act's source (nominal.own_sources,
``_leader``), as a possessor or a country modifier is ("Washington's offensive against X"); spaCy parses the name
as the participle's npadvmod or compound, so it was no modifier of the noun and the act had no source. Must-not
cases: a "led" body that is no act ("the Hamas-led government rejected the plan": the government rejects, nothing
is led at anyone), a "led" noun that is no trigger, a leader named after the participle.

The ``by`` agent of a participle of leading or performing that modifies an act noun ("a coup led by X", "the raid
carried out by X") is its source too (events/led_acts.py ``participle_doers``), and such a participle tells that
the act was carried out, so a weak noun ("coup") is a happening. Must-not: a participle of judging ("the coup
condemned by X") names no doer. Sentences written for these tests; actors marked by exact string."""

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


PARTICIPLE_ACTORS = {"Ruto": "KENGOV", "General Mwangi": "KENMIL", "Peru": "PERGOV", "Chile": "CHLGOV",
                     "Lima": "PERGOV", "the rebels": "PERREB"}

PARTICIPLE_CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("The coup led by General Mwangi against Ruto lasted two days.", "17", {("KENMIL", "KENGOV", "170")}),
    ("The raid carried out by the rebels on Lima ended at dawn.", "19", {("PERREB", "PERGOV", "190")}),
    # must-not: a participle of judging, and a participle whose agent is no actor
    ("The coup condemned by Chile against Ruto lasted two days.", "17", set()),
    ("The coup led by a group of colonels against Ruto lasted two days.", "17", set()),
]


@pytest.mark.parametrize("text,prefix,want", PARTICIPLE_CASES, ids=[c[0][:40] for c in PARTICIPLE_CASES])
def test_led_acts_participle_agent_is_the_doer(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                               nlp: Language) -> None:
    assert coded_triples(nlp, text, PARTICIPLE_ACTORS, prefix) == want
