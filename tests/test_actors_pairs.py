"""Two names joined by a hyphen after an abbreviation ("U.S.-Ukraine talks") are two actors, as "Russia-Ukraine" is."""

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


def _codes(nlp, kb: KnowledgeBase, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.actor.code for m in resolve_actors(nlp(text), kb, dt.date(2021, 5, 4))]


def test_abbreviation_and_country_joined_by_hyphen_are_both_coded(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, "The U.S.-Morocco talks ended early.") == ["USA", "MAR"]
    assert _codes(nlp, kb, "Chile and Peru watched the U.K.-Argentina dispute.")[-2:] == ["GBR", "ARG"]


def test_abbreviation_alone_or_with_lower_case_word_stays_one_token(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in nlp("U.S. officials met U.S.-based investors.")][:4] == ["U.S.", "officials", "met",
                                                                                      "U.S.-based"]
    assert [t.text for t in nlp("The F-16 and the Coca-Cola plant.")][1] == "F-16"
