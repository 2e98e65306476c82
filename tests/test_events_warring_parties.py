"""'The warring parties' an appeal is addressed to stand for the sides of the fighting the story told
(events/warring_parties.py). Must not: parties with no 'warring' word, a story that told no fight. A reciprocal
subject counted as the pair of sides ("both Sudanese rivals accusing the other") is the two sides, each accusing the
other. Must not: a subject of one side, a frame that is not reciprocal, a story whose fights have three sides.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_FIGHT = "Sudan's army clashed with the Rapid Support Forces near Khartoum on Monday. "


def _requests(text: str, sentence: int) -> set[tuple[str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None)
            for e in done.events if e.event_type == "REQUEST" and e.sentence_index == sentence}


def test_events_warring_parties_are_the_story_sides() -> None:
    got = _requests(_FIGHT + "Kenyan officials called on all warring parties to resume stalled peace talks.", 1)
    assert got == {("KENGOV", "SDNMIL"), ("KENGOV", "SDNREB")}


@pytest.mark.parametrize("text", [
    _FIGHT + "Kenyan officials called on all parties to resume stalled peace talks.",
    "The ruling party won the vote on Monday. Kenyan officials called on all warring parties to resume stalled "
    "peace talks.",
])
def test_events_warring_parties_need_the_word_and_a_fight(text: str) -> None:
    assert not any(t in ("SDNMIL", "SDNREB") for _, t in _requests(text, 1))


def _accusations(text: str, sentence: int) -> set[tuple[str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None)
            for e in done.events if e.event_type == "ACCUSE" and e.sentence_index == sentence}


def test_events_warring_parties_rival_pair_accuse_each_other() -> None:
    got = _accusations(_FIGHT + "Mediation has gone nowhere, with both Sudanese rivals accusing the other of "
                       "stalling the negotiations.", 1)
    assert got == {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")}


@pytest.mark.parametrize("text", [
    _FIGHT + "Mediation has gone nowhere, with one Sudanese rival accusing the other of stalling the negotiations.",
    _FIGHT + "Mediation has gone nowhere, with both Sudanese rivals accusing Chad of stalling the negotiations.",
    _FIGHT + "Eritrean troops also shelled Kassala on Tuesday. Mediation has gone nowhere, with both Sudanese "
    "rivals accusing the other of stalling the negotiations.",
])
def test_events_warring_parties_rival_pair_needs_two_and_each_other(text: str) -> None:
    sentence = text.count(". ")
    assert not {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} & _accusations(text, sentence)


def test_events_warring_parties_leave_out_the_victims_struck() -> None:
    got = _requests(_FIGHT + "The Rapid Support Forces shelled a school in Omdurman on Tuesday. Kenyan officials "
                    "called on all warring parties to resume stalled peace talks.", 2)
    assert got == {("KENGOV", "SDNMIL"), ("KENGOV", "SDNREB")}
