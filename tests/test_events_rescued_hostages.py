"""The unnamed rescuer of hostages the story told taken is the state's forces of their country
(events/rescued_hostages.py). Sentences written for these tests."""

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


_SEIZED = ("Pakistani Taliban militants stormed a bus in Pakistan's Sindh province on Tuesday and took dozens of "
           "Pakistani passengers hostage, officials said. ")
_RESCUED = "Forty Pakistani passengers had been rescued on Tuesday night, officials said."


def test_events_rescued_hostages_a_passive_rescue_is_the_states_forces() -> None:
    assert (1, "PAKMIL", "PAKCVL", "AID") in _coded(_SEIZED + _RESCUED)


def test_events_rescued_hostages_the_story_forces_named_before_are_the_rescuers() -> None:
    got = _coded(_SEIZED + "Pakistani police fought the militants near the town for hours. " + _RESCUED)
    assert (2, "PAKCOP", "PAKCVL", "AID") in got


def test_events_rescued_hostages_not_with_an_agent_a_hedge_or_a_release() -> None:
    got = _coded(_SEIZED + "Forty Pakistani passengers had been rescued by local farmers, officials said.")
    assert not any(e[0] == 1 and e[1] == "PAKMIL" for e in got)
    got = _coded(_SEIZED + "Forty Pakistani passengers could be rescued on Tuesday night, officials said.")
    assert not any(e[0] == 1 and e[3] == "AID" for e in got)
    got = _coded(_SEIZED + "Forty Pakistani passengers had been freed on Tuesday night, officials said.")
    assert not any(e[0] == 1 and e[1] == "PAKMIL" for e in got)


def test_events_rescued_hostages_no_rescuer_without_hostages_taken_by_a_group_of_their_country() -> None:
    assert not any(e[3] == "AID" for e in _coded(_RESCUED))
    got = _coded("Pakistani Taliban militants stormed a bus in Pakistan's Sindh province on Tuesday, officials said. "
                 + _RESCUED)
    assert not any(e[0] == 1 and e[3] == "AID" for e in got)
    got = _coded(_SEIZED.replace("Pakistani Taliban", "Afghan Taliban") + _RESCUED)
    assert not any(e[0] == 1 and e[3] == "AID" for e in got)  # captors of another country (here a state)
