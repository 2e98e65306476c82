"""A preposition's object that the parser made the subject of a participle clause (events/clause_objects.py,
roles.prep_objects; actors: state._charged_goods): "waived the duties on Brazilian-made tractors being imported
into Canada" is on Brazil's goods. Coded through the pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

from bilateral.events.clause_objects import participle_subjects
from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_clause_objects_goods_under_a_participle_are_the_charge_object() -> None:
    got = _coded("Ottawa later waived the duties on Brazilian-made tractors being imported into Canada.")
    assert ("CAN", "BRA", "RETREAT", "asserted") in got, got


def test_events_clause_objects_a_gerund_or_an_object_of_its_own_is_not(nlp) -> None:
    # must-not: a bare gerund names an activity, and a preposition with an object keeps it
    doc = nlp("Peru imposed a ban on shipping arms to the rebels.")
    on = next(t for t in doc if t.lower_ == "on")
    assert participle_subjects(on) == []
    doc = nlp("Lima said it agrees with what Chilean diplomats were suggesting.")
    with_ = next(t for t in doc if t.lower_ == "with")
    assert participle_subjects(with_) == []  # a finite clause says what someone does, not a thing
    doc = nlp("Peru lifted the tariffs on wine from Chile being sold in Lima.")
    on = next(t for t in doc if t.lower_ == "on")
    assert participle_subjects(on) == [] or all(t.dep_ != "pobj" for t in on.children)


def test_events_clause_objects_an_absolute_with_clause_names_no_party(nlp) -> None:
    # "with X doing Y" tells what went with the act: its noun is no object of the preposition
    doc = nlp("Chile and Peru signed an accord in May, with the UNHCR backing it.")
    with_ = next(t for t in doc if t.lower_ == "with")
    assert participle_subjects(with_) == []
