"""An ownerless domestic measure told as coming into force in a one-country story (events/home_measures.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


_CRACKDOWN = "Ethiopian soldiers killed five Ethiopian protesters in Gondar on Monday. "


def test_events_home_measures_a_curfew_in_force_is_the_story_countrys() -> None:
    got = _coded(_CRACKDOWN + "Residents of Bahir Dar said a nationwide curfew went into effect on Tuesday night.")
    assert (1, "ETHGOV", "ETH", "COERCE") in got


def test_events_home_measures_not_in_a_story_of_two_countries_or_of_no_earlier_act() -> None:
    got = _coded("Kenyan troops fought Somali militants near Mandera on Monday. Residents of Mandera said a curfew "
                 "went into effect on Tuesday.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)  # whose curfew it is stays open
    got = _coded("A nationwide curfew went into effect in Gondar on Tuesday night, residents said.")
    assert not any(e[3] == "COERCE" for e in got)  # a one-off mention: no story to read it from


def test_events_home_measures_not_hedged_owned_by_another_or_no_domestic_measure() -> None:
    got = _coded(_CRACKDOWN + "Residents of Bahir Dar fear a curfew could go into effect on Tuesday night.")
    assert not any(e[0] == 1 and e[3] == "COERCE" and e[2] == "ETH" for e in got)  # not said to have happened
    got = _coded(_CRACKDOWN + "A curfew imposed by Eritrean forces went into effect on Tuesday night.")
    assert not any(e[0] == 1 and e[1] == "ETHGOV" for e in got)  # its "by" phrase names another doer
    got = _coded(_CRACKDOWN + "New import tariffs went into effect in Bahir Dar on Tuesday.")
    assert not any(e[0] == 1 and e[1] == "ETHGOV" for e in got)  # tariffs are no measure on the state's own people
