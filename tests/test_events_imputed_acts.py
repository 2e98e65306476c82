"""The act someone is charged with, convicted of or punished for is that person's (events/governed.imputed_doer):
"X was charged with the murder of Y" codes X's killing of Y, alleged under a charge, asserted under a conviction
or sentence; a negated charge leaves it negated. Must-not cases: a verb that clears ("acquitted of"), the act's
setting ("arrested after the attack"), a trial still to come is no future act. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Al-Shabab fighters": "SOMREB", "Kenyan police officers": "KENCOP", "Kenyan soldiers": "KENMIL",
          "the Kenyan government": "KENGOV", "Kenyan police": "KENCOP"}

CASES: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Al-Shabab fighters were charged with the murder of two Kenyan police officers.",
     {("SOMREB", "KENCOP", "alleged")}),
    ("Al-Shabab fighters were sentenced to life in prison for the murder of two Kenyan police officers.",
     {("SOMREB", "KENCOP", "asserted")}),
    ("Al-Shabab fighters were jailed on Monday for the killing of Kenyan soldiers.",
     {("SOMREB", "KENMIL", "asserted")}),
    ("Al-Shabab fighters will be tried for the killing of Kenyan soldiers.", {("SOMREB", "KENMIL", "alleged")}),
    ("Al-Shabab fighters were not charged with the killing of Kenyan soldiers.", {("SOMREB", "KENMIL", "negated")}),
    ("The Kenyan government said Al-Shabab fighters were jailed for the attack on Kenyan soldiers.",
     {("SOMREB", "KENMIL", "alleged")}),
    # must-not: cleared of the act, or held after it
    ("Al-Shabab fighters were acquitted of the murder of two Kenyan police officers.", set()),
    ("Al-Shabab fighters were arrested after the attack on Kenyan soldiers.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_imputed_act_is_the_held_ones(text: str, want: set[tuple[str, str, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else "", e.modality) for e in coded_events(nlp, text, ACTORS)
           if e.cameo[:2] in ("18", "19", "20")}
    assert got == want
