"""A seat of power after "to" (actors/names.py): "a visit to the Kremlin", "a letter to the White House" go to the
government it stands for, so it keeps its sector; after a preposition that only places a thing ("talks in the
Kremlin", "met at the White House") it names no actor. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from bilateral.actors import KnowledgeBase, resolve_actors

DAY = dt.date(2024, 3, 12)


def _codes(nlp: Language, kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    sent = nlp(text)
    return [(sent[m.start:m.end].text, m.actor.code) for m in resolve_actors(sent, kb, DAY)]


@pytest.mark.parametrize(("text", "seat", "code"), [
    ("The German chancellor's visit to the Kremlin ended on Monday.", "Kremlin", "RUSGOV"),
    ("The senators sent a letter to the White House on Friday.", "White House", "USAGOV"),
])
def test_seat_of_power_after_to_is_its_government(nlp: Language, kb: KnowledgeBase, text: str, seat: str,
                                                 code: str) -> None:
    assert any(seat in t and c == code for t, c in _codes(nlp, kb, text))


@pytest.mark.parametrize(("text", "seat"), [
    ("Talks in the Kremlin ended on Monday without a deal.", "Kremlin"),
    ("The two delegations met at the White House on Friday.", "White House"),
])
def test_seat_of_power_as_a_place_is_no_actor(nlp: Language, kb: KnowledgeBase, text: str, seat: str) -> None:
    assert not any(seat in t for t, _ in _codes(nlp, kb, text))
