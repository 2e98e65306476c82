"""Answering "resolutely", "firmly" or "militarily" said ahead is a threat (lexicon flag ``announced``: the entry is
coded only as the threat it is when announced, CAMEO 138), aimed at the story's counterpart when the sentence names
no one (events/counterpart.py). Done, the same words name no act of their own ("responded firmly" may be a note
as well as a strike), and answering with no such manner is none either.
Stories written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_DISPUTE = ("Chile accused Argentina of sending warships into its waters. "
            "Chile demanded that Argentina withdraw the vessels at once. ")


def _last(text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of the events the pipeline codes in the story's third
    sentence."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.country, e.target.country if e.target else None, e.cameo) for e in done.events
            if e.sentence_index == 2}


def test_announced_answers_a_firm_answer_said_ahead_is_a_threat_at_the_counterpart() -> None:
    assert _last(_DISPUTE + "Chile will respond resolutely to any further incursion.") == {("CHL", "ARG", "138")}


def test_announced_answers_reported_with_would() -> None:
    assert _last(_DISPUTE + "The defense minister said Santiago would firmly respond to any provocation.") == {
        ("CHL", "ARG", "138")}


def test_announced_answers_done_is_no_act() -> None:
    assert _last(_DISPUTE + "Santiago responded firmly to the incursion on Tuesday.") == set()


def test_announced_answers_no_manner_is_no_threat() -> None:
    assert _last(_DISPUTE + "Santiago will respond to the questions from reporters on Friday.") == set()
