"""Sector words of the actor data that news uses for civilians and armed groups: "passengers", "outfit"."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 12))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo[:2])
            for e in done.events}


def test_actors_group_words_passengers_are_civilians() -> None:
    assert (0, "PAKMIL", "PAKCVL", "07") in _coded("Pakistani troops rescued 40 Pakistani passengers on Tuesday.")


def test_actors_group_words_an_outfit_is_what_its_modifiers_say() -> None:
    # a militant outfit is an armed group; a bare "outfit" (a band, a firm) names no sector
    got = _coded("The Baloch Liberation Army attacked a train in Pakistan on Monday. The separatist militant "
                 "outfit also attacked Pakistani soldiers in Quetta.")
    assert any(e[0] == 1 and e[1] == "PAKREB" and e[2] == "PAKMIL" for e in got)
    assert not any(e[0] == 1 for e in _coded("Pakistani police arrested two men in Quetta on Monday. The outfit "
                                            "also attacked a rival band's manager."))


def test_actors_group_words_an_operation_acts_as_its_modifiers_sector() -> None:
    # a country's army or police operation is that force's act; an operation with no sector word is no actor
    assert (0, "NGAMIL", "NGAREB", "18") in _coded("A Nigerian army operation killed 20 Boko Haram fighters in "
                                                   "Borno on Friday.")
    assert any(e[1] == "KENCOP" and e[3] == "17" for e in _coded("A Kenyan police operation arrested 40 suspected "
                                                                 "smugglers in Mombasa on Friday."))
    assert not _coded("A Nigerian operation killed 20 Boko Haram fighters in Borno on Friday.")
    assert not _coded("The Nigerian operation of the port angered Ghanaian officials on Friday.")
    assert not _coded("A peacekeeping operation protected Malian civilians from Islamist militants on Friday.")
