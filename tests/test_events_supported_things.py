"""Support for a deal, a plan or a treaty the document told of is support for its parties
(events/supported_things.py): "the draft deal now has the backing of X" after an act that named the deal.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_TOLD = "Chile wants to conclude a deal with Peru on fishing rights. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.event_type)
            for e in done.events}


@pytest.mark.parametrize("second", [
    "The draft deal now has the backing of Bolivia, a long-standing partner of Peru.",
    "The deal has won the backing of Bolivia.",
])
def test_support_for_a_told_deal_goes_to_its_parties(second: str) -> None:
    coded = _coded(_TOLD + second)
    assert (1, "BOL", "CHL", "SUPPORT") in coded and (1, "BOL", "PER", "SUPPORT") in coded


@pytest.mark.parametrize("text", [
    # no earlier act named the deal
    "The draft deal now has the backing of Bolivia.",
    # a thing the earlier act did not name
    _TOLD + "The plan has the backing of Bolivia.",
    # the backer is a party
    _TOLD + "The deal has the backing of Peru.",
    # no actor backs it
    _TOLD + "The deal has the backing of local fishermen.",
])
def test_support_for_a_thing_with_no_told_parties(text: str) -> None:
    assert not any(e[0] == 1 and e[3] == "SUPPORT" for e in _coded(text))
