"""Subjects that act on each other (roles.each_other): "each other", "one another", and a bare "the other" after a
subject of two, coded through the pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_each_other_the_other_after_two_subjects_is_mutual() -> None:
    for text in ("The talks have stalled, with Uganda and Kenya accusing the other of violating the truce.",
                 "Both Uganda and Kenya accused the other of violating the truce."):
        got = _coded(text)
        assert {("UGA", "KEN", "ACCUSE", "asserted"), ("KEN", "UGA", "ACCUSE", "asserted")} <= got, text


def test_events_each_other_the_other_of_one_subject_or_with_a_noun_is_not() -> None:
    for text in ("Uganda accused the other of violating the truce.",
                 "Uganda and Kenya accused the other side of violating the truce."):
        got = _coded(text)
        assert ("UGA", "KEN", "ACCUSE", "asserted") not in got and ("KEN", "UGA", "ACCUSE", "asserted") not in got, text


def test_events_each_other_the_other_with_its_charge_parsed_on_it_is_mutual() -> None:
    text = "The talks have stalled, with Kenya and Uganda accusing the other of delaying the dialogue."
    got = _coded(text)
    assert {("UGA", "KEN", "ACCUSE", "asserted"), ("KEN", "UGA", "ACCUSE", "asserted")} <= got, text


def test_events_each_other_the_other_of_a_partitive_is_not() -> None:
    got = _coded("Kenya and Uganda accused the other of the two envoys of lying.")
    assert ("UGA", "KEN", "ACCUSE", "asserted") not in got and ("KEN", "UGA", "ACCUSE", "asserted") not in got
