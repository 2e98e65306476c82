"""Talks ruled out in so many words ("there will be no room for talks, X said", events/closed_talks.py): the
speaker's refusal to negotiate (125), aimed at whom its side last acted on. Not a view of no one named, not leeway
granted, not a past lack, not a noun that is no meeting, not with no one acted on. Stories written for these
tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_ACT = "Chile's foreign minister gave Bolivian diplomats ten days to leave Santiago on Friday. "


def _rejections(text: str) -> set[tuple[int, str, str | None, str]]:
    """(sentence, source country, target country, CAMEO) of the rejections coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or "", e.target.country if e.target else None, e.cameo)
            for e in done.events if e.event_type == "REJECT"}


def test_closed_talks_no_room_for_talks_refuses_the_party_acted_on() -> None:
    text = _ACT + "There will be no room for more negotiations, the Chilean foreign minister said on Saturday."
    assert _rejections(text) == {(1, "CHL", "BOL", "125")}


def test_closed_talks_view_of_no_one_named_is_no_refusal() -> None:
    assert _rejections(_ACT + "There will be no room for more negotiations, several analysts said.") == set()


def test_closed_talks_leeway_granted_is_no_refusal() -> None:
    assert _rejections(_ACT + "There is still room for negotiations, the Chilean foreign minister said.") == set()


def test_closed_talks_past_lack_is_no_refusal() -> None:
    text = _ACT + "There was no room for negotiations at the old palace, the Chilean foreign minister said."
    assert _rejections(text) == set()


def test_closed_talks_other_noun_is_no_refusal() -> None:
    assert _rejections(_ACT + "There will be no room for mistakes, the Chilean foreign minister said.") == set()


def test_closed_talks_nobody_acted_on_is_no_refusal() -> None:
    text = "Copper prices rose in Santiago on Friday. " \
        "There will be no room for more negotiations, the Chilean foreign minister said on Saturday."
    assert _rejections(text) == set()
