"""Telling, instructing or encouraging a named actor to act is a demand or an appeal even when the asked act codes
nothing (events/directives.py). Must not: the press as addressee, a passive with no teller, a "that" clause only
reported or about a third party. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


@pytest.mark.parametrize("text,want", [
    ("The Ghanaian president told Ghanaian lawmakers to draft rules on street trading.",
     ("GHAGOV", "GHALEG", "REQUEST")),
    ("The Ghanaian president encouraged Ghanaian lawmakers to draft rules on street trading.",
     ("GHAGOV", "GHALEG", "REQUEST")),
    ("The Ghanaian interior ministry instructed the Ghanaian police to speed up their inquiries.",
     ("GHAGOV", "GHACOP", "REQUEST")),
    ('"I encourage the Ghanaian police to speed up their inquiries," the U.N. envoy said.',
     ("IGOUNO", "GHACOP", "REQUEST")),
    ("EU officials told the Italian government that it should not close its borders.",
     ("IGOEU", "ITAGOV", "REQUEST")),
    # an addressee with no country of its own ("national governments", ---GOV) is as sure as with "urged"
    ("EU ministers met in Brussels on Monday. EU envoys told national governments that they should not shut "
     "borders.", ("IGOEU", "---GOV", "REQUEST")),
])
def test_events_directive_with_uncoded_act(text: str, want: tuple[str, str, str]) -> None:
    assert want in _dyads(text)


@pytest.mark.parametrize("text", [
    "The Ghanaian president told reporters to expect delays at the border.",
    "The Ghanaian police were told to speed up their inquiries.",
    "EU officials told the Italian government that the economy is strong.",
    "EU officials told Italian lawmakers that Greece must reopen its borders.",
    "The Ghanaian president was encouraged by the talks.",
])
def test_events_directive_must_not(text: str) -> None:
    assert not any(t in ("GHALEG", "GHACOP", "ITAGOV", "ITALEG") and ty == "REQUEST" for _, t, ty in _dyads(text))


@pytest.mark.parametrize("text,want", [
    ('"The Ghanaian police are instructed to restore order in Tamale," the Ghanaian president said.',
     ("GHAGOV", "GHACOP", "REQUEST")),
    ('"Ghanaian lawmakers are encouraged to draft rules on street trading," the U.N. envoy said.',
     ("IGOUNO", "GHALEG", "REQUEST")),
])
def test_events_directive_speakers_passive(text: str, want: tuple[str, str, str]) -> None:
    assert want in _dyads(text)


@pytest.mark.parametrize("text", [
    # a past passive is reported, not given, by the speaker
    '"The Ghanaian police were instructed to restore order in Tamale," the Ghanaian president said.',
    # no speaker: the news voice does not instruct
    "The Ghanaian police are instructed to restore order in Tamale.",
    # "are told" reports what others say
    '"Ghanaian lawmakers are told to draft rules on street trading," the U.N. envoy said.',
])
def test_events_directive_speakers_passive_must_not(text: str) -> None:
    assert not any(t in ("GHALEG", "GHACOP") and ty == "REQUEST" for _, t, ty in _dyads(text))


def _codes(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_events_directive_an_order_not_to_print_is_censorship() -> None:
    got = _codes("The Zambian information ministry instructed Zambian publishers not to print opposition leaflets.")
    assert ("ZMBGOV", "ZMBBUS", "1721") in got


def test_events_directive_an_order_to_print_or_not_to_travel_is_no_censorship() -> None:
    got = _codes("The Zambian information ministry instructed Zambian publishers to print the new tax rates.")
    assert not any(c == "1721" for _, _, c in got)
    got = _codes("The Zambian interior ministry instructed Zambian police not to travel to the border.")
    assert not any(c == "1721" for _, _, c in got)
