"""Square brackets read as parentheses by the parser (bilateral.bracket_norms): an editor's gloss in a quotation
("They [the army] shelled ...") is an apposition of the word before it, so the pronoun keeps its verb; an
editorial note ("[sic]") codes nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from bilateral.bracket_norms import bracket_norms
from bilateral.models import Document


def test_bracket_norms_give_square_brackets_round_norms_and_keep_the_text() -> None:
    doc = Doc(Vocab(), words=["He", "[", "Ruto", "]", "left", "."])
    before = [t.norm_ for t in doc]
    bracket_norms(doc)
    assert [t.norm_ for t in doc] == [before[0], "(", before[2], ")", before[4], before[5]]
    assert [t.text for t in doc] == ["He", "[", "Ruto", "]", "left", "."]


def test_bracket_norms_leave_a_sentence_without_brackets_alone() -> None:
    doc = Doc(Vocab(), words=["Kenya", "hosted", "the", "talks", "(", "twice", ")", "."])
    before = [t.norm_ for t in doc]
    assert [t.norm_ for t in bracket_norms(doc)] == before


def _coded(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2025, 3, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_bracket_norms_keep_the_glossed_pronoun_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('"They [the Kenyan army] shelled Somali rebels at dawn," a herder said.')
    words = {t.text: t for t in doc}
    assert words["They"].dep_ == "nsubj" and words["They"].head.text == "shelled"
    assert words["army"].dep_ == "appos" and words["army"].head.text == "They"
    assert words["["].text == "[" and words["["].lemma_ == "["


@pytest.mark.model
def test_bracket_norms_code_the_gloss_as_the_pronoun_actor() -> None:
    assert ("KENMIL", "SOMREB", "194") in _coded(
        'Rain fell all week. "They [the Kenyan army] shelled Somali rebels at dawn," a herder said.')


@pytest.mark.model
def test_bracket_norms_leave_an_editorial_note_without_an_actor() -> None:
    assert _coded('The herders said the grazing land was "lost forever [sic]" after the long drought.') == set()
