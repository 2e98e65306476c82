"""A demonym on a singular act of force is the state that acts ("a Turkish offensive").

Not when a "by" phrase names the doer, nor on a singular noun that is a thing ("Peruvian coffee").
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.nlp import load_nlp
from bilateral.settings import Settings


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(Settings())


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings())


def _codes(nlp, kb: KnowledgeBase, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(text), kb, dt.date(2021, 5, 4))}


def test_demonym_on_an_act_of_force_is_the_acting_state(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, "A Peruvian offensive pushed the rebels back.").get("Peruvian") == "PER"
    assert _codes(nlp, kb, "The Moroccan airstrike destroyed a depot.").get("Moroccan") == "MAR"


def test_demonym_is_no_actor_when_a_by_phrase_names_the_doer(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "Peruvian" not in _codes(nlp, kb, "A Peruvian raid by unknown gunmen killed two guards.")


def test_demonym_on_a_singular_thing_stays_no_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "Peruvian" not in _codes(nlp, kb, "Peruvian coffee fetched a high price.")
