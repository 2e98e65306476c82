"""A state named as such that lays a domestic measure on its own country is its government ("Malawi banned the
trade in pangolin scales": MLWGOV on Malawi, docs/gold-guidelines.md, Actors), the coder's ``domestic`` target
(events/coder.py ``_as_government``); and a trade, sale or consumption banned is such a measure (lexicon)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_MEETING = "Officials in Lilongwe met wildlife groups on Monday to discuss the numbers of elephants. "


def _coded(text: str) -> set[tuple[int, str, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def test_events_home_states_a_bare_state_banning_a_trade_is_its_government_on_itself() -> None:
    got = _coded(_MEETING + "Malawi banned the trade in pangolin scales in 2019.")
    assert (1, "MWIGOV", "MWI", "172", "asserted") in got
    got = _coded(_MEETING + "Zambia prohibited the sale of bushmeat last year.")
    assert (1, "ZMBGOV", "ZMB", "172", "asserted") in got


def test_events_home_states_a_bare_state_declaring_a_curfew_is_its_government() -> None:
    got = _coded(_MEETING + "Malawi declared a curfew in three districts on Tuesday.")
    assert any(e[0] == 1 and e[1] == "MWIGOV" and e[2] == "MWI" and e[3] == "1723" for e in got)


def test_events_home_states_not_a_state_acting_abroad_nor_an_import_ban() -> None:
    got = _coded(_MEETING + "Malawi imposed sanctions on Zimbabwe in 2019.")
    assert not any(e[0] == 1 and e[2] == "MWI" for e in got)  # a target is named: no domestic target
    got = _coded(_MEETING + "Malawi banned the import of used tyres from South Africa.")
    assert (1, "MWI", "ZAF", "163", "asserted") in got  # a ban on goods from a country is on that country
    assert not any(e[0] == 1 and e[2] == "MWI" for e in got)


def test_events_home_states_not_a_province_named_as_a_place_only() -> None:
    got = _coded(_MEETING + "In Zanzibar, tourists bought wooden carvings from street vendors.")
    assert not any(e[0] == 1 for e in got)


def test_events_home_states_not_a_lifted_or_proposed_ban() -> None:
    got = _coded(_MEETING + "Malawi lifted its ban on the sale of charcoal in March.")
    assert not any(e[0] == 1 and e[3] == "172" for e in got)  # easing a restriction is no ban
    got = _coded(_MEETING + "Malawi may ban the sale of charcoal next year.")
    assert not any(e[0] == 1 and e[3] == "172" and e[4] == "asserted" for e in got)
