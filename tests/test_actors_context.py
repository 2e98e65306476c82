"""Document people and their short names (actors/context.py, coreference.py): family names written first, whole
names, and a short name that is also a town."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

pytestmark = pytest.mark.model

ON = dt.date(2024, 5, 2)


def _coded(nlp: Any, kb: KnowledgeBase, document: str, sentence: str) -> list[tuple[str, str, str]]:
    context = kb.document_context(document, ON)
    return [(m.actor.text, m.actor.code, m.resolved_by) for m in resolve_actors(nlp(sentence), kb, ON, context)]


def test_actors_context_a_family_name_written_first_is_the_short_name(nlp: Any, kb: KnowledgeBase) -> None:
    later = "Officials in Hanoi later met with Kim."
    document = "North Korean leader Kim Jong Un arrived in Hanoi on Monday. " + later
    assert ("Kim", "PRKGOV", "coreference") in _coded(nlp, kb, document, later)
    context = kb.document_context(document, ON)
    assert "Kim" in context.surnames
    assert not any(p.name == "Kim Jong" for p in context.people)  # the title's reading is the same person


def test_actors_context_given_names_and_shared_family_names_stay_unresolved(kb: KnowledgeBase) -> None:
    kenya = kb.document_context("Kenyan Foreign Minister Peter Mwangale visited Kampala. Mwangale met Ugandan "
                                "officials.", ON)
    assert "Mwangale" in kenya.surnames and "Peter" not in kenya.surnames
    two = kb.document_context("South Korean Foreign Minister Kim Sung-han met South Korean Defence Minister Kim "
                              "Tae-ho in Seoul. Kim later left.", ON)
    assert "Kim" not in two.surnames


def test_actors_context_a_name_used_in_full_is_one_mention(nlp: Any, kb: KnowledgeBase) -> None:
    later = "Tran Quoc Hai later accused Laos of lying."
    document = "Vietnamese Foreign Minister Tran Quoc Hai arrived in Vientiane. " + later
    found = _coded(nlp, kb, document, later)
    assert [f for f in found if f[2] == "coreference"] == [("Tran Quoc Hai", "VNMGOV", "coreference")]
