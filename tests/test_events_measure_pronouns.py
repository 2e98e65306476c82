"""A measure named again by a pronoun in the next predicate of the same subject ("hit Y with a levy before delaying
it", "imposed sanctions on Y and later lifted them"): the pronoun stands for the measure, so the easing verb matches
its measure entry (events/measure_pronouns.py, read by events/matching._object_nouns) and takes the measure's target
(events/undone_measures.py). Must-not cases: another subject's pronoun, a pronoun that does not agree in number
with the measure, a verb with no measure entry ("defended it"), a pronoun naming something other than a measure.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Lima": "PERGOV", "Quito": "ECUGOV", "Ecuadorian": "ECU", "Bolivia's cabinet": "BOLGOV"}

Triple = tuple[str, str | None, str]

CASES: list[tuple[str, str, set[Triple]]] = [
    ("Lima hit Quito with a 30% duty on bananas before quietly postponing it.", "08",
     {("PERGOV", "ECUGOV", "085")}),
    ("Lima hit Quito with a 30% duty on bananas before quietly postponing it.", "16",
     {("PERGOV", "ECUGOV", "163")}),
    ("Lima imposed sanctions on Quito in June and lifted them in October.", "08", {("PERGOV", "ECUGOV", "085")}),
    ("Lima imposed a levy on Ecuadorian shrimp and suspended it a week later.", "08",
     {("PERGOV", "ECU", "085")}),
    # must-not: another subject's pronoun, no agreement in number, no measure sense, no measure named before
    ("Lima imposed a levy on Ecuadorian shrimp, and Bolivia's cabinet suspended it a week later.", "08", set()),
    ("Lima imposed tariffs on Ecuadorian shrimp and suspended it a week later.", "08", set()),
    ("Lima imposed a levy on Ecuadorian shrimp and defended it a week later.", "0", set()),
    ("Lima criticized the plan of Quito and suspended it a week later.", "08", set()),
]

@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:50]}" for c in CASES])
def test_measure_pronouns(text: str, prefix: str, want: set[Triple], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want

