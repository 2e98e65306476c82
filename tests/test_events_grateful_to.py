"""Gratitude stated with a copula: "X is grateful to Y" and "X is thankful that Y sent doctors" are X's praise of Y
(051, events/stances stance_frame with frames.json stance_adjectives "grateful", "thankful"), as "X thanked Y" is.
The one thanked is named by "to" or is the doer of the clause the gratitude is about. Must-not cases: gratitude for
a thing with no party named, a clause whose subject is no actor, a subject that names no actor, and the adjective
outside a copula. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events, coded_triples

ACTORS = {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL", "Norway": "NOR"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Peru is deeply grateful to Chile for the rescue teams it sent.", {("PER", "CHL", "051")}),
    ("Bolivia said it remains thankful to Norway for years of support.", {("BOL", "NOR", "051")}),
    ("Peru was grateful that Chile agreed to reopen the border crossing.", {("PER", "CHL", "051")}),
    # must-not: gratitude for a thing, or for what no party did; no actor feels it; no copula
    ("Peru is grateful for the emergency grain shipments.", set()),
    ("Peru was grateful that the floods had receded by Sunday.", set()),
    ("Farmers near the border were grateful to Chile.", set()),
    ("A grateful crowd in Peru cheered the returning medics.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_gratitude_to_an_actor_is_praise(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "05") == want


def test_gratitude_denied_is_negated(nlp: Language) -> None:
    """"Peru is not grateful to Chile": the praise is coded negated, not asserted (checked via the modality)."""
    events = coded_events(nlp, "Peru is not grateful to Chile for the delay.", ACTORS)
    assert [(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in events
            if e.cameo.startswith("05")] == [("PER", "CHL", "051", "negated")]
