"""Charges and trials told with the accused as subject ("X faces fraud charges", "X is on trial") are charges
(173) by the court of the state that tries them: the country of the trial's named place, or of the body the story
says held the accused (events/faced_charges.py). Must-not cases: a facing verb with no charge noun, a charge
naming no offence, charges dropped, a figurative trial, a trial with no court or custody told. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _charges(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.modality)
            for e in done.events if e.cameo == "173"}


def test_events_faced_charges_a_trial_place_names_the_court() -> None:
    got = _charges("A trial in Paris heard two witnesses against Kenyan journalist John Kamau, who is facing "
                   "fraud and bribery charges.")
    assert (0, "FRAJUD", "KENMED", "asserted") in got


def test_events_faced_charges_the_court_of_whoever_held_them() -> None:
    got = _charges("Kenyan police arrested Kenyan journalist John Kamau in May. "
                   "John Kamau is now on trial on sedition charges, his lawyer said.")
    assert (1, "KENJUD", "KENMED", "alleged") in got or (1, "KENJUD", "KENMED", "asserted") in got


def test_events_faced_charges_hedged_facing_is_not_said_to_happen() -> None:
    got = _charges("Kenyan police arrested Kenyan journalist John Kamau in May. "
                   "John Kamau could face treason charges, analysts said.")
    assert not {g for g in got if g[0] == 1 and g[3] in ("asserted", "alleged")}


@pytest.mark.parametrize("text", [
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau faces criticism from rivals.",
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau faces an election in June.",
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau faces a deadline on Friday.",
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau faces higher charges for power.",
    "The opposition put the ruling party on trial in a fiery speech in Nairobi, Kenya.",
])
def test_events_faced_charges_must_not_fire(text: str) -> None:
    got = _charges(text)
    assert not {g for g in got if g[0] == len(text.split(". ")) - 1 and g[1].endswith("JUD")}


def test_events_faced_charges_nationality_alone_names_no_court() -> None:
    got = _charges("Kenyan journalist John Kamau is on trial on espionage charges abroad.")
    assert not got


def test_events_faced_charges_dropped_charges_charge_no_one() -> None:
    got = _charges("Prosecutors in Nairobi dropped the fraud charges against Kenyan journalist John Kamau.")
    assert not {g for g in got if g[3] in ("asserted", "alleged")}


@pytest.mark.parametrize("text", [
    "Kenyan police arrested Kenyan journalist John Kamau in May. His trial has been underway since August.",
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau's trial began in Nairobi on Monday.",
])
def test_events_faced_charges_a_possessed_trial_going_on(text: str) -> None:
    got = _charges(text)
    assert {g[:3] for g in got if g[0] == 1} == {(1, "KENJUD", "KENMED")}


@pytest.mark.parametrize("text", [
    "Kenyan police arrested Kenyan journalist John Kamau in May. His trial is unfair, rights groups said.",
    "Kenyan police arrested Kenyan journalist John Kamau in May. His trial was a farce, rights groups said.",
    "Kenyan journalist John Kamau won a press award in May. His trial began on Monday.",
])
def test_events_faced_charges_a_possessed_trial_judged_or_no_court(text: str) -> None:
    got = _charges(text)
    assert not {g for g in got if g[0] == 1 and g[2] == "KENMED"}


def test_events_faced_charges_two_bodies_of_one_state_name_its_court() -> None:
    got = _charges("Kenyan police arrested Kenyan journalist John Kamau in May. "
                   "A Kenyan court charged John Kamau with sedition in June. "
                   "His trial has been underway since August.")
    assert {g[:3] for g in got if g[0] == 2} == {(2, "KENJUD", "KENMED")}


def test_events_faced_charges_bodies_of_two_states_name_no_court() -> None:
    got = _charges("Ugandan police arrested Kenyan journalist John Kamau in May. "
                   "Kenyan police detained John Kamau again in June. "
                   "His trial has been underway since August.")
    assert not {g for g in got if g[0] == 2 and g[1].endswith("JUD")}
