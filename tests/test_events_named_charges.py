"""A verb of charging whose "with" phrase names a crime is sure of its legal sense (events/named_charges.py): the
weak factor of "charge" is not applied, so "charged him with arson" keeps the confidence of a plain verb. Must-not
cases: a duty ("charged with drafting a plan") and a price ("charging more for gas") keep the weak factor.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.frames import DIRECT
from bilateral.events.lexicon import Lexicon
from bilateral.events.named_charges import names_a_charge
from tests.marking import coded_events

ACTORS = {"Peruvian prosecutors": "PERJUD", "the smuggler": "PERCRM", "the minister": "PERGOV",
          "Bolivian towns": "BOL", "Lima": "PERGOV"}


@pytest.mark.parametrize("text", [
    "Peruvian prosecutors charged the smuggler with arson and extortion.",
    "Peruvian prosecutors charged the smuggler with beating and abducting two traders.",
])
def test_a_named_crime_is_no_weak_charge(text: str, nlp: Language) -> None:
    got = [e for e in coded_events(nlp, text, ACTORS) if e.cameo == "173"]
    assert got and all(e.confidence >= DIRECT - 0.01 for e in got)


@pytest.mark.parametrize("text", [
    "Peruvian prosecutors charged the minister with drafting a new plan.",  # a duty
    "Lima said it was charging Bolivian towns more for gas.",  # a price, no "with"
])
def test_a_duty_or_a_price_stays_weak(text: str, nlp: Language) -> None:
    lexicon = Lexicon.load()
    doc = nlp(text)
    assert not any(names_a_charge(t, lexicon) for t in doc if t.lemma_ == "charge")
    assert all(e.confidence < DIRECT - 0.1 for e in coded_events(nlp, text, ACTORS) if e.cameo == "173")
