"""An ownerless protest noun aimed at the rulers of a one-country story is that country's people's protest
(events/protests_against_rulers.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 8))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events
            if e.modality in ("asserted", "alleged")}


_LEAD = "Belarusian police detained dozens of opposition activists in Minsk on Monday. "


def test_events_protests_against_rulers_an_ownerless_protest_is_the_peoples() -> None:
    got = _coded(_LEAD + "The raids came on the third anniversary of the start of protests against Lukashenko.")
    assert (1, "BLRCVL", "BLRGOV", "PROTEST") in got
    got = _coded(_LEAD + "Mass protests against the government of Belarus spread to twelve towns.")
    assert (1, "BLRCVL", "BLRGOV", "PROTEST") in got


def test_events_protests_against_rulers_not_when_the_protesters_are_named() -> None:
    got = _coded(_LEAD + "The raids came after the students' protests against Lukashenko.")
    assert not any(e[0] == 1 and e[1] == "BLRCVL" for e in got)
    got = _coded(_LEAD + "The raids came as students held protests against Lukashenko.")
    assert (1, "BLREDU", "BLRGOV", "PROTEST") in got and not any(e[0] == 1 and e[1] == "BLRCVL" for e in got)


def test_events_protests_against_rulers_not_abroad_nor_against_another_state() -> None:
    got = _coded(_LEAD + "Thousands marched in Paris on Sunday in protests against Lukashenko.")
    assert not any(e[0] == 1 and e[1] == "BLRCVL" for e in got)  # held abroad: maybe by others
    got = _coded(_LEAD + "The raids came after protests against Russia.")
    assert not any(e[0] == 1 and e[3] == "PROTEST" for e in got)  # another state than the story's


def test_events_protests_against_rulers_not_a_protest_not_held() -> None:
    got = _coded(_LEAD + "The opposition called for protests against Lukashenko.")
    assert not any(e[0] == 1 and e[1] == "BLRCVL" for e in got)
    got = _coded(_LEAD + "There were no protests against Lukashenko.")
    assert not any(e[0] == 1 and e[1] == "BLRCVL" for e in got)
    got = _coded(_LEAD + "The raids came after protests against the new tax law.")
    assert not any(e[0] == 1 and e[1] == "BLRCVL" for e in got)  # a measure, no ruler: not this rule's


def test_events_protests_against_rulers_not_without_a_story_country() -> None:
    got = _coded("Mass protests against the government of Belarus spread to twelve towns.")
    assert not any(e[1] == "BLRCVL" for e in got)
