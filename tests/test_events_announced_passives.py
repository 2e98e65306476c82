"""A sanction or coercion announced in the passive with no agent is the announcing party's own measure
(events/announced_passives.py), coded as a threat on its target or on its condition's subject: "Chile said
sanctions would be imposed if Peru refused". Must-not cases: an act done, an agent named, a measure owned by a
named actor, a worry, a speech verb denied. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "Bolivia": "BOLGOV", "Bolivian": "BOLGOV"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Chile said sanctions would be imposed if Peru refused.", "13", {("CHLGOV", "PERGOV", "1312")}),
    ("Chile said new tariffs will be imposed on Peru.", "13", {("CHLGOV", "PERGOV", "1312")}),
    ("Chile softened its tone, signalling that sanctions would be imposed only if Peru tested the missile.", "13",
     {("CHLGOV", "PERGOV", "1312")}),
    # must-not: done, an agent named, an owner named, a worry, the speech denied
    ("Chile said sanctions were imposed on Peru.", "13", set()),
    ("Chile said sanctions would be imposed on Peru by Bolivia.", "13", {("BOLGOV", "PERGOV", "1312")}),
    ("Chile said Bolivian sanctions would be imposed on Peru.", "13", set()),
    ("Peru fears sanctions will be imposed on it.", "13", set()),
    ("Chile did not say sanctions would be imposed on Peru.", "13", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_announced_passives(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
