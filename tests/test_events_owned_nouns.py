"""Event nouns whose qualifier a state's own modifier stands in for ("U.S. duties": customs charges),
events/owned_nouns.py, coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_LAID = "Washington imposed new tariffs on Brazilian soybeans and copper on Monday. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 9))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def test_events_owned_nouns_a_states_duties_are_its_customs_charges_on_whom_it_taxed() -> None:
    got = _coded(_LAID + "The U.S. duties cover soybeans, copper and timber.")
    assert (1, "USA", "BRA", "163", "asserted") in got


def test_events_owned_nouns_a_duty_with_a_target_phrase_of_its_own() -> None:
    got = _coded("Officials in Lima said Peruvian duties on Bolivian rice rose sharply last month.")
    assert any(e[1] == "PER" and (e[2] or "").startswith("BOL") and e[3] == "163" for e in got)


def test_events_owned_nouns_no_event_for_a_persons_or_a_forces_duties() -> None:
    for duties in ("The police duties cover soybeans, copper and timber.",
                   "The president's duties cover trade, defense and diplomacy.",
                   "The Brazilian army duties cover the border region."):
        got = _coded(_LAID + duties)
        assert not any(e[0] == 1 and e[3] == "163" for e in got), duties


def test_events_owned_nouns_no_event_for_a_states_duties_with_no_measure_told() -> None:
    # nothing says whom the charges hit: no earlier measure by that side, no target phrase
    got = _coded("U.S. duties were discussed at length by farmers in Iowa on Monday.")
    assert not any(e[3] == "163" for e in got)


def test_events_owned_nouns_a_state_hung_on_the_goods_lays_the_measure() -> None:
    # the parser hangs "U.S." on "steel": the state named first is who lays the tariffs, aimed as before
    got = _coded("Washington imposed new tariffs on Brazilian soybeans on Monday. An official added that the doubled "
                 "U.S. steel and copper tariffs would take effect Friday.")
    assert any(e[0] == 1 and e[1] == "USA" and e[2] == "BRA" and e[3] == "1312" for e in got)


def test_events_owned_nouns_no_owner_from_a_demonym_on_the_goods() -> None:
    # "Chinese steel tariffs" are as often tariffs on Chinese steel: no owner read from the goods' modifier
    got = _coded("Washington imposed new tariffs on Brazilian soybeans on Monday. The president said the "
                 "Chinese steel tariffs would take effect Friday.")
    assert not any(e[0] == 1 and e[1] in ("CHN", "CHNGOV") for e in got)


_TAXED = "The European Union imposed tariffs on Chilean wine and copper on Monday. "


def test_events_owned_nouns_a_bodys_measures_are_its_charges_on_whom_it_taxed() -> None:
    # "measures" alone is any step; a state's or a body's own measures after its tariffs are those charges
    got = _coded(_TAXED + "The new EU measures apply to wine, copper and lumber.")
    assert (1, "IGOEU", "CHL", "163", "asserted") in got


def test_events_owned_nouns_no_event_for_measures_of_no_state_or_of_no_kind() -> None:
    for measures in ("The police measures apply to wine, copper and lumber.",
                     "The president's measures cover trade, defense and diplomacy.",
                     "New security measures were adopted at the airport in Lyon."):
        got = _coded(_TAXED + measures)
        assert not any(e[0] == 1 and e[3] == "163" for e in got), measures


def test_events_owned_nouns_no_event_for_a_bodys_measures_with_no_charge_told() -> None:
    got = _coded("The EU measures to cut emissions apply to farmers in Ghent.")
    assert not any(e[3] == "163" for e in got)
