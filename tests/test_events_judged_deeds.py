"""Deeds a verb of condemnation or praise takes as its object (events/nominal.py ``_judged``, ``judging_verbs``):
a weak act noun there ("killing", "arrest", "raid") with its doer named in its own phrase is told, not guessed, so
it keeps a noun's full confidence. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events, pipeline_coded

pytestmark = pytest.mark.model

ACTORS = {"Chile": "CHL", "Bolivian troops": "BOLMIL", "Bolivian farmers": "BOLCVL", "Bolivian police": "BOLCOP"}

STORY = "Rallies against the rulers of Bolivia swelled on Sunday in La Paz. Bolivia's president asked for calm. "


def _best(nlp: Language, text: str, cameo: str) -> float:
    """The highest confidence of an event coded ``cameo`` in ``text`` (0 when none is coded)."""
    return max((e.confidence for e in coded_events(nlp, text, ACTORS) if e.cameo == cameo), default=0.0)


def test_events_judged_deeds_a_condemned_deed_with_its_doer_is_surer_than_a_deed_merely_named(nlp: Language) -> None:
    condemned = _best(nlp, "Chile condemned the killing of Bolivian farmers by Bolivian troops.", "1823")
    assert condemned > _best(nlp, "The killing of Bolivian farmers by Bolivian troops began a long war.", "1823")
    assert condemned > _best(nlp, "Chile opposed the killing of Bolivian farmers by Bolivian troops.", "1823")
    assert condemned == _best(nlp, "Chile deplored the killing of Bolivian farmers by Bolivian troops.", "1823")
    praised = _best(nlp, "Chile praised the arrest of Bolivian farmers by Bolivian police.", "173")
    assert praised > _best(nlp, "Chile welcomed the arrest of Bolivian farmers by Bolivian police.", "173")


def test_events_judged_deeds_in_a_story_the_condemned_arrests_are_coded(nlp: Language) -> None:
    got = pipeline_coded(STORY + "Chile condemned the arrests of protesters by the police on Monday.")
    assert ("BOL", "BOL", "COERCE", "asserted") in got
    got = pipeline_coded(STORY + "The United Nations condemned the killing of demonstrators by soldiers.")
    assert ("BOL", "BOL", "ASSAULT", "asserted") in got


def test_events_judged_deeds_a_condemned_deed_with_no_doer_stays_weak(nlp: Language) -> None:
    got = pipeline_coded(STORY + "Chile condemned the arrests of protesters on Monday.")
    assert not any(kind == "COERCE" for _, _, kind, _ in got)


def test_events_judged_deeds_a_deed_asked_for_or_opposed_is_not_told(nlp: Language) -> None:
    for verb in ("demanded", "opposed"):
        got = pipeline_coded(STORY + f"Chile {verb} the arrests of protesters by the police on Monday.")
        assert not any(t == "BOL" and kind == "COERCE" for _, t, kind, _ in got)
    got = pipeline_coded(STORY + "Chile condemned calls for the arrests of protesters by the police.")
    assert not any(kind == "COERCE" for _, _, kind, _ in got)


def test_events_judged_deeds_the_condemnation_is_aimed_at_the_doer_not_the_victims(nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, "Chile condemned the arrests of Bolivian farmers by Bolivian police.", ACTORS)}
    assert ("CHL", "BOLCOP", "111") in got and ("CHL", "BOLCVL", "111") not in got
    assert ("BOLCOP", "BOLCVL", "173") in got
    # with no doer named the object's own actors stay the target, as before
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, "Chile condemned the arrests of Bolivian farmers.", ACTORS)}
    assert not any(t == "BOLCOP" for _, t, _ in got)
