"""A threat its maker restates in the first person with a pronoun for the act ("“If we must, we will do it.”",
events/restated_threats.py): coded again with the told threat's code and target, by its maker. Not by another
side, not negated, not without a condition, not when the act is named, not when the maker's latest act is no
threat, not when the threat is far back; a speaker going on ("He continued, “...”") is the quotation's speaker.
Stories written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_THREAT = "Portugal threatened on Monday to impose sanctions on Norway over its fishing fleets. "
_SAID = ("Portugal's foreign minister told reporters in Porto, "
         "\"We have the ships and the coast guard to enforce our waters. ")


def _events(text: str) -> set[tuple[int, str, str | None, str | None, str]]:
    """(sentence, source country, target country, PLOVER type, modality) of the events coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or "", e.target.country if e.target else None, e.event_type or "",
             e.modality) for e in done.events}


def _at(text: str, sentence: int) -> set[tuple[str, str | None, str | None, str]]:
    return {(s, t, p, m) for i, s, t, p, m in _events(text) if i == sentence}


def test_restated_threats_conditioned_pronoun_promise_restates_the_threat() -> None:
    assert _at(_THREAT + _SAID + "If they push us, we will do it.\"", 2) == {("PRT", "NOR", "THREATEN", "future")}


def test_restated_threats_speaker_going_on_is_the_quotations_speaker() -> None:
    text = _THREAT + "Portugal's foreign minister Rui Valente told reporters in Porto that talks had failed. " \
        "He continued, \"We hope the fleets stay away. And if they come back, we'll use it.\""
    assert _at(text, 3) == {("PRT", "NOR", "THREATEN", "future")}


def test_restated_threats_negated_promise_is_no_threat() -> None:
    assert _at(_THREAT + _SAID + "If they push us, we will not do it.\"", 2) == set()


def test_restated_threats_unconditioned_promise_is_no_threat() -> None:
    assert _at(_THREAT + _SAID + "Next week we will do it.\"", 2) == set()


def test_restated_threats_another_sides_promise_is_not_the_makers() -> None:
    text = _THREAT + "Norway's fisheries minister Ola Brekke said, \"If they push us, we will do it.\""
    assert not any(p == "THREATEN" for _, _, p, _ in _at(text, 1))


def test_restated_threats_later_offer_is_what_the_pronoun_stands_for() -> None:
    text = _THREAT + "On Tuesday, Portugal offered Norway new talks on fishing quotas. " \
        "Portugal's foreign minister told reporters, \"If they ask, we will do it.\""
    assert not any(p == "THREATEN" for _, _, p, _ in _at(text, 2))


def test_restated_threats_far_back_threat_is_not_restated() -> None:
    filler = "Fish prices in Lisbon markets rose sharply over the winter months. " * 4
    assert _at(_THREAT + filler + _SAID + "If they push us, we will do it.\"", 6) == set()
