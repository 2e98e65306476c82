"""A demonym before "investment" stands for the investing state (``state_nouns`` in data/actors/sectors.json), as
it does before "meddling" or "presence", and opposing what a state does abroad ("opposes Turkish investment",
"opposes Russian involvement": triggers.tsv) is disapproval (110) aimed at that state, sure enough without the weak
mark of a bare "oppose". Must-not cases: opposing investment no one is named for aims at no one; the noun's own
"by" phrase names who invests ("investment by Turkish firms"); "investment" that only modifies another head ("a
Turkish investment bank") makes no state of the demonym; a negated or hedged opposition is no asserted one.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.marking import pipeline_coded, story_codes

ON = dt.date(2024, 5, 1)


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``."""
    return story_codes(nlp, kb, text, ON)


@pytest.mark.model
def test_actors_state_investment_demonym_is_the_state(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, "The rebel movement strongly opposes Qatari investment in Sudan.").get("Qatari") == "QAT"
    assert _codes(nlp, kb, "Fishermen protested against Japanese investments along the coast.").get("Japanese") == "JPN"


@pytest.mark.model
def test_actors_state_investment_not_by_phrase_or_other_head(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "Qatari" not in _codes(nlp, kb, "The mayor praised investment by Qatari companies in the harbour.")
    assert "Qatari" not in _codes(nlp, kb, "A Qatari investment bank opened an office in Khartoum.")


@pytest.mark.model
def test_actors_state_investment_opposing_it_is_aimed_at_the_state() -> None:
    assert ("SDN", "QAT", "ACCUSE", "asserted") in pipeline_coded(
        "Sudan's ruling council opposes Qatari investment in the Red Sea ports.")
    assert ("SDN", "RUS", "ACCUSE", "asserted") in pipeline_coded(
        "Sudan's ruling council opposes Russia's involvement in the Red Sea ports.")
    assert not any(target is not None for _, target, _, _ in pipeline_coded(
        "Sudan's ruling council opposes foreign investment in the Red Sea ports."))


@pytest.mark.model
def test_actors_state_investment_opposition_not_negated_or_hedged() -> None:
    for text in ("Sudan's ruling council does not oppose Qatari investment in the Red Sea ports.",
                 "Sudan's ruling council could oppose Qatari investment in the Red Sea ports."):
        assert ("SDN", "QAT", "ACCUSE", "asserted") not in pipeline_coded(text), text
