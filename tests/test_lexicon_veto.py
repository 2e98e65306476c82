"""A veto named as a noun with its light verb (triggers.tsv: 'use', 'cast', 'exercise' with the object 'veto' ->
129, as the verb 'veto'): 'Russia used its Security Council veto to end the mission' is Russia's veto in the
council. Must-not cases: a veto only threatened or talked of, a veto with no body or owner of what is vetoed
named. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Russia": "RUS", "France": "FRA", "Security Council": "IGOUNO", "Ukraine": "UKR"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Russia used its Security Council veto to end the observer mission.", "12", {("RUS", "IGOUNO", "129")}),
    ("France exercised its Security Council veto in March.", "12", {("FRA", "IGOUNO", "129")}),
    # must-not: the word used of something else; a veto with nothing it is against named
    ("Russia used the word veto to warn Ukraine.", "12", set()),
    ("France cast its veto on Tuesday.", "12", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_veto_noun_with_light_verb(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                   nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
