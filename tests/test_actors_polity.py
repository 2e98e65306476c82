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


@pytest.mark.model
def test_actors_polity_side_is_the_government(nlp: Any, kb: KnowledgeBase) -> None:
    # a demonym or a country name definite before "side": the state's government as a party to talks
    assert _codes(nlp, kb, "In the talks, the Kenyan side offered a truce, but the Ugandan side said no.") == {
        "Kenyan side": "KENGOV", "Ugandan side": "UGAGOV"}
    assert _codes(nlp, kb, "The U.S. side walked out of the Geneva meeting on Friday.").get(
        "U.S. side") == "USAGOV"


@pytest.mark.model
def test_actors_polity_side_as_a_place_is_no_government(nlp: Any, kb: KnowledgeBase) -> None:
    # must not: a side of a border, a side one fights on, sides with no demonym
    for text in ("Shells fell on the Syrian side of the frontier, Turkish officials said.",
                 "A volunteer who fought on the Ukrainian side was wounded in Kharkiv.",
                 "The other side turned down the offer, Kenyan officials said.",
                 "Both sides signed a truce, Kenya said."):
        assert not any(code.endswith("GOV") and "side" in name.split()
                       for name, code in _codes(nlp, kb, text).items()), text


@pytest.mark.model
def test_actors_polity_region_side_is_as_sure_as_a_state_side(nlp: Any, kb: KnowledgeBase) -> None:
    # "the European side" is the European Union, as sure as "the Kenyan side"; "European consumers" stays no actor
    mentions = {m.actor.text: m for m in resolve_actors(
        nlp("During the talks, the Kenyan side made an offer, but the European side refused."), kb, ON)}
    assert mentions["European"].actor.code == "IGOEU"
    assert mentions["European"].confidence == mentions["Kenyan side"].confidence
    assert "European" not in _codes(nlp, kb, "European consumers paid more for Kenyan tea.")
