"""An armed campaign a group fights, wages, leads or launches against a party is the group's act on that party
(triggers.tsv, 190), and its noun is then no rebel actor (actors/agents.py ``waged_campaign``); elsewhere the noun
stays the rebels ("the insurgency attacked", "fought against the insurgency", "an insurgency in the north"). A
campaign coded so does not split the side later attacks borrow their target from (events/repeated.py). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.parametrize("text", [
    "Al-Shabab has waged a bloody rebellion against the Somali state for decades.",
    "Al-Shabab has been fighting an insurgency against the Somali government.",
    "Al-Shabab launched an uprising against the Somali government in 1994.",
])
def test_events_waged_campaign_is_the_groups_act(text: str) -> None:
    assert (0, "SOMREB", "SOMGOV", "190") in _coded(text)


@pytest.mark.parametrize("text,want", [
    # the noun is the actor, or the target, or a place's rebels: never the act
    ("The insurgency attacked Somali police on Monday.", (0, "SOMREB", "SOMCOP", "190")),
    ("Somali police fought against the insurgency on Monday.", (0, "SOMCOP", "SOMREB", "190")),
    ("The Somali government is battling an insurgency in the north.", (0, "SOMGOV", "SOMREB", "190")),
])
def test_events_campaign_noun_elsewhere_stays_the_rebels(text: str, want: tuple[int, str, str, str]) -> None:
    assert want in _coded(text)


def test_events_campaign_does_not_split_the_side_later_attacks_borrow() -> None:
    got = _coded("Al-Shabab militants attacked a market in Kismayo on Friday, killing nine civilians. "
                 "Al-Shabab has waged a rebellion against the Somali state for decades. "
                 "Al-Shabab militants attacked the market again at dawn with a truck bomb.")
    assert (1, "SOMREB", "SOMGOV", "190") in got
    assert any(e[0] == 2 and e[1] == "SOMREB" and e[2] == "SOMCVL" for e in got)


def test_events_repeated_attacks_on_two_sectors_of_one_country_carry_on_the_latest() -> None:
    got = _coded("Al-Shabab militants attacked a market in Kismayo on Friday, killing seven civilians. "
                 "Al-Shabab militants attacked Somali police in Baidoa on Saturday. "
                 "Al-Shabab militants attacked the town again at dawn with a truck bomb.")
    assert (2, "SOMREB", "SOMCOP", "190") in got
