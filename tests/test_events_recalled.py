"""Event nouns that refer back to an act told earlier (events/recalled.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.country if e.target else None, e.event_type, e.modality)
            for e in done.events}


_STORMED = "Somali militants stormed a hotel in Baidoa on Monday, killing at least six civilians. "


def test_events_recalled_a_claimed_attack_is_the_claimants_act_on_the_earlier_target() -> None:
    got = _coded(_STORMED + "The militant group al-Shabab claimed responsibility for the attack.")
    assert (1, "SOMREB", "SOM", "ASSAULT", "asserted") in got


def test_events_recalled_nothing_without_one_earlier_act_or_a_claim() -> None:
    claim = "Al-Shabab claimed responsibility for the attack."
    # the claim itself stays a statement (015, untyped, no target); no act is recalled
    assert not any(e[0] == 1 and e[3] is not None for e in _coded("Somali farmers met in Baidoa on Monday. " + claim))
    assert not any(e[0] == 2 and e[3] is not None for e in _coded(  # two attacks on two countries: which one is unclear
        "Somali militants attacked Kenyan soldiers on Monday. Somali militants attacked Ethiopian troops on "
        "Tuesday. " + claim))
    assert not any(e[0] == 1 and e[3] is not None
                   for e in _coded(_STORMED + "Al-Shabab did not claim responsibility for the attack."))
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in _coded(
        _STORMED + "Al-Shabab condemned the attack."))  # condemning is no claim of the act


_REPORTED = ("Gunmen stormed a compound in the Somali town of Jowhar on Friday, leaving three people dead and "
             "triggering a siege, according to local residents and a Somali official. ")


def test_events_recalled_an_act_coded_under_the_threshold_is_still_the_one_claimed() -> None:
    got = _coded(_REPORTED + "The militant group al-Shabab claimed responsibility for the attack.")
    assert not any(e[0] == 0 for e in got)  # the reported storming itself stays unstored (weak)
    assert (1, "SOMREB", "SOM", "ASSAULT", "asserted") in got


def test_events_recalled_a_denied_act_is_never_the_one_claimed() -> None:
    got = _coded("Gunmen did not storm a hotel in the Somali town of Jowhar on Friday, according to a Somali "
                 "official. The militant group al-Shabab claimed responsibility for the attack.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)


_RAIDED = "Al-Shabab militants attacked a hotel in Mogadishu on Tuesday, killing nine civilians. "


def test_events_recalled_a_condemned_act_names_whom_the_condemnation_is_aimed_at() -> None:
    assert (1, "SOMGOV", "SOM", "ACCUSE", "asserted") in _coded(_RAIDED + "The Somali president condemned the attack.")
    got = _coded(_RAIDED + "The Kenyan foreign ministry condemned the attack.")
    assert any(e[0] == 1 and e[1] == "KENGOV" and e[2] == "SOM" and e[3] == "ACCUSE" for e in got)


def test_events_recalled_no_target_for_a_condemned_act_of_unclear_or_own_doing() -> None:
    # two earlier attacks by two sides: whose attack is condemned is unclear
    got = _coded(_RAIDED + "Somali troops attacked al-Shabab fighters on Wednesday. "
                 "The Kenyan foreign ministry condemned the attack.")
    assert not any(e[0] == 2 and e[3] == "ACCUSE" for e in got)
    # the phrase names its own victim: not the earlier act
    assert not any(e[0] == 1 and e[3] == "ACCUSE" for e in _coded(
        _RAIDED + "The Kenyan foreign ministry condemned the attack on the police station."))
    # no earlier act of the noun's kind
    assert not any(e[3] == "ACCUSE" for e in _coded(
        "Somali farmers met in Baidoa on Tuesday. The Somali president condemned the attack."))
    # the doer condemning its own act accuses no one
    assert not any(e[0] == 1 and e[3] == "ACCUSE" for e in _coded(_RAIDED + "Al-Shabab condemned the attack."))


def _accusations(text: str, sentence: int) -> set[tuple[str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events
            if e.sentence_index == sentence and e.event_type == "ACCUSE"}


def test_events_recalled_a_condemned_attack_is_not_the_accusers_own_forces_answer() -> None:
    # the accuser's own troops answered the attack: the attack condemned is the militants'
    got = _accusations(_RAIDED + "Somali troops attacked al-Shabab fighters on Wednesday. "
                       "The Somali president condemned the attack.", 2)
    assert got == {("SOMGOV", "SOMREB")}


def test_events_recalled_the_accusers_own_forces_alone_are_the_doer() -> None:
    got = _accusations("Somali troops attacked a market in Baidoa on Monday, killing four traders. "
                       "The Somali president condemned the attack.", 1)
    assert ("SOMGOV", "SOMMIL") in got


_FREED = "Bolivian police freed a detained Paraguayan journalist on Thursday. "


def test_events_recalled_a_welcomed_act_names_whom_the_praise_is_aimed_at() -> None:
    got = _coded(_FREED + "Human Rights Watch welcomed the release.")
    assert (1, "NGOHRW", "BOL", "SUPPORT", "asserted") in got


def test_events_recalled_no_target_for_a_welcomed_act_of_unclear_doing_or_no_act() -> None:
    two = _FREED + "A court in Lima freed two Paraguayan students on Friday. Human Rights Watch welcomed the release."
    assert not any(e[0] == 2 and e[1] == "NGOHRW" for e in _coded(two))  # two freers: whose release is unclear
    # not an act noun; an act told before that the noun does not repeat
    assert not any(e[0] == 1 and e[1] == "NGOHRW" for e in _coded(_FREED + "Human Rights Watch welcomed the report."))
    assert not any(e[0] == 1 and e[1] == "NGOHRW" for e in _coded(_FREED + "Human Rights Watch welcomed the talks."))
