"""A bare definite office title points back to the one person the document named who holds that very office
(actors/coreference.py ``_office_reference``, context.py ``titled_holders``): "the secretary-general" after a named
U.N. Secretary-General. Must-not cases: two holders of the office named, a title with words of its own ("the NATO
secretary-general"), a title that is only part of an office ("the secretary"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

pytestmark = pytest.mark.model

ON = dt.date(2023, 6, 14)
NAMED = "U.N. Secretary-General Antonio Guterres landed in Lusaka on Tuesday for talks on the drought. "


def _coded(nlp: Any, kb: KnowledgeBase, document: str, sentence: str) -> list[tuple[str, str, str]]:
    context = kb.document_context(document, ON)
    return [(m.actor.text, m.actor.code, m.resolved_by) for m in resolve_actors(nlp(sentence), kb, ON, context)]


def test_actors_office_reference_the_title_is_its_one_named_holder(nlp: Any, kb: KnowledgeBase) -> None:
    later = "The secretary-general will tour the flooded districts with Zambian officials."
    got = _coded(nlp, kb, NAMED + later, later)
    assert ("secretary-general", "IGOUNO", "coreference") in got
    assert not any(code.endswith("MIL") for _, code, _ in got)  # "general" is no soldier here


def test_actors_office_reference_two_holders_leave_it_open(nlp: Any, kb: KnowledgeBase) -> None:
    later = "The secretary-general will tour the flooded districts with Zambian officials."
    document = NAMED + "NATO Secretary General Jens Stoltenberg sent a message of support. " + later
    assert not any(code in ("IGOUNO", "IGONATO") for _, code, _ in _coded(nlp, kb, document, later))


@pytest.mark.parametrize("later", [
    "The NATO secretary-general will tour the flooded districts.",  # words of its own
    "The secretary will tour the flooded districts with Zambian officials.",  # only part of the office
])
def test_actors_office_reference_needs_the_bare_whole_title(nlp: Any, kb: KnowledgeBase, later: str) -> None:
    assert not any(code == "IGOUNO" and how == "coreference" for _, code, how in _coded(nlp, kb, NAMED + later, later))


BIDEN = "U.S. President Joe Biden flew to Hanoi on Sunday for a two-day stop. "


@pytest.mark.parametrize("later", [
    "An aide said the president would sit down with Vietnamese leaders if time allowed.",
    "The aide added that the president would also meet with business leaders in the city.",
])
def test_actors_office_reference_the_president_is_the_one_named(nlp: Any, kb: KnowledgeBase, later: str) -> None:
    context = kb.document_context(BIDEN + later, ON)
    got = [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(later), kb, ON, context)]
    assert ("president", "USAGOV") in got


def test_actors_office_reference_the_president_of_a_body_is_not_the_named(nlp: Any, kb: KnowledgeBase) -> None:
    later = "An aide said the president of the chamber of commerce would attend the dinner."
    context = kb.document_context(BIDEN + later, ON)
    assert not any(m.actor.code == "USAGOV" for m in resolve_actors(nlp(later), kb, ON, context))
