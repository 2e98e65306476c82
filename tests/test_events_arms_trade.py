"""Arms bought and sold (events/arms_trade.py): the maker of a weapon system named by its name or a demonym is the
other side of its purchase (062), and of a sale or delivery the maker hands it over; a delivery with no recipient
named goes to the document's buyer of that maker's arms. A refusal set on a condition is a threat (coder.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.cameo)
            for e in done.events}


def test_arms_keys_and_table() -> None:
    from bilateral.events.arms_trade import _key, load_arms_rules

    rules = load_arms_rules()
    assert _key("F/A-18") == "fa18" and _key("SU 35") == "su35"
    assert rules.maker_key("s400s", False) == "RUS" and rules.maker_key("f35", False) == "USA"
    assert rules.maker_key("patriot", False) is None and rules.maker_key("patriot", True) == "USA"
    assert rules.gate.search("the procurement of jets") and not rules.gate.search("talks were held")


@pytest.mark.parametrize("text,want", [
    ("Egypt's purchase of Su-35 fighter jets angered Washington.", (0, "EGY", "RUS", "062")),
    ("Indonesia's purchase of the Rafale jets was criticised by Beijing.", (0, "IDN", "FRA", "062")),
    ("Morocco's purchase of the Patriot system was criticised by Algeria.", (0, "MAR", "USA", "062")),
    ("Vietnam completed the purchase of Russian submarines, and China criticised the deal.",
     (0, "VNM", "RUS", "062")),
    ("The delivery of F-16 jets to Ukraine was criticised by Russia.", (0, "USA", "UKR", "062")),
    # a gerund read as a noun names the purchase as the noun does
    ("Algeria's procuring of Su-57 jets alarmed Morocco.", (0, "DZA", "RUS", "062")),
    ("Qatar's purchasing of Rafale jets was welcomed in Paris.", (0, "QAT", "FRA", "062")),
])
def test_arms_maker_is_the_other_side(text: str, want: tuple[int, str, str, str]) -> None:
    assert want in _coded(text)


@pytest.mark.parametrize("text,unwanted", [
    # a seller named is the other side, not the maker
    ("Greece's purchase of S-300 missiles from Cyprus angered Turkey.", "RUS"),
    # a maker's own system bought at home is no act between two countries
    ("Turkey's purchase of Bayraktar drones was praised by Ankara's allies.", "TUR"),
    # no system, no maker
    ("Russia's purchase of land in Crimea was condemned by Ukraine.", "RUS"),
    # a maker's demonym where nothing is bought or handed over
    ("Russian-made jets flew over the capital as Pakistan held talks with India.", "RUS"),
    # a common word that is also a system's name, lower case
    ("Iran's purchase of patriot flags was condemned by Iraq.", "USA"),
    # a gerund purchase of goods that are no weapon system
    ("Algeria's procuring of Russian wheat alarmed Morocco.", "RUS"),
])
def test_arms_no_maker_event(text: str, unwanted: str) -> None:
    assert not any(e[3] == "062" and unwanted in (e[1], e[2]) for e in _coded(text))


def test_arms_delivery_goes_to_the_documents_buyer() -> None:
    text = ("Egypt's purchase of Su-35 fighter jets angered Washington. "
            "Despite last month's delivery of the Su-35s, Washington held talks with Cairo.")
    assert (1, "RUS", "EGY", "062") in _coded(text)


def test_arms_delivery_without_a_told_buyer_has_no_recipient() -> None:
    text = ("Washington held talks with Cairo on Monday. "
            "Despite last month's delivery of the Su-35s, Washington held talks with Cairo.")
    assert not any(e[3] == "062" for e in _coded(text))


def test_conditional_refusal_is_a_threat() -> None:
    coded = _coded("If that goes ahead, Turkey will never again buy American fighter jets.")
    assert any(e[1:3] == ("TUR", "USA") and e[3].startswith("13") for e in coded)
    assert not any(e[3].startswith("12") for e in coded)
