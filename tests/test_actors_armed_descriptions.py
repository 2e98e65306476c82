"""A definite description of an armed group by its cause ("the separatist group", "the extremist group") points
back to the one armed group named before (actors/coreference.py), and a later bare "the group" follows it
(actors/history.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import resolve_actors

pytestmark = pytest.mark.model

ON = dt.date(2024, 3, 2)


def _codes(nlp: Any, kb: Any, text: str, context: Any) -> list[tuple[str, str]]:
    return [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(text), kb, ON, context)]


def test_armed_descriptions_a_cause_word_makes_an_armed_description(nlp: Any, kb: Any) -> None:
    text = ("The M23 grew into one of the largest armed movements in the east. "
            "The separatist group has fought the army for years. "
            "Later the extremist group seized a town.")
    context = kb.document_context(text, ON)
    assert ("The separatist group", "CODREB") in _codes(
        nlp, kb, "The separatist group has fought the army for years.", context)
    assert ("the extremist group", "CODREB") in _codes(nlp, kb, "Later the extremist group seized a town.", context)


def test_armed_descriptions_two_groups_or_a_group_of_its_own_country_stay(nlp: Any, kb: Any) -> None:
    # two armed groups named before: which one is unclear
    two = ("The M23 and Boko Haram are among the largest armed movements in Africa. "
           "The separatist group has fought the army for years.")
    found = _codes(nlp, kb, "The separatist group has fought the army for years.", kb.document_context(two, ON))
    assert not any(code in ("CODREB", "NGAREB") for _, code in found)
    # a demonym of its own names the group's country, not the one named before
    one = ("The M23 grew into one of the largest armed movements in the east. "
           "The Cameroonian separatist group has fought the army for years.")
    found = _codes(nlp, kb, "The Cameroonian separatist group has fought the army for years.",
                   kb.document_context(one, ON))
    assert ("The Cameroonian separatist group", "CODREB") not in found
    assert not any(code == "CODREB" for _, code in found)
    # a group with no armed word is no armed description ("a separatist" alone is a person, not a group noun)
    plain = ("The M23 grew into one of the largest armed movements in the east. "
             "The farmers' group has criticised the army for years.")
    found = _codes(nlp, kb, "The farmers' group has criticised the army for years.", kb.document_context(plain, ON))
    assert not any(code == "CODREB" for _, code in found)


def test_armed_descriptions_a_bare_group_follows_the_chain() -> None:
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = ("The M23 grew into one of the largest armed movements in the east. "
            "The separatist group has fought a long war against the Congolese state. "
            "The group also condemned Rwanda's mining deals on Monday.")
    [done] = code_documents([Document("a", text, published=ON)], res)
    assert any(e.source.code == "CODREB" and e.target is not None and e.target.country == "RWA"
               for e in done.events)
