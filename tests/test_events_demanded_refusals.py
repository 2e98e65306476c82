"""A refusal its speaker demands of another is the speaker's own refusal too (events/demands.py ``_own_refusal``):
"said the AU must maintain sanctions on Y" is a demand on the AU and the speaker's refusal to ease them on Y. Only a
rejection (12x) with a third party named after its verb counts; lifting, a stance with no one it is aimed at, a
refusal announced rather than demanded, and an analyst's view stay as they were. Sentences written for these
tests."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Ghanaian spokesperson": "GHAGOV", "African Union": "IGOAU", "Togo": "TGOGOV", "Benin": "BENGOV"}


def test_demanded_refusals_demanded_sanctions_kept_are_the_speakers_refusal(nlp: Language) -> None:
    coded = coded_triples(nlp, "A Ghanaian spokesperson said on Friday that the African Union must maintain "
                               "sanctions on Togo.", ACTORS, "")
    assert ("GHAGOV", "TGOGOV", "1244") in coded
    assert any(source == "GHAGOV" and target == "IGOAU" and code.startswith("10") for source, target, code in coded)


def test_demanded_refusals_quote_first_demand(nlp: Language) -> None:
    assert ("GHAGOV", "TGOGOV", "1244") in coded_triples(
        nlp, "\"The African Union must maintain sanctions on Togo,\" a Ghanaian spokesperson said.", ACTORS, "")


def test_demanded_refusals_lifting_demanded_is_no_refusal(nlp: Language) -> None:
    assert not any(code.startswith("12") for _, _, code in coded_triples(
        nlp, "A Ghanaian spokesperson said on Friday that the African Union must lift sanctions on Togo.", ACTORS, ""))


def test_demanded_refusals_need_a_third_party(nlp: Language) -> None:
    assert not any(code.startswith("12") for _, _, code in coded_triples(
        nlp, "A Ghanaian spokesperson said on Friday that the African Union must maintain its position.", ACTORS, ""))


def test_demanded_refusals_announced_refusal_is_the_doers_own(nlp: Language) -> None:
    coded = coded_triples(nlp, "A Ghanaian spokesperson said on Friday that the African Union will maintain "
                               "sanctions on Togo.", ACTORS, "")
    assert not any(source == "GHAGOV" and code.startswith("12") for source, _, code in coded)


def test_demanded_refusals_negated_demand_is_left_alone(nlp: Language) -> None:
    assert not any(source == "GHAGOV" and code.startswith("12") for source, _, code in coded_triples(
        nlp, "A Ghanaian spokesperson said on Friday that the African Union must not maintain sanctions on Togo.",
        ACTORS, ""))
