"""The dating measure over every dated gold event: finding the trigger, dating it, kinds of wrong dates."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from bilateral.evaluation.dates import (
    ERROR_KINDS,
    NOT_FOUND,
    PUBLICATION,
    PUBLICATION_OVER_TEXT,
    RIGHT,
    TOO_COARSE,
    WRONG_WEEK,
    DateCase,
    DatesResult,
    date_cases,
    error_kind,
    find_trigger,
)
from bilateral.evaluation.voagold import SentenceKey, VoaEvent, VoaSentence
from bilateral.models import EventDate

from .conftest import SHARED

PUB = dt.date(2025, 3, 12)  # a Wednesday
VOA = SHARED / "eval" / "realnews" / "voa_dev.jsonl"

# "Militants attacked the train on Tuesday ."  (a hand-built parse: no model needed)
WORDS = ["Militants", "attacked", "the", "train", "on", "Tuesday", "."]
HEADS = [1, 1, 3, 1, 1, 4, 1]
DEPS = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"]
POS = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
TAGS = ["NNS", "VBD", "DT", "NN", "IN", "NNP", "."]
LEMMAS = ["militant", "attack", "the", "train", "on", "Tuesday", "."]


def _doc(words: list[str] = WORDS, heads: list[int] = HEADS, deps: list[str] = DEPS, pos: list[str] = POS,
         tags: list[str] = TAGS, lemmas: list[str] = LEMMAS) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def _gold(date: str | None, trigger: str, modality: str = "asserted") -> VoaEvent:
    return VoaEvent("PAKREB", "PAKCVL", "180", "ASSAULT", modality, date, trigger, False, None)


def test_evaluation_dates_finds_the_trigger_by_lemma_or_word() -> None:
    doc = _doc()
    assert find_trigger(doc, "attack") == 1
    assert find_trigger(doc, "attacked") == 1
    assert find_trigger(doc, "Train") == 3
    assert find_trigger(doc, "bomb") is None


def test_evaluation_dates_multiword_trigger_is_its_head() -> None:
    words = ["Attackers", "detonated", "a", "car", "bomb", "."]
    doc = _doc(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
               ["NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"], ["NNS", "VBD", "DT", "NN", "NN", "."],
               ["attacker", "detonate", "a", "car", "bomb", "."])
    assert find_trigger(doc, "car bomb") == 4


def test_evaluation_dates_kinds_of_wrong_dates() -> None:
    text = "Militants attacked the train on Tuesday."
    assert error_kind("2025-03-11", EventDate("2025-03-11", "day", "text", "on Tuesday"), text, PUB,
                      "asserted") == RIGHT
    assert error_kind("2025-03", EventDate("2025-03-11", "day", "text", "on Tuesday"), text, PUB,
                      "asserted") == RIGHT  # finer than the gold is right
    assert error_kind("2025-03-11", EventDate("2025", "year", "text", "this year"), text, PUB,
                      "asserted") == TOO_COARSE
    assert error_kind("2025-03-11", EventDate("2025-03-12", "day", "publication"), text, PUB,
                      "asserted") == PUBLICATION_OVER_TEXT
    assert error_kind("2025-03-10", EventDate("2025-03-12", "day", "publication"), "They attacked the train.", PUB,
                      "asserted") == PUBLICATION
    assert error_kind("2025-03-11", EventDate("2025-03-04", "day", "text", "on Tuesday"), text, PUB,
                      "asserted") == WRONG_WEEK


def test_evaluation_dates_cases_and_table() -> None:
    doc = _doc()
    gold = [VoaSentence("voa-1", SentenceKey(0, 0, 40, "x"), (_gold("2025-03-11", "attack"), _gold(None, "attack"),
                                                                _gold("2025-03-11", "hijack")))]
    cases = date_cases("voa-1", PUB, None, gold, {0: doc})
    assert [c.kind for c in cases] == [RIGHT, NOT_FOUND]  # the undated gold event is not scored
    assert cases[0].coded is not None and cases[0].coded.date == "2025-03-11"
    result = DatesResult(tuple(cases), {("voa-1", 0): doc.text})
    assert result.accuracy == 1.0 and result.undated_share == 0.0
    table = result.table(5)
    assert "date accuracy: 1.000 (1/1)" in table
    assert all(kind in table for kind in ERROR_KINDS)
    assert f"DATE [{NOT_FOUND}] voa-1#0 hijack" in table
    assert result.to_dict()["errors_by_kind"] == {NOT_FOUND: 1}


def test_evaluation_dates_case_is_right_only_when_agreeing() -> None:
    case = DateCase("s", 0, "attack", "asserted", "2025", EventDate("2025-03-11", "day", "text", "x"), RIGHT)
    assert case.right


@pytest.mark.skipif(not VOA.exists(), reason="shared real-news data absent")
@pytest.mark.model
@pytest.mark.slow
def test_evaluation_dates_on_the_voa_gold(settings) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    from bilateral.evaluation.dates import measure_dates

    result = measure_dates(VOA, Path(__file__).resolve().parents[1] / "eval" / "voa", settings)
    assert len(result.cases) > 700
    assert len(result.found) >= len(result.cases) - 10
    assert result.accuracy is not None and result.accuracy >= 0.75
