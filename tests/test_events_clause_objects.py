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


def test_events_clause_objects_an_act_beside_a_changing_state_of_affairs_is_told() -> None:
    # "could" belongs to the rift's deepening; the threat told beside it with its own subject is made
    got = _coded("The rift could deepen, with Venezuela threatening Colombia with sanctions.")
    assert ("VEN", "COL", "THREATEN", "asserted") in got, got
    got = _coded("Tensions may rise further, with Serbian police arresting Kosovo officials.")
    assert ("SRB", "XKX", "COERCE", "asserted") in got, got


def test_events_clause_objects_an_absolute_clause_keeps_the_modal_of_a_party_or_its_own() -> None:
    # must-not: beside a party's own possible act, or with a modal adjective of its own, the act is not told
    got = _coded("Bolivia could retaliate, with Chile threatening Peru with sanctions.")
    assert ("CHL", "PER", "THREATEN", "asserted") not in got, got
    got = _coded("The rift could deepen, with Venezuela likely to threaten Colombia with sanctions.")
    assert ("VEN", "COL", "THREATEN", "asserted") not in got, got
