"""An act named by a "to" infinitive on a plan noun is the planner's, meant for later (roles.planner_of,
frames.controller, modality: future; embedding.absorb_proposed_acts leaves it to code the intent): "Chile announced
plans to impose sanctions on Peru" is Chile's threat (13x), "Chile announced plans to visit Peru" its intent (03x).
A plan made known by a noun of announcing is its possessor's ("Chile's announcement of its intention to ...").
Must-not cases: a plan denied or not had ("has no plans to", "denied plans to": negated), someone else's plan
("criticised a plan to ...", "the newspaper's report of a plan to ...": no planner). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "Chilean": "CHLGOV"}


def typed(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str]]:
    """(source, target, PLOVER type, modality) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


@pytest.mark.parametrize("text", [
    "Chile announced plans to impose sanctions on Peru.",
    "Chile announced its intention to impose sanctions on Peru.",
    "Chile unveiled a plan to impose new tariffs on Peru.",
])
def test_planned_acts_coercion_planned_is_a_threat(nlp: Language, text: str) -> None:
    assert ("CHLGOV", "PERGOV", "THREATEN", "asserted") in typed(nlp, text)


def test_planned_acts_cooperation_planned_is_an_intent(nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV", "AGREE", "future") in typed(nlp, "Chile announced plans to visit Peru.")


@pytest.mark.parametrize("text", [
    "Chile has no plans to impose sanctions on Peru.",
    "Chile denied plans to impose sanctions on Peru.",
    "Chile criticised a plan to impose sanctions on Peru.",
])
def test_planned_acts_denied_or_others_plans_are_no_threat(nlp: Language, text: str) -> None:
    assert not any(kind == "THREATEN" or m == "asserted" for _, _, kind, m in typed(nlp, text))


@pytest.mark.parametrize("text", [
    "Chile's announcement of its intention to impose sanctions on Peru has alarmed exporters.",
    "Chile's announcement on Monday of its plan to impose tariffs on Peru worried traders.",
    "Chile's declaration of its intent to impose sanctions on Peru drew a sharp reply.",
])
def test_planned_acts_announcement_of_a_plan_is_the_announcers_threat(nlp: Language, text: str) -> None:
    assert ("CHLGOV", "PERGOV", "THREATEN", "asserted") in typed(nlp, text)


@pytest.mark.parametrize("text", [
    "The newspaper's report of a plan to impose sanctions on Peru alarmed exporters.",
    "Its announcement of the intention to impose sanctions on Peru alarmed exporters.",
    "Chile's criticism of the plan to impose sanctions on Peru alarmed exporters.",
])
def test_planned_acts_plan_told_by_no_named_announcer_has_no_planner(nlp: Language, text: str) -> None:
    assert not any(source == "CHLGOV" and kind == "THREATEN" for source, _, kind, _ in typed(nlp, text))
