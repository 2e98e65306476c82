"""A bare present verb the parser joins to the singular past verb of a reported clause belongs to the reporting
clause (events/tense_conjuncts.py, read by frames.controller). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.tense_conjuncts import misjoined_conjunct
from tests.marking import coded_events

pytestmark = pytest.mark.model


def _reporting(nlp: Language, text: str, word: str) -> str | None:
    """The reporting verb ``misjoined_conjunct`` gives the first token written ``word``, as text."""
    token = next(t for t in nlp(text) if t.text == word)
    found = misjoined_conjunct(token)
    return found.text if found is not None else None


def test_tense_conjuncts_a_bare_present_after_a_singular_reported_past_goes_up(nlp: Language) -> None:
    assert _reporting(nlp, "Many fishermen say Chile has never had a right to the waters and oppose Chile's new "
                           "quotas.", "oppose") == "say"
    assert _reporting(nlp, "Many farmers say the government has ignored their plight and criticize its new tax "
                           "plan.", "criticize") == "say"


def test_tense_conjuncts_must_not_move_a_conjunct_that_agrees_or_stands_alone(nlp: Language) -> None:
    # a plural subject takes the bare form itself: both acts are the soldiers'
    assert _reporting(nlp, "Villagers say the soldiers have burned their fields and want the army punished.",
                      "want") is None
    # the same tense
    assert _reporting(nlp, "Villagers say the soldiers burned their fields and stole their cattle.", "stole") is None
    # a past reporting verb
    assert _reporting(nlp, "Villagers said the soldiers had burned their fields and demanded money.",
                      "demanded") is None
    # a conjunct with its own subject or modal
    assert _reporting(nlp, "Villagers say the soldiers burned their fields and they demand compensation.",
                      "demand") is None
    assert _reporting(nlp, "Villagers say the soldiers burned their fields and will demand compensation.",
                      "demand") is None


def test_tense_conjuncts_the_reporting_subject_acts(nlp: Language) -> None:
    actors = {"Peruvian fishermen": "PERCVL", "Chile": "CHL"}
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, "Many Peruvian fishermen say Chile has never had a right to the waters and "
                                      "criticize Chile's new quotas.", actors)}
    assert ("PERCVL", "CHL", "111") in got
    assert not any(src == "CHL" and code == "111" for src, _, code in got)
