"""A demonym and a polity noun name that country's state (actors/names.py ``_polity``): invented sentences,
must-fire and must-not cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

ON = dt.date(2021, 6, 1)


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(text), kb, ON)}


@pytest.mark.model
def test_actors_polity_demonym_state_is_the_government(nlp: Any, kb: KnowledgeBase) -> None:
    assert _codes(nlp, kb, "Armed separatists have waged a long war against the Kenyan state.").get(
        "Kenyan state") == "KENGOV"
    assert _codes(nlp, kb, "The Nigerian state detained four reporters on Friday.").get("Nigerian state") == "NGAGOV"


@pytest.mark.model
def test_actors_polity_places_and_hypotheticals_are_no_state(nlp: Any, kb: KnowledgeBase) -> None:
    # must not: a state of a federation, named or placed, an indefinite one, and "state" with no demonym
    for text in ("Gunmen raided villages in the Indian state of Assam.",
                 "Gunmen raided the Indian state Assam last week.",
                 "Floods hit farms in the Mexican state on Sunday.",
                 "Gunmen raided the Mexican state where the cartel is based.",
                 "Leaders backed the creation of a Palestinian state.",
                 "The president declared a state of emergency.",
                 "Kenyan officials worried about the state of the economy."):
        assert not any(code.endswith("GOV") and "state" in name.split()
                       for name, code in _codes(nlp, kb, text).items()), text
