"""Act nouns whose possessor is the one the act is done to ("X's detention", "X's expulsion"): a speaker's verdict on
one does not criticise the possessor (events/patient_acts.py), but the doer its "by" phrase names, its possessor when
an "of" phrase holds the patient, or the doer of the story's earlier act on the possessor; acts whose possessor is
their doer ("X's invasion") keep it. Coded through the pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def _criticised(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, o) for s, o, t, m in _coded(text) if t == "ACCUSE" and m == "asserted"}


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry said on Monday that Uganda's detention is unjust.",
    "The Kenyan foreign ministry said on Monday that the arrest of Uganda's opposition leader is unjust.",
    "Kenya called Uganda's expulsion from the trade bloc a disgrace.",
    '"Uganda\'s deportation is a grave injustice," the Kenyan foreign minister told parliament on Monday.',
])
def test_events_patient_acts_the_possessor_of_an_act_done_to_it_is_not_criticised(text: str) -> None:
    assert not any(o == "UGA" for _, o in _criticised(text))


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry said on Monday that Uganda's detention of the journalists is unjust.",
    "The Kenyan foreign ministry said on Monday that the expulsion of its envoy by Uganda is a disgrace.",
])
def test_events_patient_acts_a_named_doer_is_criticised(text: str) -> None:
    assert ("KEN", "UGA") in _criticised(text)


def test_events_patient_acts_a_doer_act_keeps_its_possessor() -> None:
    assert ("KEN", "UGA") in _criticised("The Kenyan foreign ministry said on Monday that Uganda's invasion "
                                         "is illegal.")


def test_events_patient_acts_the_doer_is_the_earlier_custodian() -> None:
    got = _criticised("Tanzanian police detained Ugandan opposition leader Bobi Wine on Monday. Kenya said on Tuesday "
                      "that Wine's detention is unjust.")
    assert ("KEN", "TZA") in got
    assert not any(o == "UGA" for _, o in got)


def test_events_patient_acts_no_custodian_told_no_target() -> None:
    got = _criticised("Kenya said on Tuesday that the detention of Ugandan opposition leader Bobi Wine is unjust.")
    assert not any(o == "UGA" for _, o in got)


def test_events_patient_acts_the_possessor_is_no_doer_of_the_act_itself() -> None:
    got = _coded("Kenya said on Tuesday that Uganda's detention is unjust.")
    assert not any(s == "UGA" and t == "COERCE" for s, _, t, _ in got)


@pytest.mark.parametrize(("text", "kind"), [
    ("Police in Lima said Ecuador plotted the Peruvian consul's murder last spring.", "ASSAULT"),
    ("Ghana announced the Togolese ambassador's expulsion on Friday.", "COERCE"),
])
def test_events_patient_acts_the_possessor_of_a_governed_act_is_its_target(text: str, kind: str) -> None:
    doer, patient = ("ECU", "PER") if "Ecuador" in text else ("GHA", "TGO")
    assert any(s == doer and o == patient and t == kind for s, o, t, _ in _coded(text))


@pytest.mark.parametrize("text", [
    "Ghana's attack on the border post drew protests on Friday.",
    "Ghana announced the expulsion of diplomats on Friday.",
    "Ghana's detention of the journalists lasted a week.",
])
def test_events_patient_acts_no_possessor_patient_without_a_patient_act(text: str) -> None:
    assert not any(o == "GHA" for _, o, _, _ in _coded(text))
