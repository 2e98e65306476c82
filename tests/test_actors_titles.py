"""Evidence beyond the dictionaries: titles against the calendar ("President Bush" outside any Bush term),
the sentence's one country for a countryless title, and towns from the offline gazetteer."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors


def _codes(nlp: Any, kb: KnowledgeBase, text: str, on: dt.date) -> dict[str, str]:
    doc = nlp(text)
    return {doc[m.start:m.end].text: m.actor.code for m in resolve_actors(doc, kb, on, kb.document_context(text, on))}


@pytest.mark.model
def test_actors_titles_shared_surname_same_office_same_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # Both Bushes were US presidents; on 1999-06-01 neither was in office, yet the text calls him president.
    found = _codes(nlp, kb, "President Bush criticised Russia over the pipeline.", dt.date(1999, 6, 1))
    assert found.get("President Bush") == "USAGOV"


@pytest.mark.model
def test_actors_titles_former_title_is_not_office(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Former President Bush visited Kenya.", dt.date(1999, 6, 1))
    assert "USAGOV" not in found.values()


@pytest.mark.model
def test_actors_titles_in_office_holder_wins_over_title(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "President Bush met Vladimir Putin in Slovenia.", dt.date(2001, 6, 16))
    assert found.get("President Bush") == "USAGOV"
    assert found.get("Vladimir Putin") == "RUSGOV"


@pytest.mark.model
def test_actors_titles_countryless_title_takes_the_sentences_one_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Fijian rebels have freed Prime Minister Joeli Vakatale after a week.",
                   dt.date(2000, 6, 1))
    assert found.get("Prime Minister Joeli Vakatale") == "FJIGOV"


@pytest.mark.model
def test_actors_titles_no_country_taken_from_another_office_holder(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Prime Minister Jonas Okello met Kenyan President William Ruto in Nairobi.",
                   dt.date(2023, 6, 1))
    assert found.get("Kenyan President William Ruto") == "KENGOV"
    assert not any(text.endswith("Jonas Okello") for text in found)


@pytest.mark.model
def test_actors_places_towns_are_their_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "M23 fighters captured Goma and shelled villages near Bukavu.", dt.date(2025, 1, 28))
    assert found.get("Goma") == "COD" and found.get("Bukavu") == "COD"


@pytest.mark.model
def test_actors_places_sector_in_a_town_is_that_countrys(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Police in Mombasa arrested two men after a court in Istanbul freed a third.",
                   dt.date(2020, 5, 1))
    assert found.get("Police in Mombasa") == "KENCOP" and found.get("court in Istanbul") == "TURJUD"


@pytest.mark.model
def test_actors_places_soldiers_in_a_town_stay_unknown(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # foreign forces are often posted in a town: "troops in Aleppo" are not thereby Syria's army
    found = _codes(nlp, kb, "Troops in Aleppo shelled villages near Bukavu.", dt.date(2020, 5, 1))
    assert found.get("Aleppo") == "SYR" and "SYRMIL" not in found.values()


@pytest.mark.model
def test_actors_peoples_of_one_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Rohingya refugees fled to Bangladesh as Yoruba leaders met in Lagos.", dt.date(2017, 9, 1))
    assert found.get("Rohingya refugees") == "MMRREF"  # a people keeps the sector of a group noun it can have
    assert found.get("Yoruba leaders") == "NGA"
    found = _codes(nlp, kb, "Chagossians accused Britain of betraying them.", dt.date(2025, 3, 1))
    assert found.get("Chagossians") == "IOT"  # the people of the Chagos Archipelago, British Indian Ocean Territory


@pytest.mark.model
def test_actors_titles_apposition_for_a_person_out_of_office(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Kofi Annan, the UN Secretary-General, visited Rwanda.", dt.date(1990, 1, 1))
    assert found.get("Kofi Annan") == "IGOUNO"


@pytest.mark.model
def test_actors_titles_the_state_acted_on_gives_no_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "President Ronald Raygun condemned the Soviet Union on television.",
                   dt.date(1985, 1, 1))
    assert not any(code.startswith("RUS") and "Raygun" in text for text, code in found.items())


@pytest.mark.model
def test_actors_curly_apostrophes_match_like_straight_ones(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "The Democratic People\u2019s Republic of Korea fired a missile.", dt.date(2020, 1, 1))
    assert found.get("Democratic People\u2019s Republic of Korea") == "PRK"


@pytest.mark.model
def test_actors_sentence_opening_pronoun_is_the_one_person_named_before(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2012, 7, 1)
    text = "Ties cooled in Barack Obama's second term. He froze new loans to Burundi."
    context = kb.document_context(text, on)
    doc = nlp("He froze new loans to Burundi.")
    found = {doc[m.start:m.end].text: m.actor for m in resolve_actors(doc, kb, on, context)}
    assert found["He"].code == "USAGOV" and found["He"].name == "Barack Obama"
    two = "Barack Obama met Paul Kagame. He praised the reforms."
    doc = nlp("He praised the reforms.")
    assert "He" not in {doc[m.start:m.end].text for m in resolve_actors(doc, kb, on, kb.document_context(two, on))}


@pytest.mark.model
def test_actors_titles_posting_for_a_place_and_a_capital_sender(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2024, 5, 1)
    assert _codes(nlp, kb, "The UN special envoy for Yemen called for calm.", on) == {
        "UN special envoy for Yemen": "IGOUNO"}
    assert _codes(nlp, kb, "Washington's ambassador to Kyiv warned of new attacks.", on) == {
        "Washington's ambassador to Kyiv": "USAGOV"}
    # must not: a "for" complement that names no place, or a title that is no posting
    assert _codes(nlp, kb, "Kenya's envoy for climate talks spoke on Monday.", on).get("Kenya's envoy") == "KENGOV"
    assert "Ghana" in _codes(nlp, kb, "Nigeria's president called for calm in Ghana.", on)


@pytest.mark.model
def test_actors_titles_office_of_an_unknown_body_is_no_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2023, 5, 4)
    found = _codes(nlp, kb, "Jane Otieno, president of the Committee for Free Media in Kenya, urged Uganda to act.", on)
    assert found.get("Jane Otieno") != "KENGOV"
    found = _codes(nlp, kb, "Jane Otieno, the foreign minister of Kenya, urged Uganda to act.", on)
    assert found.get("Jane Otieno") == "KENGOV"


@pytest.mark.model
def test_actors_titles_head_of_a_known_body_acts_for_it(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2024, 9, 2)
    # a sectorless head title "of" a body the dictionaries know: the holder takes the body's code
    found = _codes(nlp, kb, "Maria Lindqvist, head of Chevron, warned Venezuela about the new levies.", on)
    assert found.get("Maria Lindqvist") == "USABUS"
    found = _codes(nlp, kb, "Tomas Berg, chairman of Boeing, criticised the Canadian duties.", on)
    assert found.get("Tomas Berg") == "USABUS"
    # must not: a head of something no dictionary knows as a body, or a former head
    found = _codes(nlp, kb, "Maria Lindqvist, head of the Norwegian delegation, warned Venezuela.", on)
    assert found.get("Maria Lindqvist") is None
    found = _codes(nlp, kb, "Maria Lindqvist, a former head of Chevron, warned Venezuela about the levies.", on)
    assert found.get("Maria Lindqvist") is None
