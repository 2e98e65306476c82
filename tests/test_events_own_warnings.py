"""Threats said by their own doer (events/modality.py ``own_warning``, ``_LITOTES``; coded by events/coder.py): a
coercive act its doer says it could or may do ("China warned that it may impose sanctions on Japan") and one it
"will not hesitate" to do are threats (13x), asserted. Must-not cases: the same act forecast by others (analysts,
the other side), a speech verb negated, a non-coercive act, an act said as not possible, and "hesitated to" (the act
held back). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"China": "CHNGOV", "Japan": "JPNGOV", "Iran": "IRNGOV", "Israel": "ISRGOV", "France": "FRAGOV",
          "Ukraine": "UKRGOV"}

Typed = set[tuple[str, str | None, str | None, str]]


def typed(nlp: Language, text: str) -> Typed:
    """(source, target, PLOVER type, modality) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


THREATS = [
    "China said it could impose sanctions on Japan.",
    "China warned that it may impose sanctions on Japan.",
    "China has hinted that it might retaliate with tariffs on Japan.",
    "China signaled that it could impose new tariffs on Japan.",
]


@pytest.mark.parametrize("text", THREATS)
def test_own_warnings_possible_coercion_said_by_its_doer_is_a_threat(nlp: Language, text: str) -> None:
    assert ("CHNGOV", "JPNGOV", "THREATEN", "asserted") in typed(nlp, text)


NOT_THREATS = [
    "Analysts said China could impose sanctions on Japan.",  # a forecast by onlookers
    "Japan said China could impose sanctions on Japan.",  # by the other side
    "China did not say it could impose sanctions on Japan.",  # the speech denied
    "China said it could not impose sanctions on Japan.",  # not possible
    "China fears it could impose sanctions on Japan.",  # a worry, not an announcement
    "China said it could sign a trade deal with Japan.",  # not coercive
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_own_warnings_others_forecasts_and_non_coercion_are_no_threat(nlp: Language, text: str) -> None:
    assert not any(kind == "THREATEN" for _, _, kind, _ in typed(nlp, text))


def test_own_warnings_will_not_hesitate_announces_the_act(nlp: Language) -> None:
    assert ("IRNGOV", "ISRGOV", "THREATEN", "asserted") in typed(nlp, "Iran will not hesitate to attack Israel.")


def test_own_warnings_did_not_hesitate_tells_the_act(nlp: Language) -> None:
    assert ("IRNGOV", "ISRGOV", "ASSAULT", "asserted") in typed(nlp, "Iran did not hesitate to attack Israel.")


def test_own_warnings_hesitated_holds_the_act_back(nlp: Language) -> None:
    assert not any(m == "asserted" for *_, m in typed(nlp, "Iran hesitated to attack Israel."))


def test_own_warnings_will_not_hesitate_to_help_is_no_refusal(nlp: Language) -> None:
    assert not any(kind == "REJECT" for _, _, kind, _ in typed(nlp, "France will not hesitate to support Ukraine."))


def test_own_warnings_condition_on_the_verb_above_names_the_target(nlp: Language) -> None:
    # the "if" clause and the auxiliary hang on "hesitate", above the act (conditional_targets.condition_targets)
    assert ("CHNGOV", "JPNGOV", "THREATEN", "asserted") in typed(
        nlp, "If Japan escalates, China will not hesitate to shut off gas completely.")


def test_own_warnings_supplies_shut_off_are_cut(nlp: Language) -> None:
    assert ("CHNGOV", "JPNGOV", "SANCTION", "asserted") in typed(nlp, "China shut off gas to Japan.")
    assert not typed(nlp, "China shut the plant off for repairs.")  # no supply, no one it is cut for
