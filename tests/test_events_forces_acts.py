"""An act noun the actor resolver takes in as the head of a forces mention ("Peruvian air strikes", "Chad's air
raids") opens a nominal frame when its own target phrase names an actor: the mention's forces on that target
(events/forces_acts.py). Must-not cases: no target phrase (the mention is the verb's subject), a target phrase with
no actor, an actor's name that holds an act noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded

CASES: list[tuple[str, tuple[str, str, str]]] = [
    ("Chad's air strikes on Niger drew protests on Friday.", ("TCD", "NER", "ASSAULT")),
    ("Peruvian air raids against Bolivia continued on Tuesday.", ("PER", "BOL", "ASSAULT")),
    ("Senegal condemned Malian air strikes on Mauritania on Sunday.", ("MLI", "MRT", "ASSAULT")),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_forces_acts_code_the_forces_on_the_target(text: str, want: tuple[str, str, str]) -> None:
    assert (*want, "asserted") in pipeline_coded(text)


def test_forces_acts_condemnation_kept_beside_the_act() -> None:
    found = pipeline_coded("Senegal condemned Malian air strikes on Mauritania on Sunday.")
    assert ("SEN", "MLI", "ACCUSE", "asserted") in found


@pytest.mark.parametrize("text", ["Peruvian air strikes continued on Tuesday.",
                                  "Peruvian air strikes on the hills continued on Tuesday."])
def test_forces_acts_need_an_actor_in_the_target_phrase(text: str) -> None:
    assert not any(t == "ASSAULT" for _, _, t, _ in pipeline_coded(text))
