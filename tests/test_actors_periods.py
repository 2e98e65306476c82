"""An undated group named beside the actor its latest coding would make it (actors/periods.py). Sentences written
for these tests; the groups are the packaged dictionary's dated organisations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

pytestmark = pytest.mark.model


def _codes(nlp: Any, kb: KnowledgeBase, text: str, on: dt.date | None = None) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(text), kb, on)}


def test_actors_periods_a_group_beside_the_government_it_became_is_the_earlier_one(nlp: Any, kb: Any) -> None:
    got = _codes(nlp, kb, "The Taliban rejected talks with the Afghan government.")
    assert got["Taliban"] == "AFGREB" and got["Afghan government"] == "AFGGOV"
    got = _codes(nlp, kb, "HTS refused a ceasefire with the Syrian government.")
    assert got["HTS"] == "SYRREB" and got["Syrian government"] == "SYRGOV"


def test_actors_periods_no_clash_keeps_the_latest_coding(nlp: Any, kb: Any) -> None:
    assert _codes(nlp, kb, "The Taliban rejected talks with the United States.")["Taliban"] == "AFGGOV"


def test_actors_periods_a_dated_sentence_is_coded_for_its_date(nlp: Any, kb: Any) -> None:
    got = _codes(nlp, kb, "The Taliban rejected talks with the Afghan government.", dt.date(2023, 5, 1))
    assert got["Taliban"] == "AFGGOV"


def test_actors_periods_the_groups_own_officer_is_no_other_party(nlp: Any, kb: Any) -> None:
    got = _codes(nlp, kb, "Zabihullah Mujahid said the Taliban would not attend.")
    assert got["the Taliban"] == "AFGGOV"
