"""A speaker's report of a wrongful act done to its own side, or charged as a crime, is also the speaker's
accusation of the doer (events/blamed.py): a prosecutor's word that X did an act of force is its charge (1121), a
state's word that X attacked its own bodies its blame (112); an official telling of an attack on others, a side
telling of its own act, and a denied, forecast or feared act accuse no one. "Blamed the attack on X" blames X
(triggers.tsv). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in done.events}


def _accusations(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in _coded(text) if c.startswith("112")}


@pytest.mark.parametrize("text,want", [
    ("Kenyan prosecutors say two Ugandan agents hired a hitman to kill a Kenyan journalist.",
     ("KENJUD", "UGAGOV", "1121")),
    ("Kenyan prosecutors said Ugandan rebels kidnapped three Kenyan aid workers in 2022.",
     ("KENJUD", "UGAREB", "1121")),
    ("Kenya's army said Ugandan troops attacked Kenyan soldiers near the border on Monday.",
     ("KENMIL", "UGAMIL", "112")),
    ("Kenya's army said Kenyan soldiers were detained by Ugandan troops on Monday.",  # a named doer of a passive
     ("KENMIL", "UGAMIL", "112")),
])
def test_events_reported_wrong_is_the_speakers_accusation(text: str, want: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert (*want, "asserted") in coded
    assert any(s == want[1] for s, _, _, m in coded if m == "alleged")  # the act itself stays alleged


@pytest.mark.parametrize("text", [
    # an official telling of an act on others, not on its own side
    "Kenyan police said Ugandan rebels kidnapped three Kenyan aid workers.",
    # a side telling of its own act
    "Kenya's army said Kenyan troops attacked Ugandan rebels on Monday.",
    "The Kenyan army said its soldiers attacked Ugandan rebels.",
    # an act forecast, denied or feared, not told as done
    "Kenyan prosecutors said Ugandan rebels could attack Kenyan soldiers.",
    "Kenyan prosecutors denied that Ugandan rebels kidnapped Kenyan aid workers.",
    "Kenya's army fears that Ugandan troops attacked Kenyan soldiers near the border.",
    # no act of force: a prosecutor telling of talks
    "Kenyan prosecutors said Ugandan officials met Kenyan lawyers in March.",
    # a doer the speaker does not name: the coder infers it from the place, the speaker blames no one
    "Kenya's army said Kenyan soldiers were detained in Uganda on Monday.",
])
def test_events_reported_wrong_accuses_no_one(text: str) -> None:
    assert not _accusations(text)


@pytest.mark.parametrize("text,want", [
    # "blamed the attack on X": the one blamed is the object of "on" (triggers.tsv blame, for|on)
    ("Kenya blamed the attack on Ugandan rebels.", ("KEN", "UGAREB")),
    ("Kenya blamed Uganda for the attack.", ("KEN", "UGA")),
])
def test_events_blamed_on_names_the_accused(text: str, want: tuple[str, str]) -> None:
    assert any((s, t) == want for s, t, c, _ in _coded(text) if c.startswith("11"))


def test_events_blamed_on_a_day_accuses_no_one() -> None:
    assert not {c for _, _, c, _ in _coded("Kenya blamed the attack on Monday on poor security.") if c.startswith("11")}


@pytest.mark.parametrize("text,want", [
    # "its soldiers came under attack from X": the coming-under clause tells the act, alleged on the victim's word
    ("Kenya's army said its soldiers came under attack from Ugandan troops near the border.",
     ("KENMIL", "UGAMIL", "112")),
    # a deposed leader holds no office on the date: the state's report of his act is no first-hand claim
    ("Sudanese authorities said Omar al-Bashir attacked a police station in Khartoum on Sunday.",
     ("SDNGOV", "SDN", "112")),
])
def test_events_blamed_victim_of_undergone_or_deposed_doer(text: str, want: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert (*want, "asserted") in coded
    assert any(s == want[1] and c.startswith("19") for s, _, c, m in coded if m == "alleged")


@pytest.mark.parametrize("text", [
    "Kenya's army said Kenyan soldiers came under attack near the border on Monday.",  # no attacker named
    "The Kenyan army said Somali villages came under attack from Ugandan rebels.",  # not its own side
    "Kenya's army said its soldiers could come under attack from Ugandan troops.",  # forecast
    "Kenya's army denied that its soldiers came under attack from Ugandan troops.",  # denied
    "Kenyan officials said President William Ruto ordered troops to attack rebels.",  # its own leader in office
])
def test_events_blamed_undergone_or_deposed_accuses_no_one(text: str) -> None:
    assert not _accusations(text)


def test_events_blamed_own_leader_in_office_stays_asserted() -> None:
    coded = _coded("The Kenyan government said President William Ruto expelled two Ugandan diplomats on Sunday.")
    assert ("KENGOV", "UGAGOV", "161", "asserted") in coded  # the state tells its own leader's act first-hand


def test_events_blamed_no_victim_the_coder_infers() -> None:
    # the forces the fight is aimed at are inferred (events/home_combat.py), not named: no one's blame
    text = ("Chad's government said on Monday it would send more police to the southern provinces. "
            "Officials in N'Djamena say the Chadian rebels have renewed hostilities in the country.")
    coded = _coded(text)
    assert ("TCDREB", "TCDMIL", "190", "alleged") in coded
    assert not any(c.startswith("112") for _, _, c, _ in coded)
