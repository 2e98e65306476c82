"""A court's ruling that a state act is unlawful, or its halting of one, rejects the government of its country
(events/court_rulings.py), coded through the pipeline on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _codes(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO code) of every event the whole pipeline codes in a text."""
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, str(e.cameo)) for e in done.events}


_OPENING = "Uganda's interior ministry said last month it would expel thousands of migrants. "


def test_a_court_ruling_a_state_act_unlawful_rejects_the_government() -> None:
    for text in ("Uganda's Constitutional Court found on Monday that expelling the migrants was illegal.",
                 "Uganda's Supreme Court declared in 2019 that shutting the border crossings would be unlawful."):
        assert ("UGAJUD", "UGAGOV", "120") in _codes(_OPENING + text), text


def test_a_court_halting_a_state_act_rejects_the_government() -> None:
    for text in ("Uganda's High Court on Tuesday blocked the expulsion of the reporter.",
                 "A Ugandan judge on Friday prolonged an order to halt the activist's deportation."):
        assert ("UGAJUD", "UGAGOV", "120") in _codes(_OPENING + text), text


def test_no_rejection_for_an_upheld_act_a_private_dispute_or_an_awaited_ruling() -> None:
    for text in ("Uganda's Constitutional Court found on Monday that expelling the migrants was lawful.",
                 "Uganda's Constitutional Court found on Monday that expelling the migrants was not illegal.",
                 "Uganda's High Court found that the bank's takeover of the brewery was illegal.",
                 "Uganda's High Court is expected to rule next week that expelling the migrants was illegal.",
                 "Uganda's High Court could block the expulsion of the reporter.",
                 "Uganda's High Court refused to halt the activist's deportation."):
        assert ("UGAJUD", "UGAGOV", "120") not in _codes(_OPENING + text), text


def test_an_act_its_possessor_names_a_state_is_that_states() -> None:
    got = _codes("A Kenyan court ruled on Monday that Uganda's expulsion of the envoys was illegal.")
    assert ("KENJUD", "UGA", "120") in got or ("KENJUD", "UGAGOV", "120") in got
    assert ("KENJUD", "KENGOV", "120") not in got


def test_no_rejection_of_a_state_for_a_firms_act() -> None:
    got = _codes("Uganda's High Court on Tuesday blocked a local bank's closure of the branches in Gulu.")
    assert ("UGAJUD", "UGAGOV", "120") not in got


def test_an_act_as_object_and_predicate_of_the_ruling() -> None:
    for text in ("Uganda's Constitutional Court on Monday declared the expulsion of the migrants unlawful.",
                 "Uganda's Supreme Court struck down the ban on the rallies.",
                 "Uganda's High Court quashed the extradition order against the activist."):
        assert ("UGAJUD", "UGAGOV", "120") in _codes(_OPENING + text), text
    for text in ("Uganda's Constitutional Court on Monday declared the expulsion of the migrants lawful.",
                 "Uganda's Constitutional Court did not declare the expulsion of the migrants unlawful.",
                 "Uganda's High Court upheld the extradition order against the activist."):
        assert ("UGAJUD", "UGAGOV", "120") not in _codes(_OPENING + text), text


def test_a_ruling_that_the_act_breaks_the_law() -> None:
    text = "Uganda's Supreme Court held on Monday that expelling the migrants breached the constitution."
    assert ("UGAJUD", "UGAGOV", "120") in _codes(_OPENING + text)
    for text in ("Uganda's Supreme Court held on Monday that expelling the migrants did not breach the constitution.",
                 "Uganda's Supreme Court held on Monday that the bank's closure of the branch breached the law."):
        assert ("UGAJUD", "UGAGOV", "120") not in _codes(_OPENING + text), text


def test_halting_the_deportation_of_a_named_activist_still_rejects_the_government() -> None:
    # a person coded with a private sector ("Kenyan activist X") is the one deported, not the doer of the act
    text = ("Uganda detained Kenyan activist Omari Wekesa last week. "
            "A Ugandan judge on Friday prolonged an order to halt Wekesa's deportation.")
    assert ("UGAJUD", "UGAGOV", "120") in _codes(text)
    # must not: a firm's act halted is still no rejection of the state
    assert ("UGAJUD", "UGAGOV", "120") not in _codes(
        "Uganda's High Court on Tuesday blocked a local bank's closure of the branches in Gulu.")
