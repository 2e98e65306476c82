"""A refusal naming neither side, told right after the proposal it answers (events/bare_refusals.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str, str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 6, 9))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or e.source.code, e.target.country if e.target else None, e.cameo,
             e.modality, e.date) for e in done.events}


def _answers(text: str) -> set[tuple[str, str | None, str]]:
    """The rejections coded for the second sentence: (source country, target country, CAMEO)."""
    return {(e[1], e[2], e[3]) for e in _coded(text) if e[0] == 1 and e[3].startswith("12")}


def test_events_bare_refusals_a_described_addressee_refuses_the_proposer() -> None:
    got = _coded("In 2019, Chilean officials offered to pay the miners' relatives in Chile to leave the valley. "
                 "The relatives refused.")
    assert (1, "CHL", "CHL", "120", "asserted", "2019") in got  # the answer takes the proposal's date


def test_events_bare_refusals_a_passive_refusal_of_the_proposal() -> None:
    assert _answers("Bolivia offered Peru a new gas deal on Monday. The offer was rejected.") == {("PER", "BOL", "120")}


def test_events_bare_refusals_need_a_bare_refusal_of_a_proposal_told_just_before() -> None:
    # a refusal with words of its own, no proposal before, a proposal two sentences back, a passive subject that is
    # no proposal, and a description the story never used all answer nothing
    assert not _answers("Bolivia offered Peru a new gas deal on Monday. Officials refused to comment.")
    assert not _answers("Bolivia praised Peru on Monday. They refused.")
    assert not any(e[0] == 2 and e[3].startswith("12") for e in _coded(
        "Bolivia offered Peru a new gas deal on Monday. Prices rose sharply. They refused."))
    assert not _answers("Bolivia offered Peru a new gas deal on Monday. The pipeline was rejected.")
    assert not _answers("In 2019, Chilean officials offered to pay the miners' relatives in Chile to leave the valley. "
                        "The truckers refused.")


def test_events_bare_refusals_the_makers_of_an_appeal_ignored_by_its_addressee() -> None:
    # "they" of a passive refusal are the appeal's makers: turned down by whom they asked
    assert _answers("Bolivia urged Peru to reopen the border on Monday. They were ignored.") == {("PER", "BOL", "120")}
    assert _answers("Bolivia urged Peru to reopen the border on Monday. They were rebuffed.") == {("PER", "BOL", "120")}


def test_events_bare_refusals_ignoring_rejects_only_what_another_side_asked() -> None:
    assert ("CHL", "PER", "120") in {(e[1], e[2], e[3]) for e in _coded("Chile ignored Peru's calls for talks.")}
    assert not _coded("Bolivia ignored the warnings of its own scientists.")
