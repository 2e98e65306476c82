"""Clefts and indirect questions of degree (events/questions.py) in the modality of the act they hold, coded
through the pipeline. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type or "", e.modality)
            for e in done.events}


def test_events_questions_a_degree_question_asks_what_it_holds() -> None:
    text = ("Questioned about how certain the Chadian minister was that rebels had attacked the Chadian army "
            "convoy, she cited army reports.")
    assert (0, "TCDREB", "TCDMIL", "ASSAULT", "asserted") not in _coded(text)


def test_events_questions_a_cleft_under_speech_is_the_speakers_claim() -> None:
    text = "Chadian officials said it was the rebels who attacked the Chadian army convoy on Monday."
    assert (0, "TCDREB", "TCDMIL", "ASSAULT", "alleged") in _coded(text)


def test_events_questions_a_manner_how_leaves_the_act_told() -> None:
    # "how" on the act's own verb asks its manner: the attack itself is told
    text = "The Chadian minister described how the rebels attacked the army convoy on Monday."
    assert not any(e[3] == "ASSAULT" and e[4] == "hypothetical" for e in _coded(text))
