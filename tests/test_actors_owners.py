"""A sector noun owned by a named possessor is not placed in the country after it ("the UN chief's envoy in X")."""

from __future__ import annotations

from tests.resolving import codes_by_text


def test_envoy_of_a_named_body_is_not_the_host_country_s(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The U.N. secretary-general's personal envoy in Mali visited a refugee camp.")
    assert found.get("U.N.") == "IGOUNO"
    assert "MLIGOV" not in found.values()


def test_unnamed_owner_or_no_owner_still_places_the_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The president's envoy in Mali visited a refugee camp.")
    assert found.get("envoy in Mali") == "MLIGOV"
    assert codes_by_text(nlp, kb, "Police in Bamako arrested two traders.").get("Police in Bamako") == "MLICOP"
