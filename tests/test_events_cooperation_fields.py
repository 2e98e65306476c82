"""Cooperation that names no field ("cooperate with X", coder.py ``_GENERIC_COOPERATION``) is diplomatic
cooperation (050), and a partner's sector may name its field (frames.json ``sector_cooperation``): cooperating with
prosecutors or a court is judicial cooperation (063). Must not: a one-way backing of prosecutors (no reciprocal
act), cooperation with a state or its army (050, or 062 between armed forces). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 9, 14))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_cooperation_fields_with_prosecutors_is_judicial() -> None:
    got = _coded("A Peruvian businessman arrested in Lima said on Monday he is cooperating with Peruvian "
                 "prosecutors.")
    assert ("PERBUS", "PERJUD", "063") in got
    got = _coded("Chilean prosecutors are cooperating with Peruvian prosecutors in the fraud case.")
    assert ("CHLJUD", "PERJUD", "063") in got


def test_cooperation_fields_with_a_state_is_diplomatic() -> None:
    assert ("CHL", "PER", "050") in _coded("Chile is cooperating with Peru on fisheries.")


def test_cooperation_fields_not_for_one_way_support_or_armed_partners() -> None:
    # backing prosecutors is support given, no cooperation between the two
    assert ("CHL", "PERJUD", "050") in _coded("Chile backed Peruvian prosecutors in the dispute.")
    # two armies cooperating: military cooperation, whatever the judicial table says
    got = _coded("The Chilean army is cooperating with the Peruvian army along the border.")
    assert ("CHLMIL", "PERMIL", "062") in got
    assert not any(code == "063" for _, _, code in got)
