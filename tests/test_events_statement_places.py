"""Words that also have a statement sense ("expressed concern", "rejected the accusations") are not aimed at the place
where what they are about happened: "expressed concern about the fighting in eastern Congo" is a comment (012), no
criticism of Congo; a party named as the owner of what is criticised is still its target. Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The Kenyan foreign minister expressed concern about the fighting in eastern Congo.",
     {"Kenyan foreign minister": "KENGOV", "Congo": "COD"}, {("KENGOV", None, "012")}),
    # must not: the owner of what is criticised is its target
    ("The Kenyan foreign minister expressed concern about the Ugandan government's decision to close the border.",
     {"Kenyan foreign minister": "KENGOV", "Ugandan government": "UGAGOV"}, {("KENGOV", "UGAGOV", "111")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_statement_not_aimed_at_places(text: str, actors: dict[str, str],
                                              want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("01", "11")}
    assert got == want
