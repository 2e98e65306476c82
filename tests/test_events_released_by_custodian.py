"""A known person released in the passive with no agent was released by the state body that held or charged them
(events/implied.py ``told_agents``, ``_custodian``). Must-not cases: a person two state bodies acted on, one only
an armed group seized, a release told as possible, a thing released. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _released(text: str) -> set[tuple[int, str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None) for e in done.events
            if e.cameo == "0841"}


def test_events_released_by_the_police_that_arrested_them() -> None:
    assert _released("Kenyan journalist John Kamau was arrested by Kenyan police on Monday. "
                     "John Kamau was released on bail on Wednesday, his lawyer said.") == {(1, "KENCOP", "KENMED")}


def test_events_released_by_the_court_that_charged_them() -> None:
    assert _released("A Nairobi court charged Kenyan journalist John Kamau with incitement on Monday. "
                     "John Kamau has been released on bail, his lawyer said.") == {(1, "KENJUD", "KENMED")}


def test_events_released_no_agent_when_two_bodies_acted_or_none_held_them() -> None:
    # a court and the police: which one released him is left open
    assert not _released("A Nairobi court charged Kenyan journalist John Kamau with incitement on Monday. "
                         "Kenyan police detained John Kamau on Tuesday. John Kamau has been released, his lawyer said.")
    # an armed group's captive: no custodial state body
    assert not _released("Somali militants abducted Kenyan journalist John Kamau on Monday. "
                         "John Kamau was released on Wednesday, his family said.")
    # a single sentence: no earlier act names who held him
    assert not _released("Kenyan journalist John Kamau was released on bail on Wednesday.")


def test_events_released_not_a_possible_release_nor_a_thing() -> None:
    assert not _released("Kenyan police arrested Kenyan journalist John Kamau on Monday. "
                         "John Kamau could be released on Wednesday, his lawyer said.")
    assert not _released("Kenyan police arrested Kenyan journalist John Kamau on Monday. "
                         "The new report was released on Wednesday.")
