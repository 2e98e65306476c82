"""A charged speaker's bare answer to the charge (events/charge_answers.py), coded through the document context."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _pairs(text: str) -> set[tuple[int, str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 4, 9))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def _rejections(got: set[tuple[int, str, str | None, str, str]], sentence: int) -> set[tuple[str, str | None]]:
    return {(e[1], e[2]) for e in got if e[0] == sentence and e[3].startswith("12")}


_CHARGED = "Ghanaian prosecutors charged the opposition leader Kwame Osei with bribery on Monday. "


def test_events_charge_answers_a_quoted_dismissal_rejects_the_charger() -> None:
    got = _pairs(_CHARGED + "\u201cUtter nonsense,\u201d the Ghanaian opposition leader told reporters in Accra.")
    assert (1, "GHAOPP", "GHAJUD", "120", "asserted") in got


def test_events_charge_answers_a_first_person_disagreement_rejects_the_charger() -> None:
    got = _pairs(_CHARGED + "\u201cWe strongly disagree,\u201d the Ghanaian opposition leader said in Accra on Friday.")
    assert ("GHAOPP", "GHAJUD") in _rejections(got, 1)


def test_events_charge_answers_need_a_speaker_the_story_charged() -> None:
    # nobody was charged before: the dismissal answers no one the story names
    got = _pairs("Ghana's opposition leader Kwame Osei spoke about the new budget plan on Monday. "
                 "\u201cUtter nonsense,\u201d the Ghanaian opposition leader told reporters in Accra.")
    assert not _rejections(got, 1)
    # the charge was aimed at another side: Togo's minister does not answer it
    got = _pairs(_CHARGED + "\u201cUtter nonsense,\u201d the Togolese foreign minister told reporters in Lome.")
    assert not _rejections(got, 1)


def test_events_charge_answers_not_a_disagreement_with_a_named_other_nor_a_negated_one() -> None:
    got = _pairs(_CHARGED + "\u201cWe disagree with Togo on trade,\u201d the Ghanaian opposition leader said in Accra.")
    assert ("GHAOPP", "GHAJUD") not in _rejections(got, 1)
    got = _pairs(_CHARGED + "\u201cWe do not disagree,\u201d the Ghanaian opposition leader said in Accra on Friday.")
    assert not _rejections(got, 1)


def test_events_charge_answers_not_a_dismissal_word_inside_a_clause() -> None:
    got = _pairs(_CHARGED + "\u201cIt would be nonsense to leave the party now,\u201d the Ghanaian opposition "
                 "leader said in Accra.")
    assert not _rejections(got, 1)


_ACCUSED = "Washington accused the Ghanaian opposition leader Kwame Osei of bribery on Monday. "


def test_events_charge_answers_a_first_person_denial_of_a_part_rejects_the_accuser() -> None:
    got = _pairs(_ACCUSED + "\u201cI was never implicated in any bribery scheme,\u201d Osei said.")
    assert (1, "GHAOPP", "USAGOV", "120", "asserted") in got
    got = _pairs(_ACCUSED + "\u201cThere is nobody in Ghana who could claim that I was implicated in any "
                            "bribery scheme,\u201d he said.")
    assert (1, "GHAOPP", "USAGOV", "120", "asserted") in got


def test_events_charge_answers_a_denial_of_a_part_needs_the_first_person_a_negation_and_a_charge() -> None:
    # an admission; what everyone can say; a third person defended; a speaker nobody accused
    for said in ("\u201cI was implicated in the bribery scheme,\u201d Osei said.",
                 "\u201cEveryone could claim that I was implicated in the bribery scheme,\u201d Osei said.",
                 "\u201cHe was never implicated in any bribery scheme,\u201d Osei said."):
        assert not _rejections(_pairs(_ACCUSED + said), 1)
    assert not _rejections(_pairs("Washington praised the Ghanaian opposition leader Kwame Osei on Monday. "
                                  "\u201cI was never implicated in any bribery scheme,\u201d Osei said."), 1)


def _dated(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 4, 9))], load_resources(Settings()))
    return {(e.sentence_index, e.cameo, e.target.code if e.target else None, e.date) for e in done.events}


def test_events_charge_answers_an_answer_going_on_a_told_rejection_takes_its_date() -> None:
    got = _dated(_ACCUSED + "Osei rejected the accusations at a news conference in Accra on Tuesday. "
                            "\u201cI was never implicated in any bribery scheme,\u201d Osei said.")
    assert (2, "120", "USAGOV", "2021-04-06") in got
    # told with a sentence between: the answer keeps its own date
    got = _dated(_ACCUSED + "Osei rejected the accusations at a news conference in Accra on Tuesday. "
                            "The opposition holds rallies every week. "
                            "\u201cI was never implicated in any bribery scheme,\u201d Osei said.")
    assert (3, "120", "USAGOV", "2021-04-09") in got
