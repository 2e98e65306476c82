"""An envoy's appeal to no one named is aimed at the state the envoy is posted to (events/posted_addressees.py);
the posting is read by the actor resolver (actors/titles.py, ``Mention.posting``). Must-not cases: an addressee
named, a party other than civilians inside the asked act, a title with no sender, a body as the complement, an act
that is no appeal. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.actors import resolve_actors
from tests.marking import pipeline_coded

pytestmark = pytest.mark.model


def _requests(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, kind, _ in pipeline_coded(text) if kind == "REQUEST"}


def test_events_posted_addressees_the_posting_is_kept_on_the_mention(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    sent = nlp("The UN special envoy for Somalia urged restraint.")
    [envoy] = resolve_actors(sent, kb, dt.date(2024, 3, 6))
    assert envoy.actor.code == "IGOUNO"
    assert envoy.posting is not None and envoy.posting.actor.country == "SOM"
    sent = nlp("Norway's ambassador to Nairobi spoke on Monday.")
    [envoy] = resolve_actors(sent, kb, dt.date(2024, 3, 6))
    assert envoy.posting is not None and envoy.posting.actor.country == "KEN"  # a capital stands for its state


@pytest.mark.parametrize("text", [
    "The UN special envoy for Somalia urged restraint on Monday.",
    "The UN envoy to Somalia is calling for an end to the violence.",
    "The UN special envoy for Somalia called for the protection of civilians.",  # whom the act is for, not asked
])
def test_events_posted_addressees_an_unaddressed_appeal_asks_the_posting(text: str) -> None:
    assert "SOM" in {t for _, t in _requests(text)}


def test_events_posted_addressees_a_named_addressee_is_kept() -> None:
    got = _requests("The UN special envoy for Somalia urged Ethiopia to withdraw its troops.")
    assert got and all(t == "ETH" for _, t in got)


@pytest.mark.parametrize("text", [
    "The UN special envoy for Somalia met the press in Nairobi.",  # no appeal
    "The ambassador to Somalia called for calm.",  # no sender: no posting
    "Kenya's ambassador to the African Union called for calm.",  # a body as complement
])
def test_events_posted_addressees_not_without_an_appeal_or_a_posted_state(text: str) -> None:
    assert "SOM" not in {t for _, t in _requests(text)}


def test_events_posted_addressees_a_party_inside_the_asked_act_is_kept() -> None:
    # must-not: the holders of the prisoners are asked, not the posting
    got = _requests("The UN special envoy for Somalia called for the release of prisoners held by Ethiopian troops.")
    assert {t for _, t in got} == {"ETH"}
