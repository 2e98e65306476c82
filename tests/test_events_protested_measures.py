"""A protest against an ownerless domestic measure in a one-country story is aimed at that country's government
(events/protested_measures.py)."""

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


_APPEAL = "Ghanaian cocoa farmers urged the government of Ghana on Monday to scrap a new export levy. "


def test_events_protested_measures_a_protest_against_a_domestic_measure_targets_the_government() -> None:
    got = _coded(_APPEAL + "Dozens of cocoa traders in Accra staged a sit-in on Tuesday to protest the new fees.")
    assert (1, "GHABUS", "GHAGOV", "PROTEST") in got
    got = _coded(_APPEAL + "Hundreds of Ghanaian students marched against the curfew on Wednesday.")
    assert (1, "GHAEDU", "GHAGOV", "PROTEST") in got


def test_events_protested_measures_not_for_a_protest_of_no_measure_or_an_owned_one() -> None:
    got = _coded(_APPEAL + "Ghanaian students protested the killing of a classmate on Tuesday.")
    assert not any(e[0] == 1 and e[2] == "GHAGOV" for e in got)  # a killing is no measure
    got = _coded(_APPEAL + "Ghanaian traders protested the Togolese restrictions on Tuesday.")
    assert not any(e[0] == 1 and e[2] == "GHAGOV" for e in got)  # the measure names whose it is
    got = _coded(_APPEAL + "Ghanaian traders protested the council's new fees on Tuesday.")
    assert not any(e[0] == 1 and e[2] == "GHAGOV" for e in got)  # an owner of its own


def test_events_protested_measures_not_in_a_story_of_two_countries_or_of_no_earlier_act() -> None:
    got = _coded("Ghanaian cocoa traders protested the new fees on Tuesday.")
    assert not any(e[2] == "GHAGOV" for e in got)  # a one-off mention: no story to read whose fees they are
    got = _coded("Ivorian border guards detained six Ghanaian traders on Monday. "
                 "Ghanaian cocoa traders protested the new fees on Tuesday.")
    assert not any(e[0] == 1 and e[2] == "GHAGOV" for e in got)  # the fees may be the other state's
