"""The rule-based name recogniser (``bilateral.entities``): what it labels, and what it must leave apart."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.errors import ConfigError
from bilateral.settings import Settings, load_settings


def _ents(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_default_pipeline_sets_entities_by_rules_without_the_statistical_ner(nlp: Any) -> None:
    assert "ner" not in nlp.pipe_names
    assert nlp.pipe_names[-1] == "bilateral_entities"


def test_office_titles_split_a_run_and_stay_out_of_the_name(nlp: Any) -> None:
    ents = _ents(nlp, "Ruritanian Defence Minister Jane Doe met U.S. President Joe Biden in Kigali.")
    assert ("Jane Doe", "PERSON") in ents
    assert ("Joe Biden", "PERSON") in ents
    assert ("U.S.", "GPE") in ents and ("Kigali", "GPE") in ents
    assert not any("Minister" in text or "President" in text for text, _ in ents)


def test_a_country_inside_a_body_name_stays_inside_it(nlp: Any) -> None:
    ents = _ents(nlp, "Kenya Airways and the Bank of England signed a deal with the Rwanda Patriotic Front.")
    assert ("Kenya Airways", "ORG") in ents
    assert ("Bank of England", "ORG") in ents
    assert ("Rwanda Patriotic Front", "ORG") in ents
    assert ("Kenya", "GPE") not in ents


def test_a_country_before_its_own_office_is_split_off(nlp: Any) -> None:
    ents = _ents(nlp, "The US Congress rebuked Rwanda President Paul Kagame.")
    assert ("US", "GPE") in ents and ("Congress", "ORG") in ents
    assert ("Uganda Law Society", "ORG") in _ents(nlp, "The Uganda Law Society sued.")
    assert ("Rwanda", "GPE") in ents and ("Paul Kagame", "PERSON") in ents


def test_a_first_name_that_is_a_country_stays_in_the_person(nlp: Any) -> None:
    assert ("Chad Morrison", "PERSON") in _ents(nlp, "Chad Morrison, a local shopkeeper, spoke.")


def test_a_first_name_that_is_also_a_small_town_does_not_split_a_person(nlp: Any) -> None:
    assert ("Antony Blinken", "PERSON") in _ents(nlp, "Antony Blinken arrived on Thursday.")


def test_direction_and_place_is_a_place_and_and_never_joins_two_names(nlp: Any) -> None:
    ents = _ents(nlp, "Troops entered South Lebanon while Russia and China watched.")
    assert ("South Lebanon", "LOC") in ents
    assert ("Russia", "GPE") in ents and ("China", "GPE") in ents


def test_dates_with_their_numbers_and_years_that_count_nothing(nlp: Any) -> None:
    ents = _ents(nlp, "On Dec. 5, 2019, officials said 2000 soldiers had voted in the 2014 election.")
    assert ("Dec. 5, 2019", "DATE") in ents
    assert ("2014", "DATE") in ents
    assert not any(text == "2000" for text, _ in ents)


def test_may_the_verb_is_no_date(nlp: Any) -> None:
    assert not any(label == "DATE" for _, label in _ents(nlp, "The talks may resume soon."))


def test_entities_setting_chooses_the_source_and_rejects_anything_else() -> None:
    assert Settings().entities == "rules"
    assert load_settings(overrides={"entities": "model"}).entities == "model"
    with pytest.raises(ConfigError, match="entities"):
        load_settings(overrides={"entities": "statistical"})


@pytest.mark.slow
def test_model_setting_keeps_the_statistical_ner() -> None:
    from bilateral.nlp import load_nlp

    nlp = load_nlp(load_settings(overrides={"entities": "model"}))
    assert "ner" in nlp.pipe_names and "bilateral_entities" not in nlp.pipe_names


def test_hyphenated_names_join_and_hyphenated_countries_split_again(nlp: Any) -> None:
    assert ("Tendai Moyo-Phiri", "PERSON") in _ents(nlp, "Foreign Minister Tendai Moyo-Phiri flew to Lusaka.")
    ents = _ents(nlp, "The Russia-Ukraine talks stalled.")
    assert ("Russia", "GPE") in ents and ("Ukraine", "GPE") in ents


def test_a_long_untitled_run_or_one_naming_a_country_inside_is_a_body(nlp: Any) -> None:
    assert ("Green Horizon Malawi", "ORG") in _ents(nlp, "Officials met representatives from Green Horizon Malawi.")
    assert ("Blue Lake Water Rights", "ORG") in _ents(nlp, "Officials met representatives from Blue Lake Water Rights.")


def test_a_sentences_tokens_and_entities_are_made_once_and_match_the_doc(nlp: Any) -> None:
    from bilateral.nlp import doc_ents, doc_text, doc_tokens

    doc = nlp("President Paul Kagame met Kenyan officials in Nairobi on March 3, 2024.")
    tokens = doc_tokens(doc)
    assert [t.text for t in tokens] == [t.text for t in doc] and [t.i for t in tokens] == list(range(len(doc)))
    assert doc_tokens(doc) is tokens  # the same list for every pass, not a new walk
    ents = doc_ents(doc)
    assert [(e.text, e.label_) for e in ents] == [(e.text, e.label_) for e in doc.ents]
    assert ("Paul Kagame", "PERSON") in [(e.text, e.label_) for e in ents] and doc_ents(doc) is ents
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
