"""A dictionary name at the end of a longer name no dictionary knows is not that body ("the National Security
Council" is a state's council, not the UN's), UN missions by their acronyms are the UN, and a state's forces are
coded from their own words only (a bare "the police" gets no guessed country)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.resolving import code_list, codes_by_text


@pytest.mark.model
def test_actors_longer_names_national_security_council_is_no_un_body(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "IGOUNO" not in code_list(nlp, kb, "The National Security Council rejected the demand of the opposition.")
    assert "SOMGOV" in code_list(nlp, kb, "The EU welcomed the decisions of Somalia's National Security Council.")
    assert "IGOUNO" not in code_list(nlp, kb, "The EU welcomed the decisions of Somalia's National Security Council.")


@pytest.mark.model
def test_actors_longer_names_the_security_council_stays_the_uns(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: the body's own name, with or without a known name or a plain word before it
    assert "IGOUNO" in code_list(nlp, kb, "Russia vetoed a draft resolution at the Security Council on Monday.")
    assert "IGOUNO" in code_list(nlp, kb, "The UN Security Council condemned the attack on the convoy.")
    assert "IGOUNO" in code_list(nlp, kb, "Security Council members condemned the attack on the convoy.")


@pytest.mark.model
def test_actors_longer_names_un_missions_are_the_un(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert code_list(nlp, kb, "UNDOF withdrew its observers from two posts.") == ["IGOUNO"]
    assert "IGOUNO" in code_list(nlp, kb, "Gunmen attacked a UNISFA patrol near the border town.")
    # must not: a mission's name with no UN acronym in it is not coded as the UN
    assert "IGOUNO" not in code_list(nlp, kb, "Gunmen attacked a patrol near the border town.")


@pytest.mark.model
def test_actors_longer_names_forces_take_only_a_named_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes_by_text(nlp, kb, "The Iraqi air force bombed positions west of the city.").get(
        "Iraqi air force") == "IRQMIL"
    # must not: a bare police with no country anywhere is never given one
    codes = code_list(nlp, kb, "The police arrested two men on Monday.")
    assert all(c.startswith("---") for c in codes)


@pytest.mark.model
def test_actors_longer_names_a_town_far_bigger_than_its_namesakes(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "USACOP" in code_list(nlp, kb, "Police in Los Angeles arrested two protesters.")
    # must not: namesakes of comparable size leave the town, and its police, without a country
    assert not any(c[:3] in ("GBR", "USA") for c in code_list(nlp, kb, "Police in Birmingham arrested two men."))


@pytest.mark.model
def test_actors_longer_names_an_army_command_is_its_military(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "SYRMIL" in code_list(nlp, kb, "The Syrian army command said it had ended its operations.")
    assert "UKRMIL" in code_list(nlp, kb, "Ukraine's high command said its troops held the line.")
    # must not: a command as authority over someone is no actor
    assert code_list(nlp, kb, "He served under the command of a general.") == []


@pytest.mark.model
def test_actors_longer_names_a_creed_word_is_no_part_of_the_name(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes_by_text(nlp, kb, "The Islamist al-Shabaab claimed the bombing of a hotel in the capital.").get(
        "al-Shabaab") == "SOMREB"
    assert codes_by_text(nlp, kb, "The Maoist Shining Path ambushed an army patrol in the valley.").get(
        "Shining Path") == "PERREB"
    assert "NGAREB" in code_list(nlp, kb, "Fighters of the Islamist Boko Haram stormed a school in the northeast.")
    # a group coded differently over time keeps the coding of the sentence's date
    assert codes_by_text(nlp, kb, "The Islamist Hayat Tahrir al-Sham seized the airport of the town.",
                         on=dt.date(2019, 5, 2)).get("Hayat Tahrir al-Sham") == "SYRREB"


@pytest.mark.model
def test_actors_longer_names_a_creed_word_with_no_name_is_no_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: a creed word before a common noun names no one, and an unknown name word still hides the tail
    assert code_list(nlp, kb, "The Islamist movement rejected the proposal of the prime minister.") == []
    assert "IGOUNO" not in code_list(nlp, kb, "The National Security Council rejected the demand of the opposition.")
