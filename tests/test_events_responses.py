"""Answers to another side's act named by a noun (events/frames.py ``act_agents``, targets.py): the responder is
the source and whoever did the act the target. Sentences written for these tests, actors marked by hand."""

from __future__ import annotations

from typing import Any

import pytest

from tests.marking import coded_events

pytestmark = pytest.mark.model

ACTORS = {"Ghana": "GHA", "Togo": "TGO", "Benin": "BEN", "Togolese government": "TGOGOV",
          "Ghanaian government": "GHAGOV", "Ghanaian parliament": "GHALEG", "Russia": "RUS"}


def _coded(nlp: Any, text: str) -> set[tuple[str, str | None, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.event_type, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


def test_events_responses_the_doer_named_by_a_participle_is_the_target(nlp: Any) -> None:
    got = _coded(nlp, "Ghana condemned the threats made by Togo against Benin.")
    assert ("GHA", "TGO", "ACCUSE", "asserted") in got
    assert not any(s == "GHA" and t == "BEN" for s, t, _, _ in got)  # whom the threats aim at is not the target
    assert ("GHA", "TGO", "REJECT", "asserted") in _coded(nlp, "Ghana rejected the plan announced by Togo.")


def test_events_responses_the_doer_named_by_a_by_phrase_is_the_target(nlp: Any) -> None:
    assert ("GHA", "TGO", "ACCUSE", "asserted") in _coded(nlp, "Ghana criticized the decision by Togo.")
    assert ("GHA", "TGO", "SUPPORT", "asserted") in _coded(nlp, "Ghana backed the move by Togo to reopen the border.")


def test_events_responses_an_object_with_no_doer_names_no_target(nlp: Any) -> None:
    assert not any(t == "TGO" for _, t, _, _ in _coded(nlp, "Ghana rejected the bill passed in Togo."))
    assert not _coded(nlp, "Ghana rejected the bill.")


def test_events_responses_the_topic_of_a_claim_is_not_its_claimant(nlp: Any) -> None:
    assert ("GHA", "RUS", "REJECT", "asserted") in _coded(nlp, "Ghana rejected Russia's claims.")
    assert not any(t == "RUS" for _, t, _, _ in _coded(nlp, "Ghana rejected claims about Russia."))
    assert ("GHA", "TGO", "REJECT", "asserted") in _coded(nlp, "Ghana rejected Togo's claims about Benin.")


def test_events_responses_one_side_answering_itself_is_no_event(nlp: Any) -> None:
    assert not _coded(nlp, "Ghana rejected the move by Ghana.")
    got = _coded(nlp, "The Ghanaian government condemned the decision by the Ghanaian parliament.")
    assert ("GHAGOV", "GHALEG", "ACCUSE", "asserted") in got  # two sectors of one country are two sides


def test_events_responses_keep_negation_and_modality(nlp: Any) -> None:
    assert ("GHA", "TGO", "ACCUSE", "negated") in _coded(nlp, "Ghana did not condemn the threats made by Togo.")
    assert ("GHA", "TGO", "ACCUSE", "hypothetical") in _coded(nlp, "Ghana may criticize the move by Togo.")


def test_events_responses_denied_permission_is_aimed_at_who_asked(nlp: Any) -> None:
    assert ("GHA", "TGO", "REJECT", "asserted") in _coded(nlp, "Ghana denied Togo permission to land.")
    assert ("GHA", "TGOGOV", "REJECT", "asserted") in _coded(
        nlp, "Ghana denied permission to the Togolese government's proposed rally.")
    assert not _coded(nlp, "Ghana refused permission for the march.")


def test_events_responses_each_coordinated_doer_in_an_of_phrase_is_a_target(nlp: Any) -> None:
    actors = {"Ghana": "GHA", "Togolese": "TGOMIL", "Beninese troops": "BENMIL"}
    got = {(e.source.code, e.target.code if e.target else None)
           for e in coded_events(nlp, "Ghana praised the withdrawal of Togolese and Beninese troops.", actors)}
    assert {("GHA", "TGOMIL"), ("GHA", "BENMIL")} <= got
    one = {(e.source.code, e.target.code if e.target else None)
           for e in coded_events(nlp, "Ghana praised the withdrawal of Beninese troops.", actors)}
    assert one == {("GHA", "BENMIL")}


def test_events_responses_what_is_aimed_against_someone_makes_them_no_target(nlp: Any) -> None:
    # the victims of the violence condemned, or of the sanctions backed, are not whom the answer is aimed at
    assert not any(t == "BEN" for _, t, _, _ in _coded(nlp, "Ghana condemned the violence against Benin."))
    assert not any(t == "RUS" for _, t, _, _ in _coded(nlp, "Ghana backed the sanctions against Russia."))
    # a verb that is no answer keeps the object's "against" phrase as its target
    assert ("GHA", "BEN", "ASSAULT", "asserted") in _coded(nlp, "Ghana launched attacks against Benin.")
