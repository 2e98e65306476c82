"""Support received by a party's cause or told as received in a capital (events/received.py): "X's plight drew
support from Y" is Y's support for X, and "X's bid won backing in Berlin" the support of that place's state. Must-not
cases: criticism is not given to a cause by a place, aid received in a place is not that place's aid, a subject
that is no cause, a receiver of no actor. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in done.events}


def test_events_received_causes_a_cause_is_its_possessors() -> None:
    assert ("BRA", "PER", "050", "asserted") in _events("Pedro Castillo's plight has received support from Brazil.")


def test_events_received_causes_support_in_a_capital_is_its_states() -> None:
    got = _events("Pedro Castillo's campaign has won wide backing in Washington, his lawyer said.")
    assert {g for g in got if g[0] == "USA" and g[1] == "PER" and g[2].startswith("05")}


def test_events_received_causes_a_bid_backed_in_a_country() -> None:
    assert ("BOL", "PER", "050", "asserted") in _events("Pedro Castillo's bid has won broad backing in Bolivia.")


@pytest.mark.parametrize("text", [
    "Pedro Castillo's plight has drawn criticism in Brazil.",
    "Venezuelan refugees received aid in Colombia.",
    "Venezuelan refugees received support in Colombia.",
    "The dam project has received support in Brazil.",
    "Pedro Castillo's health has received attention in Brazil.",
])
def test_events_received_causes_must_not_fire(text: str) -> None:
    got = _events(text)
    assert not {g for g in got if g[0] in ("BRA", "COL") and g[2][:2] in ("05", "07", "11")}
