"""An act its doer announces as the answer to what another does ("if X ..., we will ...") is aimed at X, the
condition's subject (events/targets.py ``condition_targets``): a threat when the answer is coercive or armed ("we
will retaliate"), an intent when it is cooperative ("we will react positively"). Only the doer's own word counts: an
answer foretold by analysts, or one given to no actor's conduct, is no act on anyone. Sentences written for these
tests."""

from __future__ import annotations

from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"Ghana": "GHAGOV", "Togo": "TGOGOV", "Benin": "BENGOV", "we": "GHAGOV", "We": "GHAGOV"}


def typed(nlp: Language, text: str) -> set[tuple[str, str | None, str | None, str]]:
    """(source, target, PLOVER type, modality) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


def test_conditional_answers_cooperation_promised_on_a_condition_is_an_intent(nlp: Language) -> None:
    assert ("GHAGOV", "TGOGOV", "AGREE", "future") in typed(
        nlp, "If Togo treats our traders fairly, we will also react positively.")


def test_conditional_answers_doer_saying_it_will_retaliate_threatens_the_condition_subject(nlp: Language) -> None:
    assert ("GHAGOV", "TGOGOV", "THREATEN", "asserted") in typed(
        nlp, "Ghana said on Friday that it would retaliate if Togo closed the border crossing.")


def test_conditional_answers_foretold_by_others_is_no_threat(nlp: Language) -> None:
    assert not typed(nlp, "If Togo closes the border crossing, Ghana would probably retaliate, economists said.")
    assert not typed(nlp, "Economists said Ghana would retaliate if Togo closed the border crossing.")


def test_conditional_answers_need_an_actor_in_the_condition(nlp: Language) -> None:
    assert not any(target for _, target, _, _ in typed(
        nlp, "If the cocoa talks collapse, we will retaliate."))


def test_conditional_answers_an_answer_given_is_no_threat(nlp: Language) -> None:
    assert not any(plover == "THREATEN" for _, _, plover, _ in typed(
        nlp, "Ghana retaliated after Togo closed the border crossing."))



def test_conditional_answers_quoted_retaliation_threatens_the_condition_subject(nlp: Language) -> None:
    assert ("GHAGOV", "TGOGOV", "THREATEN", "asserted") in typed(
        nlp, "If Togo closes the border crossing, we will retaliate.")
