"""A domestic measure laid on a part of a place of its own country ("martial law on four districts in X") takes
that place as its target in the trigger's own slot (events/home_places.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_SHOOTING = "Malian soldiers shot dead three students in Bamako on Monday. "


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


def test_events_home_places_a_measure_on_parts_of_a_home_place_targets_that_place() -> None:
    got = _coded(_SHOOTING + "The junta imposed martial law on four districts in Bamako on Tuesday.")
    assert (1, "MLIGOV", "MLI", "COERCE") in got


def test_events_home_places_not_a_foreign_place() -> None:
    got = _coded(_SHOOTING + "The junta imposed martial law on refugee camps in Niger on Tuesday.")
    assert not any(e[0] == 1 and e[2] in ("MLI", "NER") and e[1] == "MLIGOV" for e in got)  # no home of its own


def test_events_home_places_not_a_group_nor_a_measure_that_is_not_domestic() -> None:
    got = _coded(_SHOOTING + "The junta imposed a state of emergency on supporters of the opposition party on Tuesday.")
    assert not any(e[0] == 1 and e[2] == "MLI" for e in got)  # a group is no place
    got = _coded(_SHOOTING + "The junta imposed sanctions on four traders in Bamako on Tuesday.")
    assert not any(e[0] == 1 and e[2] == "MLI" for e in got)  # sanctions fall on the traders, not on a place


def test_events_home_places_a_measure_on_parts_of_the_own_capital_is_on_the_country() -> None:
    got = _coded(_SHOOTING + "The junta imposed a curfew on two suburbs of Bamako on Tuesday.")
    assert (1, "MLIGOV", "MLI", "COERCE") in got  # the capital is the place, not the government itself


def test_events_home_places_a_foreign_capital_or_a_measure_that_is_not_domestic_stays_its_government() -> None:
    got = _coded(_SHOOTING + "The junta imposed a curfew on two suburbs of Niamey on Tuesday.")
    assert not any(e[0] == 1 and e[2] in ("MLI", "NER") for e in got)
    got = _coded("Mali imposed sanctions on Niamey on Tuesday.")
    assert (0, "MLI", "NERGOV", "COERCE") in got  # sanctions on a capital are on its government (163)
