"""A body named after its town and a sector noun ("Columbia University", "Boston University") is a body of the town's
country with that sector (actors/place_named_bodies.py). Must-not cases: a town of several countries none dominates,
a name that ends in no sector noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.resolving import code_list


@pytest.mark.model
def test_place_named_bodies_university_takes_its_towns_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert code_list(nlp, kb, "Students at Columbia University marched against the war in Sudan.")[0] == "USAEDU"
    assert code_list(nlp, kb, "Protesters at Boston University denounced the Egyptian government.")[0] == "USAEDU"


@pytest.mark.model
def test_place_named_bodies_not_for_shared_towns_or_other_names(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: a town several countries share with none dominant, a name ending in no sector noun
    assert code_list(nlp, kb, "Students at Georgetown University criticised Chile.") == ["CHL"]
    assert code_list(nlp, kb, "Analysts at Boston Consulting Group praised China.") == ["CHN"]
