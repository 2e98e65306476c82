"""Sentences glued at a dotted abbreviation (bilateral.abbreviation_ends): a sentence start is marked after "U.S."
when the next word opens a clause (a capitalised determiner, pronoun or conjunction, or a known surname with a
finite verb right after it or after one adverb; a closing quotation mark between is passed over), never before a
body, an office or a name's title. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from bilateral.abbreviation_ends import mark_abbreviation_ends
from bilateral.models import Document

SURNAMES = frozenset({"Ruto", "Milei"})


def _starts(words: list[str], tags: list[str]) -> list[str]:
    doc = mark_abbreviation_ends(Doc(Vocab(), words=words, tags=tags), SURNAMES)
    return [t.text for t in doc[1:] if t.is_sent_start]


def test_abbreviation_ends_before_a_surname_with_a_finite_verb() -> None:
    words = ["Grain", "flowed", "into", "the", "U.S.", "Ruto", "sent", "envoys", "."]
    assert _starts(words, ["NN", "VBD", "IN", "DT", "NNP", "NNP", "VBD", "NNS", "."]) == ["Ruto"]


def test_abbreviation_ends_before_a_capitalised_clause_opener() -> None:
    words = ["Talks", "stalled", "in", "the", "U.N.", "They", "resumed", "later", "."]
    assert _starts(words, ["NNS", "VBD", "IN", "DT", "NNP", "PRP", "VBD", "RB", "."]) == ["They"]
    words = ["Ships", "left", "the", "U.S.", "But", "none", "arrived", "."]
    assert _starts(words, ["NNS", "VBD", "DT", "NNP", "CC", "NN", "VBD", "."]) == ["But"]


def test_abbreviation_ends_past_a_closing_quote_and_before_an_adverbed_verb() -> None:
    words = ["Good", "for", "farms", "in", "the", "U.S.", "”", "Ruto", "also", "sent", "envoys", "."]
    assert _starts(words, ["JJ", "IN", "NNS", "IN", "DT", "NNP", "''", "NNP", "RB", "VBD", "NNS", "."]) == ["Ruto"]
    words = ["Rice", "flowed", "into", "the", "U.S.", "Milei", "later", "sent", "envoys", "."]
    assert _starts(words, ["NN", "VBD", "IN", "DT", "NNP", "NNP", "RB", "VBD", "NNS", "."]) == ["Milei"]
    words = ["Talks", "stalled", "at", "the", "U.N.", "”", "The", "envoys", "left", "."]
    assert _starts(words, ["NNS", "VBD", "IN", "DT", "NNP", "''", "DT", "NNS", "VBD", "."]) == ["The"]


@pytest.mark.parametrize(("words", "tags"), [
    (["in", "the", "U.S.", "Senate", "also", "voted", "."], ["IN", "DT", "NNP", "NNP", "RB", "VBD", "."]),  # a body
    (["the", "U.S.", "Army", "later", "said", "."], ["DT", "NNP", "NNP", "RB", "VBD", "."]),  # a body, an adverb
    (["U.S.", "President", "Milei", "also", "spoke", "."], ["NNP", "NNP", "NNP", "RB", "VBD", "."]),  # an office
    (["the", "U.S.", "”", "economy", "grew", "."], ["DT", "NNP", "''", "NN", "VBD", "."]),  # lowercase after a quote
    (["the", "U.S.", "Milei", "very", "old", "plan", "."], ["DT", "NNP", "NNP", "RB", "JJ", "NN", "."]),  # no verb
])
def test_abbreviation_ends_no_start_before_a_body_an_office_or_no_verb(words: list[str], tags: list[str]) -> None:
    assert _starts(words, tags) == []


@pytest.mark.parametrize(("words", "tags"), [
    (["the", "U.S.", "Senate", "voted", "."], ["DT", "NNP", "NNP", "VBD", "."]),  # a body, no surname
    (["U.S.", "President", "Milei", "spoke", "."], ["NNP", "NNP", "NNP", "VBD", "."]),  # an office before the name
    (["the", "U.S.", "Milei", "plan", "failed", "."], ["DT", "NNP", "NNP", "NN", "VBD", "."]),  # no verb next
    (["They", "met", "Mr.", "Ruto", "said", "."], ["PRP", "VBD", "NNP", "NNP", "VBD", "."]),  # a title, not dotted
    (["George", "W.", "Ruto", "spoke", "."], ["NNP", "NNP", "NNP", "VBD", "."]),  # a single initial
    (["it", "hit", "the", "U.S.", "economy", "."], ["PRP", "VBD", "DT", "NNP", "NN", "."]),  # lowercase next
])
def test_abbreviation_ends_marks_nothing_inside_a_sentence(words: list[str], tags: list[str]) -> None:
    assert _starts(words, tags) == []


def _coded(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2025, 3, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_abbreviation_ends_gives_the_glued_sentence_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Cheap rifles keep moving north into the U.S. Milei sent 3,000 soldiers to the frontier.")
    assert [t.text for t in doc if t.is_sent_start][1:] == ["Milei"]
    assert next(t for t in doc if t.text == "Milei").dep_ == "nsubj"
    assert ("ARGGOV", None, "154") in _coded(
        "Cheap rifles keep moving north into the U.S. Milei sent 3,000 soldiers to the frontier.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The U.S. Senate approved the arms sale to Kenya on Monday.",
    "U.S. President Trump visited Nairobi on Monday.",
    "Mr. Smith met the Kenyan minister on Monday.",
])
def test_abbreviation_ends_keeps_one_sentence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [t.i for t in nlp(text) if t.is_sent_start] == [0]
