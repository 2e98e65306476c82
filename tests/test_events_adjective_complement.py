"""A light verb completed by an adjective complement ("held Y responsible", events/frames.py): the adjective
selects the lexicon entry as an object noun would, and the direct object stays the target. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_holding_someone_responsible_accuses_them() -> None:
    assert ("DEU", "RUS", "ACCUSE", "asserted") in _coded("Germany held Russia responsible for the attack.")
    assert ("KEN", "SOM", "ACCUSE", "asserted") in _coded("Kenya holds Somalia accountable for the raid.")


def test_events_holding_without_the_adjective_is_no_accusation() -> None:
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded("Germany held talks with Russia."))
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded("Germany held Russia's ambassador for questioning."))


def test_events_an_accusation_denied_is_not_asserted() -> None:
    got = _coded("Germany did not hold Russia responsible for the attack.")
    assert not any(m == "asserted" for _, _, _, m in got)


def test_events_holding_someone_incommunicado_detains_them() -> None:
    # the parser tags the complement a noun or an adjective: either completes the verb
    assert ("KEN", "KEN", "COERCE", "asserted") in _coded(
        "Kenyan police have kept three Kenyan journalists incommunicado since May.")
    assert ("KEN", "KEN", "COERCE", "asserted") in _coded(
        "Three Kenyan journalists were held incommunicado by Kenyan police for weeks.")


def test_events_holding_someone_for_questioning_or_holding_talks_is_no_detention() -> None:
    assert not any(t == "COERCE" for _, _, t, _ in _coded("Kenyan police held three Kenyan journalists for "
                                                            "questioning."))
    assert not any(t == "COERCE" for _, _, t, _ in _coded("Kenya held talks with Uganda."))
