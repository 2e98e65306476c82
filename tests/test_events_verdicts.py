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


def _praised(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, o, t, m in _coded(text) if t == "SUPPORT" and m == "asserted"}


@pytest.mark.parametrize("text", [
    "The Peruvian foreign minister said on Monday that the fishing accord between Chile and Bolivia is a positive "
    "step for the whole coast.",
    '"The fishing accord between Chile and Bolivia is constructive," the Peruvian foreign minister said on Monday.',
])
def test_events_verdicts_an_approving_verdict_praises_the_parties(text: str) -> None:
    assert {("PER", "CHL"), ("PER", "BOL")} <= _praised(text)


@pytest.mark.parametrize("text", [
    # a thing with no party
    "The Peruvian foreign minister said on Monday that the weather along the coast is a positive sign for fishing.",
    # negated, turned, hedged
    "The Peruvian foreign minister said on Monday that the fishing accord between Chile and Bolivia is not "
    "constructive.",
    "The Peruvian foreign minister said on Monday that the fishing accord between Chile and Bolivia is no positive "
    "step.",
    "The Peruvian foreign minister said on Monday that a fishing accord between Chile and Bolivia would be a "
    "positive step.",
    # the approving word deep in the predicate's phrase praises nothing
    "The Peruvian foreign minister said on Monday that the fishing accord between Chile and Bolivia is a threat to "
    "the old friendship of the coastal states.",
    # a neutral description, and nobody's verdict but the news
    "The Peruvian foreign minister said on Monday that the fishing accord between Chile and Bolivia is ten pages "
    "long.",
    "The fishing accord between Chile and Bolivia is a positive step, some analysts said on Monday.",
])
def test_events_verdicts_an_approving_verdict_must_not_fire(text: str) -> None:
    assert not any(o in ("CHL", "BOL") for _, o in _praised(text))


def test_events_verdicts_praise_of_the_speakers_own_act_is_no_event() -> None:
    got = _praised("The Peruvian foreign minister said on Monday that Peru's fishing accord is a positive step.")
    assert not any(o == "PER" for _, o in got)
