"""Acts on a deal or a plan the story told of are aimed at its parties (events/told_things.py): "Norway is seeking
a deal with Chile ... Oslo has sought to finalize the agreement" acts on Chile. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_TOLD = "Norway is seeking to conclude a deal with Chile on fishing quotas. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.event_type)
            for e in done.events}


def test_a_party_acting_on_its_own_deal_acts_on_the_other_party() -> None:
    coded = _coded(_TOLD + "Norwegian Prime Minister Jonas Gahr Store has sought to finalize the agreement for months.")
    assert (1, "NOR", "CHL", "AGREE") in coded


@pytest.mark.parametrize("second, expected", [
    ("Argentina said it was ready to approve the deal.", (1, "ARG", "NOR", "AGREE")),
    ("Norwegian fishing unions are sharply critical of the accord.", (1, "NOR", "NOR", "ACCUSE")),
])
def test_anyone_else_acts_on_the_party_who_sought_it(second: str, expected: tuple[int, str, str, str]) -> None:
    assert expected in _coded(_TOLD + second)


def test_a_deal_both_parties_made_is_aimed_at_both() -> None:
    coded = _coded("Kenya and Uganda signed a trade pact in Nairobi on Monday. "
                   "Tanzania's president criticized the pact.")
    assert (1, "TZA", "KEN", "ACCUSE") in coded and (1, "TZA", "UGA", "ACCUSE") in coded


def test_a_deal_made_by_an_act_whose_trigger_is_the_verb_alone() -> None:
    coded = _coded("Analysts recalled the 2020 pact Chile negotiated with Peru in Lima. "
                   "The Peruvian side has since violated the signed agreement repeatedly, Chilean officials said.")
    assert (1, "PER", "CHL", "REJECT") in coded


@pytest.mark.parametrize("text", [
    # no earlier act named a deal
    "Norwegian Prime Minister Jonas Gahr Store has sought to finalize the agreement for months.",
    # another deal: the noun is not definite
    _TOLD + "Norwegian Prime Minister Jonas Gahr Store has sought to finalize an agreement for months.",
    # a thing of another kind than the one told of
    _TOLD + "Norwegian Prime Minister Jonas Gahr Store has criticized the plan.",
    # two deals between different countries told before: no guess
    _TOLD + "Peru signed a deal with Ecuador on Monday. Argentina's president criticized the deal.",
])
def test_no_target_from_a_thing_the_story_did_not_tell_once(text: str) -> None:
    last = text.count(". ")
    assert not any(e[0] == last and e[2] is not None and e[3] in ("AGREE", "ACCUSE") for e in _coded(text))


_CLOSED = "Ecuador shut its border with Colombia at dawn on Friday. "


@pytest.mark.parametrize("second, expected", [
    ("Colombian President Gustavo Petro condemned the move.", (1, "COL", "ECU", "ACCUSE")),
    ("The decision drew sharp criticism from Colombia.", (1, "COL", "ECU", "ACCUSE")),
    ("Venezuela is sharply critical of the step.", (1, "VEN", "ECU", "ACCUSE")),
])
def test_an_act_on_a_told_move_is_aimed_at_its_doer(second: str, expected: tuple[int, str, str, str]) -> None:
    assert expected in _coded(_CLOSED + second)


@pytest.mark.parametrize("text", [
    # the doer's own state defending its own move
    _CLOSED + "Ecuadorian President Daniel Noboa defended the move.",
    # no earlier act the noun could name
    "Ecuador hosted a regional football final on Friday. Colombian President Gustavo Petro condemned the move.",
    # two doers of different countries told last: no guess
    "Ecuador and Peru shut their borders with Colombia at dawn on Friday. Chile condemned the move.",
    # the act told too long before
    _CLOSED + "Farmers sold maize in the markets. Prices rose sharply. Traders waited at the depots. "
    "Colombian President Gustavo Petro condemned the move.",
    # a thing that names no act
    _CLOSED + "The storm drew sharp criticism from Colombia.",
])
def test_an_act_on_a_move_no_told_act_names_gets_no_target(text: str) -> None:
    last = text.count(". ")
    assert not any(e[0] == last and e[2] is not None for e in _coded(text))


def _codes(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type)
            for e in done.events}


def test_a_told_measure_of_an_international_body_is_aimed_at_that_body() -> None:
    # the doer is a body of no country; several backers each back it
    coded = _codes("The African Union is set to vote on Friday on steep tariffs on Brazilian sugar. "
                   "The measure cleared a first reading on Monday with support from Ghana and Senegal.")
    assert {(1, "GHA", "IGOAU", "SUPPORT"), (1, "SEN", "IGOAU", "SUPPORT")} <= coded, coded


def test_a_told_act_of_a_doer_of_no_known_side_gives_no_target() -> None:
    coded = _codes("Unidentified gunmen burned a customs post near the border on Friday. "
                   "The move drew sharp criticism from Ghana and Senegal.")
    assert not any(e[0] == 1 and e[2] is not None for e in coded), coded


def test_a_told_act_that_drew_criticism_from_a_named_giver_is_criticised() -> None:
    # "the move drew criticism from Y": the weak noun "criticism" is an act, aimed at the told act's doer
    # even from a giver named with less certainty (lawmakers of no country given), as the gold codes "---"
    coded = _codes("Togo expelled two Ghanaian diplomats from Lome on Thursday. "
                   "The move has drawn criticism from opposition lawmakers.")
    assert (1, "---LEG", "TGO", "ACCUSE") in coded, coded


def test_a_told_act_that_drew_criticism_must_not() -> None:
    # no giver named, or a thing the story did not tell of: nothing aimed
    for second in ("The move has drawn criticism.", "The heat wave has drawn criticism from Ghana."):
        coded = _codes("Togo expelled two Ghanaian diplomats from Lome on Thursday. " + second)
        assert not any(e[0] == 1 and e[3] == "ACCUSE" for e in coded), coded
