"""Two states calling back their own envoys cut ties with each other (events/own_envoys.py): invented sentences,
must-fire and must-not cases."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.country or e.source.code, (e.target.country or e.target.code) if e.target else "", e.cameo)
            for e in done.events}


def test_a_pair_recalling_their_envoys_acts_on_each_other() -> None:
    both_ways = {("GHA", "TGO", "161"), ("TGO", "GHA", "161")}
    assert both_ways <= _coded("Ghana and Togo recalled their ambassadors in 2019.")
    story = ("Ghana and Togo are rebuilding ties. Their row started years ago, and both nations withdrew their"
             " ambassadors.")
    assert both_ways <= _coded(story)


def test_no_mutual_recall_for_one_state_a_third_party_or_other_acts() -> None:
    # must not: one subject, a third party named, troops rather than envoys
    assert ("TGO", "GHA", "161") not in _coded("Ghana recalled its ambassador in 2019.")
    coded = _coded("Ghana and Togo withdrew their ambassadors from Mali.")
    assert ("GHA", "TGO", "161") not in coded and ("GHA", "MLI", "161") in coded
    coded = _coded("Ghana and Togo withdrew their troops in 2019.")
    assert not any(c[:2] in (("GHA", "TGO"), ("TGO", "GHA")) for c in coded)
