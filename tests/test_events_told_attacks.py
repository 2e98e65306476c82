"""An attack the story told before, told again with no attacker ("the bus came under attack", "injured in the
initial attack", "while the siege continues"), is the story's attacker's act, on whom the sentence says was
struck or else on the earlier attack's target (events/told_attacks.py); the pre-filter parses such a sentence
even with no actor named (candidates.py). Must not: an indefinite or other attack, a forecast, a mere reference
("after the attack"), a sentence naming another armed actor, earlier attacks by several sides. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = "Al-Shabab militants attacked a crowded market in Kismayo on Sunday, killing nine civilians. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type)
            for e in done.events}


def _attacks_in(got: set[tuple[int, str | None, str | None, str | None]], sentence: int) -> set[tuple[str | None,
                                                                                                       str | None]]:
    return {(s, t) for i, s, t, kind in got if i == sentence and kind == "ASSAULT"}


@pytest.mark.parametrize("second", [
    "The market was packed with shoppers when it came under attack shortly after noon.",
    "The vendor, who was wounded in the initial attack, died in hospital.",
    "Injured in the attack, the mayor's driver was taken to Mogadishu.",
    "The assault lasted six hours, witnesses said.",  # the attack's course
    "The market was still crowded when it came under a grenade and gun attack.",  # weapons listed before the noun
])
def test_events_told_attack_takes_the_story_attacker_and_target(second: str) -> None:
    assert _attacks_in(_coded(_OPENING + second), 1) == {("SOMREB", "SOMCVL")}


def test_events_told_attack_on_a_named_party_that_came_under_it() -> None:
    # the convoy, forces of no country of their own, are the story's country's
    got = _coded(_OPENING + "Officials said an army convoy was driving to the port when it came under attack.")
    assert _attacks_in(got, 1) == {("SOMREB", "SOMMIL")}


@pytest.mark.parametrize("second", [
    "Three fishermen were injured in an attack on a market in another province.",  # indefinite: another attack
    "The port could come under attack again, officials warned.",  # forecast
    "Rescue teams reached the scene soon after the attack.",  # a mere reference, no act told
    "Dozens of people were wounded in the 2019 attack on the port.",  # another year's attack
    "The port came under attack from Ethiopian soldiers on Monday.",  # another attacker named
    "The attack began a debate in parliament about security.",  # what it set off, not its course
    "Officials fear the attack could continue.",  # forecast
    "Another attack began on Monday in the north of the country.",  # indefinite: another attack
])
def test_events_told_attack_must_not(second: str) -> None:
    assert ("SOMREB", "SOMCVL") not in _attacks_in(_coded(_OPENING + second), 1)


def test_events_told_attack_not_when_earlier_attacks_had_several_sources() -> None:
    got = _coded(_OPENING + "Somali soldiers attacked the militants' camp on Monday. "
                 "The vendor, who was wounded in the initial attack, died in hospital.")
    assert not _attacks_in(got, 2)


def test_events_told_attack_sentence_without_actor_is_parsed() -> None:
    from bilateral.candidates import candidate_sentences
    from bilateral.nlp import split_sentences
    from bilateral.pipeline import load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = _OPENING + "Nobody saw anything. The bus came under attack near the market. The weather was calm."
    kept = [s.index for s in candidate_sentences(split_sentences(text), res)]
    assert 2 in kept and 1 not in kept and 3 not in kept
    assert _attacks_in(_coded(text), 2) == {("SOMREB", "SOMCVL")}


def test_events_told_attack_takes_the_date_of_the_attack_it_tells() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    text = _OPENING + "The vendor, who was wounded in the initial attack, died in hospital."
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    assert {e.date for e in done.events if e.event_type == "ASSAULT"} == {"2024-03-03"}


def test_events_told_siege_is_the_story_assault() -> None:
    # a siege told again is the story's assault, not a blockade; "stormed" tells the attack it refers to
    got = _coded("Al-Shabab gunmen stormed a hotel in Kismayo on Sunday, killing five guests. "
                 "Officials said three more people had died while the siege continued.")
    assert _attacks_in(got, 1) == {("SOMREB", "SOMCVL")}


_STORMED = "Al-Shabab gunmen stormed a hotel in Kismayo on Sunday, killing five guests. "


@pytest.mark.parametrize("second", [
    "Among the dead were six al-Shabab fighters, who were involved in the assault, as well as a soldier.",
    "Soldiers killed three al-Shabab militants who took part in the raid.",
])
def test_events_told_attack_the_story_attacker_took_part_in(second: str) -> None:
    # the part-taker named is the story's attacker: another armed actor in the sentence does not stop it
    assert ("SOMREB", "SOMCVL") in _attacks_in(_coded(_STORMED + second), 1)


@pytest.mark.parametrize("second", [
    "Police said two Kenyan soldiers were involved in the attack.",  # someone else took part: open
    "The group denied that al-Shabab fighters were involved in the attack.",  # denied
    "Al-Shabab fighters may have been involved in the attack, police said.",  # hedged
])
def test_events_told_attack_partaking_must_not(second: str) -> None:
    assert ("SOMREB", "SOMCVL") not in _attacks_in(_coded(_STORMED + second), 1)


def test_events_told_attack_came_under_fire() -> None:
    got = _coded(_OPENING + "The market was crowded with shoppers when it came under heavy fire.")
    assert _attacks_in(got, 1) == {("SOMREB", "SOMCVL")}


@pytest.mark.parametrize("second", [
    "The Somali government came under fire for its handling of the attack.",  # criticism
    "Police came under fire from lawmakers over the attack.",  # criticism, from someone
    "Three shoppers were killed in the fire that followed.",  # a blaze
])
def test_events_told_attack_fire_must_not(second: str) -> None:
    assert ("SOMREB", "SOMCVL") not in _attacks_in(_coded(_OPENING + second), 1)


_NAMED = "Al-Shabab militants attacked a crowded market in Kismayo, Somalia, on Sunday. "


def test_events_told_attack_that_harmed_someone() -> None:
    # the attack as the subject of a verb of harm: those harmed are struck, on the story's attacker's act
    got = _coded(_NAMED + "The bombing wounded 20 Somali soldiers, officials said.")
    assert _attacks_in(got, 1) == {("SOMREB", "SOMMIL")}


@pytest.mark.parametrize("second", [
    "The attack killed the peace talks, officials said.",  # no actor harmed
    "The attack could kill more Somali civilians, officials warned.",  # forecast
    "The 2019 attack killed 50 Somali civilians.",  # another year's attack
])
def test_events_told_attack_harming_must_not(second: str) -> None:
    assert not _attacks_in(_coded(_NAMED + second), 1)


def test_events_told_attack_the_struck_states_own_forces_leave_the_attacker_known() -> None:
    # the army reports the attack and lost soldiers in it: it is the side struck, not a second attacker
    got = _coded(_OPENING + "The Somali army says the bodies of four soldiers were recovered after the attack "
                 "began on Sunday.")
    assert ("SOMREB", "SOMCVL") in _attacks_in(got, 1)


@pytest.mark.parametrize("second", [
    "Kenyan soldiers say the attack began before dawn on Sunday.",  # another country's forces: open
    "Ethiopian rebels say the attack began before dawn on Sunday.",  # another armed group: open
    "The Somali army's attack began before dawn on Sunday.",  # the forces' own attack
])
def test_events_told_attack_struck_side_must_not(second: str) -> None:
    assert ("SOMREB", "SOMCVL") not in _attacks_in(_coded(_OPENING + second), 1)


_VILLAGES = ("Cameroonian rebels attacked about a dozen villages between the towns of Kousseri and Mora in northern "
             "Cameroon. ")


def test_events_told_attack_on_places_struck_the_dead_the_sentence_counts() -> None:
    # the earlier attack named places only: the soldiers and civilians found dead since it began were struck
    got = _coded(_VILLAGES + "The Cameroonian army says the bodies of four soldiers and seven civilians have been "
                             "found since the attacks began on Monday.")
    assert _attacks_in(got, 1) == {("CMRREB", "CMRMIL"), ("CMRREB", "CMRCVL")}


@pytest.mark.parametrize("second", [
    "The Cameroonian army says the bodies of four rebels have been found since the attacks began on Monday.",
    "Officials say the bodies of four Nigerian soldiers have been found since the attacks began on Monday.",
])
def test_events_told_attack_on_places_dead_must_not(second: str) -> None:
    # the attacker's own dead, or another country's, are not whom the attack struck
    got = _attacks_in(_coded(_VILLAGES + second), 1)
    assert not {t for _, t in got if t in ("CMRREB", "NGAMIL", "CMRMIL")}


@pytest.mark.parametrize("second", [
    "Shoppers told reporters they heard a blast and gunfire near the gate.",
    "Somali officials said they heard gunfire ring out near the stalls at noon.",  # the subject of the clause perceived
])
def test_events_told_attack_heard_by_a_witness(second: str) -> None:
    assert ("SOMREB", "SOMCVL") in _attacks_in(_coded(_OPENING + second), 1)


@pytest.mark.parametrize("text,sentence", [
    (_OPENING + "Traders said they did not hear any gunfire before noon.", 1),  # not perceived
    (_OPENING + "Residents heard another blast on Monday evening near the port.", 1),  # another one
    ("Residents of Kismayo heard a loud blast on Sunday as a fuel depot caught fire. "
     "Somali police said the cause was not known.", 0),  # no attack told in the story
])
def test_events_told_attack_heard_must_not(text: str, sentence: int) -> None:
    assert not _attacks_in(_coded(text), sentence)
