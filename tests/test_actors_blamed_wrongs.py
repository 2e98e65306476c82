"""A demonym on a wrong a state is blamed for (sectors.json 'state_nouns': interference, provocations,
expansion) stands for that state, so a verb of criticism on the noun is aimed at it (actors/state.py
``stands_for_state``). Must-not cases: a "by" phrase names who did it, also where the parser hangs it on the verb
("condemned the Malian incursion by militias"), but not one that says how ("by letter"); a demonym on the critic's
own people or on a noun that is no act stays what it was. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.marking import pipeline_coded
from tests.resolving import codes_by_text

CASES: list[tuple[str, tuple[str, str, str]]] = [
    ("Ecuador denounced Colombian interference on Thursday.", ("ECU", "COL", "ACCUSE")),
    ("Lesotho criticized Zambian interference in its vote last week.", ("LSO", "ZMB", "ACCUSE")),
    ("Norway protested against Swedish provocations near the border.", ("NOR", "SWE", "PROTEST")),
    ("Vietnam condemned Cambodian expansion along the river on Friday.", ("VNM", "KHM", "ACCUSE")),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_actors_blamed_wrongs_aim_the_criticism_at_the_state(text: str, want: tuple[str, str, str]) -> None:
    assert (*want, "asserted") in pipeline_coded(text)


def test_actors_blamed_wrongs_demonym_is_the_state(nlp: Any, kb: KnowledgeBase) -> None:
    codes = codes_by_text(nlp, kb, "Ecuador denounced Colombian interference on Thursday.")
    assert codes.get("Colombian") == "COL"


@pytest.mark.parametrize("text", ["Ghana condemned the Togolese provocation by rebels on Monday.",
                                  "Ghana condemned the Togolese incursion by Burkina Faso on Monday."])
def test_actors_blamed_wrongs_by_phrase_on_the_verb_names_the_doer(text: str) -> None:
    assert not any(t == "TGO" for _, t, _, _ in pipeline_coded(text))


def test_actors_blamed_wrongs_by_phrase_of_means_keeps_the_state() -> None:
    assert ("GHA", "TGO", "REJECT", "asserted") in pipeline_coded(
        "Ghana rejected the Togolese proposal by letter on Monday.")


@pytest.mark.parametrize("text", ["Ecuador praised Colombian cuisine on Thursday.",
                                  "Colombian soldiers denounced the ambush on Thursday."])
def test_actors_blamed_wrongs_not_on_other_nouns(text: str) -> None:
    assert not any(t == "COL" for _, t, _, _ in pipeline_coded(text))
