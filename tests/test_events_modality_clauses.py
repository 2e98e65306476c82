"""Modality across clauses (events/modality.py): a denial of an appositive charge, a reason clause under a future
act, an onlooker's forecast, and a report under a negated speech verb, coded through the pipeline on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_modality_denying_the_appositive_charge_leaves_the_accusation_asserted() -> None:
    assert ("MLI", "DZA", "ACCUSE", "asserted") in _coded(
        "Mali has accused Algeria of arming the rebels, a charge Algiers denies.")
    assert ("GHA", "TGO", "ACCUSE", "asserted") in _coded(
        "Ghana accused Togo of shelling border villages, an allegation Lome rejects.")


def test_events_modality_a_denied_clause_without_a_charge_noun_stays_denied() -> None:
    got = _coded("Chad denies that Niger attacked its border posts.")
    assert not any(s == "NER" and m == "asserted" for s, _, _, m in got)


def test_events_modality_a_reason_clause_keeps_its_own_tense() -> None:
    got = _coded("Kenya will sanction Somalia because Somalia attacked Ethiopia.")
    assert ("SOM", "ETH", "ASSAULT", "asserted") in got
    assert not any(s == "SOM" and t == "THREATEN" for s, _, t, _ in got)  # the attack is done, not threatened


def test_events_modality_a_condition_or_temporal_clause_still_shares_the_mood() -> None:
    got = _coded("Kenya will sanction Somalia if Somalia attacks Ethiopia.")
    assert ("SOM", "ETH", "ASSAULT", "asserted") not in got
    got = _coded("Kenya would sanction Somalia after Somalia attacked Ethiopia.")
    assert ("SOM", "ETH", "ASSAULT", "asserted") not in got


def test_events_modality_an_onlookers_forecast_is_no_threat_of_the_party() -> None:
    got = _coded("An analyst said the United States will sanction Iran.")
    assert got and all(m == "hypothetical" for _, _, _, m in got)
    assert not any(t == "THREATEN" for _, _, t, _ in got)
    got = _coded("Experts believe Russia will attack Finland.")
    assert not any(m == "asserted" for _, _, _, m in got)


def test_events_modality_a_party_announcing_its_own_act_still_threatens() -> None:
    assert ("IRN", "ISR", "THREATEN", "asserted") in _coded("Iran said it will attack Israel.")
    assert ("IRN", "ISR", "THREATEN", "asserted") in _coded(
        "The Iranian foreign minister said Iran will attack Israel.")


def test_events_modality_what_another_warns_of_is_a_forecast() -> None:
    assert ("RUS", "UKR", "ASSAULT", "hypothetical") in _coded("Germany warned of Russia's attack on Ukraine.")
    assert ("RUS", "UKR", "ASSAULT", "hypothetical") in _coded("Poland warned about a Russian invasion of Ukraine.")
    got = _coded("Germany warned that Russia will attack Ukraine.")
    assert not any(s == "RUS" and m == "asserted" for s, _, _, m in got)  # not Russia's threat either


def test_events_modality_a_party_warning_of_its_own_act_threatens_and_others_acts_stay_real() -> None:
    assert ("IRN", "ISR", "THREATEN", "asserted") in _coded("Iran warned it will attack Israel.")
    assert ("RUS", "UKR", "ASSAULT", "asserted") in _coded("Germany condemned Russia's attack on Ukraine.")


def test_events_modality_little_reason_or_chance_denies_the_clause() -> None:
    for text in ("There is little reason to expect that Kenya and Uganda will meet this year.",
                 "There is little chance that Kenya and Uganda will meet this year."):
        got = _coded(text)
        assert got and all(m == "negated" for _, _, _, m in got)
    # "a little village" is a size, not a denial
    got = _coded("Kenyan troops shelled a little village that Ugandan rebels had seized.")
    assert not any(m == "negated" for _, _, _, m in got)


def test_events_modality_a_why_clause_tells_a_known_act() -> None:
    # "cannot understand why X did it": only the reason is asked, the act itself is known
    assert ("KEN", "UGA", "COERCE", "asserted") in _coded(
        "The Ugandan editor cannot understand why Kenya expelled Ugandan reporters.")
    assert ("KEN", "UGA", "COERCE", "asserted") in _coded(
        "Ugandan officials did not explain why Kenyan police arrested the Ugandan journalists.")


def test_events_modality_a_why_clause_keeps_its_own_mood_and_whether_stays_open() -> None:
    got = _coded("The Ugandan editor cannot understand why Kenya would expel Ugandan reporters.")
    assert ("KEN", "UGA", "COERCE", "asserted") not in got
    got = _coded("The Ugandan editor cannot understand why Kenya has not expelled the Ugandan reporters.")
    assert ("KEN", "UGA", "COERCE", "negated") in got
    got = _coded("Ugandan officials still cannot say whether Kenya expelled Ugandan reporters.")
    assert ("KEN", "UGA", "COERCE", "asserted") not in got


def test_events_modality_a_negated_speech_verb_leaves_its_report_unsaid() -> None:
    got = _coded("Zambia did not say it would send troops to Malawi.")
    assert got and all(m == "hypothetical" for _, _, _, m in got)
    got = _coded("Zambia praised the mediators but did not say it would send troops to Malawi.")
    assert not any(s == "ZMB" and t == "MWI" and m in ("asserted", "future") for s, t, _, m in got)


def test_events_modality_an_unnegated_report_keeps_its_announcement() -> None:
    assert ("ZMB", "MWI", "MOBILIZE", "future") in _coded("Zambia said it would send troops to Malawi.")
    assert ("ZMB", "MWI", "MOBILIZE", "negated") in _coded("Zambia said it would not send troops to Malawi.")


def test_events_modality_a_warning_in_an_absolute_clause_is_told_as_said() -> None:
    # "could" belongs to the clause the warning goes with, not to the warning
    assert ("PER", "ECU", "THREATEN", "asserted") in _coded(
        "Relations could sour further, with Peru's foreign minister warning Ecuador that sanctions are coming.")


def test_events_modality_an_absolute_clause_of_no_speech_keeps_the_modal() -> None:
    # an act other than speech goes with what could happen
    assert not any(m == "asserted" and t == "CHL" for _, t, _, m in _coded(
        "Peru could sign the deal with Chile backing it."))
