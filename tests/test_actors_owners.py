"""A sector noun owned by a named possessor is not placed in the country after it ("the UN chief's envoy in X")."""

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


def test_envoy_of_a_named_body_is_not_the_host_country_s(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "The U.N. secretary-general's special envoy in Mali visited a refugee camp.")
    assert found.get("U.N.") == "IGOUNO"
    assert "MLIGOV" not in found.values()


def test_unnamed_owner_or_no_owner_still_places_the_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, "The president's envoy in Mali visited a refugee camp.").get("envoy in Mali") == "MLIGOV"
    assert _codes(nlp, kb, "Police in Bamako arrested two traders.").get("Police in Bamako") == "MLICOP"
