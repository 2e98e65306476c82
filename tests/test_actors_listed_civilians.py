"""Trade nouns listed among the victims of an act beside a group with a country are that country's civilians
(``actors/listed_civilians.py``): "attacks on soldiers, miners and teachers" in a story about Mali."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors.knowledge import KnowledgeBase
from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)
STORY = ("BAMAKO — Mali's army said on Tuesday that it had repelled an assault near Gao. "
         "Mali's government declared three days of mourning for the dead. ")


def _codes(nlp: Any, kb: KnowledgeBase, last: str) -> dict[str, str]:
    """Mention text -> code in the sentence ``last`` closing the Mali story."""
    return story_codes(nlp, kb, STORY + last, ON)


def _events(last: str) -> set[tuple[str, str | None, str, str]]:
    """(source code, target code, CAMEO code, modality) of the events coded in the sentence ``last`` of the story."""
    [done] = code_documents([Document("d", STORY + last, published=ON)], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events if e.sentence_index == 2}


@pytest.mark.model
def test_listed_civilians_share_the_country_of_their_list(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(nlp, kb, "Jihadists have stepped up raids on police officers, miners and teachers in the region.")
    assert codes.get("miners") == "MLICVL" and codes.get("teachers") == "MLICVL"
    codes = _codes(nlp, kb, "The insurgents abducted soldiers' wives, officials and engineers last week.")
    assert codes.get("engineers") == "MLICVL"


@pytest.mark.model
def test_listed_civilians_are_targets_of_the_act() -> None:
    found = _events("JNIM has stepped up attacks on police officers, settlers and drivers "
                    "across the centre.")
    assert ("MLIREB", "MLICOP", "190", "asserted") in found
    assert any(source == "MLIREB" and target == "MLICVL" and cameo.startswith(("18", "19")) and mod == "asserted"
               for source, target, cameo, mod in found)


@pytest.mark.model
def test_listed_civilians_not_when_acting_alone_or_named(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    marched = _codes(nlp, kb, "Police officers and teachers marched through the capital on Sunday.")
    assert "teachers" not in marched  # a list that acts, not one acted on
    alone = _codes(nlp, kb, "Jihadists have stepped up raids on teachers in the region.")
    assert "teachers" not in alone  # no member placed beside it
    foreign = _codes(nlp, kb, "Jihadists kidnapped police officers and foreign engineers near the border.")
    assert foreign.get("foreign engineers") != "MLICVL" and foreign.get("engineers") != "MLICVL"
    named = _codes(nlp, kb, "Jihadists kidnapped police officers and Chinese engineers near the border.")
    assert "MLICVL" not in named.values()


@pytest.mark.model
def test_listed_civilians_not_in_a_single_sentence(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    codes = story_codes(nlp, kb, "Jihadists have stepped up raids on police officers, miners and teachers.", ON)
    assert "MLICVL" not in codes.values() and "miners" not in codes


def test_listed_civilians_trades_keep_their_sector_as_nouns(kb) -> None:  # type: ignore[no-untyped-def]
    assert {"settlers", "workers", "teachers"} <= kb.sectors.listed_trades
    assert kb.sectors.noun_sector(("workers",)) == "LAB"  # workers who act (a strike) stay labour
