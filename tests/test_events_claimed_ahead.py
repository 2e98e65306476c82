"""An attack told before the story names its doer, who claims it a few sentences on ("... two days after an attack
on a bus in X state ... Group Y claimed responsibility for the attack"), is the claimant's act on whom the noun's
phrase names as struck (events/claimed_ahead.py); a train hit is civilians' (facilities.json). Later retellings
("injured in the first attack") then have an attack to tell again. Must not: an attack named after the claim, an
attack told as another one, an attack naming no one struck, a claim denied or made by no one, a story whose claims
name two claimants. Stories written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_CLAIM = "On Friday, Boko Haram claimed responsibility for the deadly attack. "


def _attacks(text: str) -> set[tuple[int, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None) for e in done.events
            if e.event_type == "ASSAULT"}


def test_events_claimed_ahead_gives_the_earlier_attack_its_claimant() -> None:
    got = _attacks("Nigerian soldiers freed 40 hostages on Thursday, two days after an attack on a bus near Maiduguri "
                   "in Nigeria's Borno state. " + _CLAIM)
    assert (0, "NGAREB", "NGACVL") in got


def test_events_claimed_ahead_a_train_hit_is_civilians() -> None:
    got = _attacks("Rescuers reached the wreck on Monday after a night attack on a train in Nigeria's Kaduna state. "
                   + _CLAIM)
    assert (0, "NGAREB", "NGACVL") in got


def test_events_claimed_ahead_lets_a_later_sentence_tell_the_attack_again() -> None:
    got = _attacks("Nigerian soldiers freed 40 hostages on Thursday, two days after an attack on a bus near Maiduguri "
                   "in Nigeria's Borno state. Injured in the first attack, the driver of the bus died in hospital. "
                   + _CLAIM)
    assert (1, "NGAREB", "NGACVL") in got


_FREED = "Nigerian soldiers freed 40 hostages on Thursday, "
_ON_A_BUS = "two days after an attack on a bus in Nigeria's Borno state. "


@pytest.mark.parametrize("text,sentence", [
    # the claim comes first: the attack named after it is another one, left to the retelling passes
    (_CLAIM + "Officials said an attack on a bus in Nigeria's Kano state was foiled on Sunday.", 1),
    # told as another attack
    (_FREED + "a month after a previous attack on a bus in Nigeria's Borno state. " + _CLAIM, 0),
    # no one named as struck
    (_FREED + "two days after an attack in the north. " + _CLAIM, 0),
    # the claim denied, or made by no one
    (_FREED + _ON_A_BUS + "Boko Haram denied responsibility for the attack on Friday.", 0),
    (_FREED + _ON_A_BUS + "No group has claimed responsibility for the attack so far.", 0),
])
def test_events_claimed_ahead_must_not(text: str, sentence: int) -> None:
    assert not any(i == sentence and s == "NGAREB" for i, s, _ in _attacks(text))


def test_events_claimed_ahead_two_claimants_name_no_doer() -> None:
    got = _attacks(_FREED + _ON_A_BUS + _CLAIM + "On Saturday, AQIM also claimed responsibility for the attack.")
    assert not any(i == 0 for i, _, _ in got)


def _modalities(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.modality) for e in done.events
            if e.event_type == "ASSAULT"}


_BLASTS = "Police said the toll rose to 14 on Thursday from Wednesday's twin blasts outside a market in Mogadishu. "
_TOLL = "Rescue teams searched the rubble until late at night. "


@pytest.mark.parametrize("accusation", [
    "Somali police accused al-Shabab of carrying out the attack.",
    "Somali police accused al-Shabab of plotting the attack on the market.",
    "Al-Shabab was accused of the attack.",
])
def test_events_claimed_ahead_an_accusation_names_the_doer(accusation: str) -> None:
    got = _modalities(_BLASTS + _TOLL + accusation)
    assert (0, "SOMREB", "SOMCVL", "asserted") in got  # the blasts stay as the news voice told them


@pytest.mark.parametrize("accusation", [
    # another attack: an earlier one, or one not yet done
    "Somali police accused al-Shabab of carrying out a previous attack on the port.",
    "Somali police accused al-Shabab of plotting an attack on the airport.",
    # two accused
    "Somali police accused al-Shabab and the Islamic State of carrying out the attack.",
    # no accusation made, or only a denial
    "Somali police did not accuse al-Shabab of carrying out the attack.",
    "Al-Shabab denied carrying out the attack.",
])
def test_events_claimed_ahead_an_accusation_must_not(accusation: str) -> None:
    assert not any(i == 0 for i, *_ in _modalities(_BLASTS + _TOLL + accusation))


def test_events_claimed_ahead_a_blast_with_no_doer_named_is_no_event() -> None:
    assert not _modalities(_BLASTS + _TOLL + "The mayor visited the wounded in hospital.")


def test_events_claimed_ahead_an_unplaced_facility_is_in_the_claimants_country() -> None:
    got = _modalities("Somali police counted nine dead after Wednesday's blasts outside a school in the capital. "
                      + _TOLL + "Somali police accused al-Shabab of carrying out the attack.")
    assert (0, "SOMREB", "SOMEDU", "asserted") in got


def test_events_claimed_ahead_a_placed_facility_keeps_its_own_country() -> None:
    got = _modalities("Kenyan police counted nine dead after Wednesday's blasts outside a school in Nairobi. "
                      + _TOLL + "Kenyan police accused al-Shabab of carrying out the attack.")
    assert any(i == 0 for i, *_ in got)
    assert not any(i == 0 and t is not None and t.startswith("SOM") for i, _, t, _ in got)
