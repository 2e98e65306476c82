"""An accusation of an offence told in the passive with no accuser is a charge, the state's legal act (173,
events/recoding.py), whose doer the story gives as for an arrest (events/implied.py: the earlier custodian, or
the state of a one-country story). Must-not cases: an accuser named, no offence named, an active accusation, a
verdict, a denied charge, a story of two countries. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

Coded = set[tuple[int, str, str | None, str, str]]


def _coded(text: str) -> Coded:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


_CLASH = "Peruvian police clashed with opposition protesters in Lima on Monday, Peruvian officials said. "


def _charged(got: Coded, index: int = 1) -> list[tuple[int, str, str | None, str, str]]:
    return [e for e in got if e[0] == index and e[3] == "173"]


def test_events_charged_accusations_an_unnamed_accuser_of_a_crime_is_the_state() -> None:
    got = _charged(_coded(_CLASH + "Some Peruvian opposition leaders were accused of sedition."))
    assert got and all(e[1].startswith("PER") and e[2] == "PEROPP" and e[4] == "asserted" for e in got)


def test_events_charged_accusations_the_custodian_charges_whom_it_arrested() -> None:
    got = _coded("Peruvian police arrested several opposition leaders in Lima on Monday. "
                 "The opposition leaders were accused of rebellion and arson.")
    assert any(e[1] == "PERCOP" and e[2] == "PEROPP" for e in _charged(got))


def test_events_charged_accusations_a_named_accuser_keeps_the_accusation() -> None:
    got = _coded(_CLASH + "Some Peruvian opposition leaders were accused of sedition by the ruling party.")
    assert not _charged(got)


def test_events_charged_accusations_no_offence_no_charge() -> None:
    assert not _charged(_coded(_CLASH + "Some Peruvian opposition leaders were accused of lying to voters."))


def test_events_charged_accusations_an_active_accusation_stays_one() -> None:
    got = _coded(_CLASH + "Peruvian officials accused the opposition leaders of sedition.")
    assert not _charged(got)
    assert any(e[0] == 1 and e[3].startswith("112") for e in got)


def test_events_charged_accusations_a_verdict_is_no_charge() -> None:
    assert not _charged(_coded(_CLASH + "Some Peruvian opposition leaders were convicted of sedition."))


def test_events_charged_accusations_a_denied_charge_is_not_asserted() -> None:
    got = _charged(_coded(_CLASH + "Some Peruvian opposition leaders were never accused of sedition."))
    assert all(e[4] not in ("asserted", "alleged") for e in got)


def test_events_charged_accusations_no_doer_in_a_story_of_two_countries() -> None:
    got = _coded("Peruvian police clashed with Chilean protesters in Lima on Monday, Peruvian officials said. "
                 "Some Peruvian opposition leaders were accused of sedition.")
    assert not _charged(got)


def test_events_charged_accusations_conduct_is_no_crime() -> None:
    got = _coded(_CLASH + "Some Peruvian opposition leaders were accused of beating and killing two guards.")
    assert not _charged(got)
