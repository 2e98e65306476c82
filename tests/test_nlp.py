"""Sentence splitting and parsing."""

from __future__ import annotations

import pytest

from bilateral.nlp import split_sentences

TEXT = ("Kagame met Blinken in Kigali.  The U.S. official later flew to Kinshasa.\n"
        "Photo: Getty Images\n\nRwanda denied the claims. Congo did not respond")


def test_nlp_offsets_point_into_the_document() -> None:
    sents = split_sentences(TEXT)
    assert [s.index for s in sents] == list(range(len(sents)))
    for s in sents:
        assert TEXT[s.start:s.end] == s.text


def test_nlp_line_breaks_end_sentences_and_abbreviations_do_not() -> None:
    texts = [s.text for s in split_sentences(TEXT)]
    assert texts == ["Kagame met Blinken in Kigali.", "The U.S. official later flew to Kinshasa.",
                     "Photo: Getty Images", "Rwanda denied the claims.", "Congo did not respond"]


def test_nlp_empty_text_has_no_sentences() -> None:
    assert split_sentences("  \n\n ") == []


def test_nlp_parse_keeps_order(nlp, settings) -> None:
    from bilateral.nlp import parse_sentences

    docs = list(parse_sentences(nlp, ["Rwanda denied it.", "Kenya hosted talks."], settings))
    assert [d.text for d in docs] == ["Rwanda denied it.", "Kenya hosted talks."]
    assert docs[1][1].dep_ == "ROOT"


@pytest.mark.parametrize("dateline", ["NAIROBI, March 4, 2023 - ", "KIGALI (Reuters) - ",
                                      "WASHINGTON, Aug. 11, 2022 -- ",
                                      "GOMA, Democratic Republic of Congo, Aug 3 (Reuters) — "])
def test_nlp_dateline_is_left_out_of_the_first_sentence(dateline: str) -> None:
    text = dateline + "Kenya accused Somalia of harbouring militants on Saturday. Somalia denied it."
    first = split_sentences(text)[0]
    assert first.text == "Kenya accused Somalia of harbouring militants on Saturday."
    assert text[first.start:first.end] == first.text


def test_nlp_dash_inside_a_sentence_is_no_dateline() -> None:
    text = "The UN - which has troops there - said nothing on Monday."
    assert split_sentences(text)[0].text == text
