"""A doerless attack told beside an armed group's claim in a clause joined to it ("a car bomb killed nine farmers,
while Group Y claimed responsibility for ...") is the claimant's act; counted victims with no country are the
claimant's country's civilians (events/claimed_alongside.py). Must not: a denial, a negated claim, a claim of
something else than responsibility, a claim by a state's forces, an attack that names its own doer, a claim told as
another moment ("after ..."), a subject that may be the doer ("soldiers killed"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_BLAST = "A car bomb killed nine Nigerian farmers near Maiduguri on Monday, "


def _attacks(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.modality) for e in done.events
            if e.event_type == "ASSAULT" and e.trigger == "killed"}


@pytest.mark.parametrize("text", [
    _BLAST + "while Boko Haram claimed responsibility for an ambush on a police convoy.",
    _BLAST + "and Boko Haram took credit for shelling an army camp.",
    "Nine Nigerian farmers were killed near Maiduguri on Monday, while Boko Haram claimed responsibility for an "
    "ambush on a police convoy.",
])
def test_events_claimed_alongside_gives_the_blast_its_claimant(text: str) -> None:
    assert ("NGAREB", "NGACVL", "asserted") in _attacks(text)


def test_events_claimed_alongside_counted_victims_with_no_country_are_the_claimants_civilians() -> None:
    got = _attacks("A roadside mine killed six quarry workers in the north on Tuesday, while the Malian jihadist "
                   "group JNIM claimed responsibility for a raid on a gendarmerie post.")
    assert ("MLIREB", "MLICVL", "asserted") in got


@pytest.mark.parametrize("text", [
    _BLAST + "while Boko Haram denied responsibility for the blast.",
    _BLAST + "while Boko Haram did not claim responsibility for it.",
    _BLAST + "while Boko Haram claimed victory in a dispute over grazing land.",
    _BLAST + "while the Nigerian army took credit for rescuing forty hostages.",
    "A car bomb killed nine Nigerian farmers near Maiduguri on Monday after Boko Haram claimed responsibility for an "
    "earlier raid on a police post.",
])
def test_events_claimed_alongside_must_not_give_the_blast_a_doer(text: str) -> None:
    assert not {source for source, _, _ in _attacks(text)} & {"NGAREB", "NGAMIL", "NGAGOV"}


def test_events_claimed_alongside_leaves_a_subject_that_may_be_the_doer() -> None:
    # "soldiers" has no country here, so no actor is coded for it, yet it names who killed
    got = _attacks("Soldiers killed five Nigerian herders on Monday, while Boko Haram claimed responsibility for a "
                   "raid on a police post.")
    assert ("NGAREB", "NGACVL", "asserted") not in got


def _claimed(text: str) -> set[tuple[str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events if e.event_type == "ASSAULT"}


def test_events_claimed_alongside_a_passive_claim_names_the_doer() -> None:
    got = _claimed("Tuesday's ambush on a Kenyan police convoy near Mandera was claimed by al-Shabab.")
    assert {source for source, _ in got} == {"SOMREB"}
    assert all(target is not None and target.startswith("KEN") for _, target in got)


@pytest.mark.parametrize("text", [
    "The raids on two Nigerian villages were not claimed by Boko Haram.",  # negated
    "The ambush on a Kenyan police convoy was claimed by the Somali army.",  # no armed group
    "The disputed seats were claimed by Boko Haram.",  # no act of force
])
def test_events_claimed_alongside_a_passive_claim_must_not_name_a_doer(text: str) -> None:
    assert _claimed(text) == set()
