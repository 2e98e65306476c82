"""A speaker's verdict on what an actor did or owns ("X said Y's deployment is illegal", "'Y's plan is dangerous,' X
warned"): criticism of that actor (events/speech.py ``reported_verdict``), coded through the pipeline on sentences
written for these tests, each beside the case that must not fire."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def _criticised(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, o, t, _ in _coded(text) if t == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry said on Monday that Uganda's deployment near the border is illegal.",
    "The Kenyan foreign ministry warned that Uganda's deployment near the border is dangerous and provocative.",
    '"Uganda\'s deployment near the border is illegal," the Kenyan foreign ministry said on Monday.',
])
def test_events_verdicts_a_disapproving_verdict_criticises_the_things_owner(text: str) -> None:
    assert ("KEN", "UGA") in _criticised(text)


def test_events_verdicts_a_joint_act_is_both_parties() -> None:
    got = _criticised("The Kenyan foreign ministry said military cooperation between Uganda and Sudan is illegal.")
    assert {("KEN", "UGA"), ("KEN", "SDN")} <= got


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry said on Monday that Uganda's deployment near the border would be illegal.",  # hedged
    "The Kenyan foreign ministry said on Monday that Uganda's deployment near the border is not illegal.",  # negated
    "The Kenyan foreign ministry said on Monday that Uganda's deployment near the border is lawful.",  # no disapproval
    "Uganda's deployment near the border is illegal, some analysts said on Monday.",  # no actor speaks
    "Uganda's deployment near the border is illegal.",  # nobody's verdict but the news
])
def test_events_verdicts_must_not_fire(text: str) -> None:
    assert not any(s == "KEN" or o == "UGA" for s, o in _criticised(text))


def test_events_verdicts_a_disapproving_word_for_a_named_claim_rejects_its_owner() -> None:
    got = _coded("The Kenyan president described Uganda's allegations as baseless.")
    assert ("KEN", "UGA", "REJECT", "asserted") in got
    assert not any(t == "ACCUSE" for _, _, t, _ in got)  # a rejection of the claim, not criticism besides
    got = _coded("The Kenyan president described Uganda's plan as reckless.")
    assert ("KEN", "UGA", "ACCUSE", "asserted") in got  # a plan is no claim: criticism
