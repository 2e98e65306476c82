"""A disapproving word on an actor's act in a quotation going on ("“...,” X said. “Y's reckless occupation is ruining
farmers.”"): the speaker's criticism of the act's doer (events/epithets.py), coded through the pipeline on sentences
written for these tests, each beside cases that must not fire."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model

_OPENING = 'The Kenyan president spoke to reporters in Nairobi on Monday. "We stand with the fishermen," he said. '


def _criticised(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, o, t, _ in _coded(text) if t == "ACCUSE"}


@pytest.mark.parametrize("quote", [
    '"Uganda\'s aggressive occupation of the islands is ruining the lives of our farmers."',
    '"The navy will move quickly to end this reckless threat from Uganda."',
])
def test_events_epithets_a_disapproving_word_on_an_act_criticises_its_doer(quote: str) -> None:
    assert ("KEN", "UGA") in _criticised(_OPENING + quote)


@pytest.mark.parametrize("quote", [
    '"Uganda\'s new fishing policy is changing the lives of our farmers."',  # no disapproving word
    '"Uganda\'s unjust detention in the islands has to end soon."',  # an act done to Uganda
])
def test_events_epithets_must_not_fire_on_the_act(quote: str) -> None:
    assert ("KEN", "UGA") not in _criticised(_OPENING + quote)


def test_events_epithets_must_not_fire_without_a_speaker() -> None:
    got = _criticised("Uganda's aggressive occupation of the islands is ruining the lives of farmers.")
    assert not got


def test_events_epithets_must_not_fire_on_the_speakers_own_act() -> None:
    got = _criticised(_OPENING + '"Kenya\'s reckless policy was a mistake of the past."')
    assert ("KEN", "KEN") not in got


def _rejected(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, o, t, _ in _coded(text) if t == "REJECT"}


_ACCUSED = "Uganda accused Kenya of seizing its fishing boats on Sunday. "


@pytest.mark.parametrize("quote", [
    '"We will keep answering these groundless accusations every day."',
    '"We will go on fighting the false claims at the tribunal."',
])
def test_events_epithets_a_disapproving_word_on_a_claim_rejects_the_earlier_accuser(quote: str) -> None:
    assert ("KEN", "UGA") in _rejected(_ACCUSED + _OPENING + quote)


def test_events_epithets_a_disapproving_claim_word_needs_an_earlier_accuser() -> None:
    # no accusation against Kenya told before: the claim's maker is unknown, nothing is coded
    assert not _rejected(_OPENING + '"We will keep answering these groundless accusations every day."')


def test_events_epithets_a_disapproving_claim_word_needs_a_speaker() -> None:
    assert not _rejected(_ACCUSED + "Kenyan lawyers will keep answering the groundless accusations in court.")
