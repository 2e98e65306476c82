"""An infinitive on a ranked predicate of a copula ("was the first to reject", "became the latest country to
recognise", "is the only state to condemn") is the act of the copula's subject (events/ranked_subjects.py), with the
copula's modal and tense ("would be the first to ..." is hypothetical). Must-not cases: a predicate that ranks
nothing ("the country to watch"), and a plan as predicate ("the plan was to ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,want", [
    ("Uruguay was the first to reject the Bolivian proposal on river tolls.", ("URY", "BOL", "REJECT", "asserted")),
    ("Ecuador became the latest country to condemn the coup in Niger.", ("ECU", "NER", "ACCUSE", "asserted")),
    ("Uruguay is the only member to oppose Paraguay's involvement in the dam.", ("URY", "PRY", "ACCUSE", "asserted")),
    # "not the first" still did it: someone did it before
    ("Uruguay was not the first to reject the Bolivian proposal on river tolls.",
     ("URY", "BOL", "REJECT", "asserted")),
])
def test_events_ranked_subjects_the_copula_subject_acts(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in pipeline_coded(text)


def test_events_ranked_subjects_take_the_copula_modal() -> None:
    coded = pipeline_coded("Uruguay would be the first to condemn a coup in Paraguay.")
    assert ("URY", "PRY", "ACCUSE", "asserted") not in coded
    assert ("URY", "PRY", "ACCUSE", "hypothetical") in coded


@pytest.mark.parametrize("text", [
    "Uruguay was the country to watch as Bolivia rejected the proposal on river tolls.",
    "The plan was to reject the Bolivian proposal on river tolls.",
])
def test_events_ranked_subjects_no_rank_no_doer(text: str) -> None:
    assert not any(s == "URY" and t == "BOL" and k == "REJECT" for s, t, k, _ in pipeline_coded(text))

