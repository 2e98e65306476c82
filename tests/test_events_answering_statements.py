"""A rejection told again as the answer to a named proposal (events/answering_statements.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2022, 9, 14))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.cameo, e.modality)
            for e in done.events}


_REFUSED = ("Ecuador on Tuesday refused to lift its sanctions on Bolivia. "
            "The region is calm. ")


def test_events_answering_statements_the_told_rejection_answers_the_proposers() -> None:
    got = _coded(_REFUSED + "The message was issued in response to a Chilean and Peruvian proposal to lift the "
                            "sanctions on Bolivia.")
    assert {e for e in got if e[0] == 2 and e[3] == "120"} == {(2, "ECU", "CHL", "120", "asserted"),
                                                                (2, "ECU", "PER", "120", "asserted")}


def test_events_answering_statements_needs_a_rejection_about_what_the_proposal_names() -> None:
    # no rejection told before: the statement may have welcomed the proposal
    assert not any(e[0] == 2 and e[3] == "120" for e in _coded(
        "Ecuador on Tuesday praised Bolivia. The region is calm. The message was "
        "issued in response to a Chilean proposal to lift the sanctions on Bolivia."))
    # the rejection told is about another party than the proposal
    assert not any(e[0] == 2 and e[3] == "120" for e in _coded(
        _REFUSED + "The message was issued in response to a Chilean proposal to open talks with Argentina."))
    # the proposal names no maker
    assert not any(e[0] == 2 and e[3] == "120" for e in _coded(
        _REFUSED + "The message was issued in response to a proposal to lift the sanctions on Bolivia."))
