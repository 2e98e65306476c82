"""Known surnames read as names by the parser (bilateral.name_norms): a surname that is also a common word is no
longer parsed as that word at the start of a sentence, while the word itself, written lowercase, and aliases that
are stop words keep their own reading. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.name_norms import NAME_NORM, known_surnames

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2025, 3, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_known_surnames_are_one_word_capitalised_aliases_and_no_stop_word() -> None:
    names = known_surnames()
    assert {"Trump", "Starmer", "Lavrov"} <= names
    assert all(" " not in n and n[:1].isupper() for n in names)
    assert "May" not in names  # Theresa May's alias is the modal "may": left to the model


def test_name_norms_runs_first_and_keeps_the_text(nlp) -> None:
    assert nlp.pipe_names[0] == "bilateral_name_norms"
    doc = nlp("Trump imposed tariffs on Canada.")
    assert doc.text == "Trump imposed tariffs on Canada."
    assert doc[0].norm_ == NAME_NORM and doc[0].lemma_ == "Trump"


@pytest.mark.parametrize("text", [
    "Trump imposed tariffs on Canada.",
    "Trump at first imposed new duties on steel, then exempted them.",
    "Officials are looking to Trump to veto the bill.",
])
def test_a_surname_that_is_a_common_word_is_parsed_as_a_name(nlp, text: str) -> None:
    [trump] = [t for t in nlp(text) if t.text == "Trump"]
    assert trump.pos_ == "PROPN"
    assert trump.dep_ in ("nsubj", "pobj")


def test_the_common_word_itself_keeps_its_reading(nlp) -> None:
    doc = nlp("Security concerns trump economic interests, the minister said.")
    assert doc[2].text == "trump" and doc[2].norm_ == "trump" and doc[2].pos_ == "VERB"


def test_the_sentence_a_misread_surname_lost_is_coded() -> None:
    assert ("USAGOV", "CAN", "163") in _coded("Trump imposed tariffs on Canada on Tuesday.")


def test_other_words_are_left_alone(nlp) -> None:
    doc = nlp("May I ask the minister about the talks?")
    assert doc[0].norm_ == "may" and doc[0].pos_ == "AUX"
