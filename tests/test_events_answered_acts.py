"""Whom a proposal was put to, told by who answers it (events/answered_acts.py): "Lima has not responded to
Santiago's overtures" is Santiago's overture to Lima, asserted whatever the answer. Must-not cases: a bystander's
verb of view ("welcomed"), a proposal with its own addressee, an answerer who is no actor, a noun that is no
proposal. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Lima": "PERGOV", "Santiago": "CHLGOV", "Quito": "ECUGOV", "Bogota": "COLGOV", "the EU": "IGOEU"}


def _overtures(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, modality) of the overtures (030) coded in ``text``."""
    return {(e.source.code, e.target.code if e.target else None, e.modality)
            for e in coded_events(nlp, text, ACTORS) if e.cameo == "030"}


@pytest.mark.parametrize("text,want", [
    ("Lima has not responded to Santiago's overtures.", ("CHLGOV", "PERGOV", "asserted")),
    ("Lima declined to comment on Santiago's latest overtures.", ("CHLGOV", "PERGOV", "asserted")),
    ("So far Quito has not replied to Bogota's overtures.", ("COLGOV", "ECUGOV", "asserted")),
])
def test_answered_acts_answerer_is_addressee(text: str, want: tuple[str, str, str], nlp: Language) -> None:
    assert _overtures(nlp, text) == {want}


@pytest.mark.parametrize("text", [
    "The EU welcomed Santiago's overtures on Friday.",            # a bystander's view names no addressee
    "Analysts have not responded to Santiago's overtures.",       # the answerer is no actor
])
def test_answered_acts_no_addressee(text: str, nlp: Language) -> None:
    assert _overtures(nlp, text) == set()


def test_answered_acts_own_addressee_kept(nlp: Language) -> None:
    # the proposal names whom it was put to: the answerer is no second addressee
    found = _overtures(nlp, "Quito has not responded to Santiago's overtures to Lima.")
    assert ("CHLGOV", "ECUGOV", "asserted") not in found


def test_answered_acts_only_proposals(nlp: Language) -> None:
    # a measure answered is no proposal put to the one who answers ("responded to Y's tariffs")
    events = coded_events(nlp, "Lima has not responded to Santiago's tariffs.", ACTORS)
    assert not any(e.source.code == "CHLGOV" and e.target is not None and e.target.code == "PERGOV" for e in events)


def test_answered_acts_judging_verb_names_no_addressee(nlp: Language) -> None:
    # a rejection is the act told; whom the offer was put to is left unsaid
    found = _overtures(nlp, "Lima rejected Santiago's overtures on Monday.")
    assert ("CHLGOV", "PERGOV", "asserted") not in found


def test_answered_acts_press_request_is_no_proposal(nlp: Language) -> None:
    events = coded_events(nlp, "Lima did not respond to a request for comment from the Andean Herald.",
                          {**ACTORS, "the Andean Herald": "PERMED"})
    assert not any(e.source.code == "PERMED" for e in events)


def _requests(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, PLOVER type) of the requests and rejections coded in ``text``."""
    return {(e.source.code, e.target.code if e.target else None, str(e.event_type))
            for e in coded_events(nlp, text, ACTORS) if e.event_type in ("REQUEST", "REJECT")}


@pytest.mark.parametrize("text", [
    "Lima continues to defy calls by Santiago to reopen the border crossings.",
    "Lima has ignored calls from Santiago to reopen the border crossings.",
    "Lima keeps defying calls, including by Santiago, to reopen the border crossings.",
])
def test_answered_acts_defier_is_addressee(text: str, nlp: Language) -> None:
    # one defies or ignores only what was put to oneself: the caller asks the defier, who rejects the caller
    found = _requests(nlp, text)
    assert ("CHLGOV", "PERGOV", "REQUEST") in found
    assert ("PERGOV", "CHLGOV", "REJECT") in found


@pytest.mark.parametrize("text", [
    "Lima criticised calls by Santiago to reopen the border crossings.",   # a view of the calls, not a defiance
    "Lima continues to defy calls to reopen the border crossings.",        # no caller named: no appeal
    "Lima defied the curfew imposed by Santiago on the border crossings.",  # no proposal defied
])
def test_answered_acts_defiance_must_not_fire(text: str, nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV", "REQUEST") not in _requests(nlp, text)


def test_answered_acts_listed_agent_not_a_target_phrase(nlp: Language) -> None:
    # a listing phrase with another preposition ("including on Y") names no maker of the noun
    found = _requests(nlp, "Lima keeps defying calls, including on Santiago, to reopen the border crossings.")
    assert ("CHLGOV", "PERGOV", "REQUEST") not in found
