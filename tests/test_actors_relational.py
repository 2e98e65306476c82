"""Relational nouns ("Chinese rivals", "Iran's enemies"): the state written on them is whom the group opposes."""

from __future__ import annotations

from tests.resolving import codes_by_text


def test_actors_relational_demonym_on_rivals_is_whom_they_oppose(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Washington sold jets to Chinese rivals in the region.")
    assert found.get("Chinese rivals") == "---GOV"
    assert "CHN" not in {c[:3] for c in found.values()}
    assert codes_by_text(nlp, kb, "Iran's enemies attacked the tanker.").get("Iran's enemies") == "---GOV"


def test_actors_relational_own_nationality_stays(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "CHN" in {c[:3] for c in codes_by_text(nlp, kb, "Apple's Chinese rivals cut their prices.").values()}
    assert codes_by_text(nlp, kb, "Chinese warships shadowed the convoy.").get("Chinese warships") == "CHNMIL"
    assert "---GOV" not in codes_by_text(nlp, kb, "Putin's rivals were jailed on Monday.").values()


def test_actors_relational_a_colleague_with_a_demonym_is_that_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The envoy appealed to his Japanese colleague to reconsider the vote.")
    assert found.get("Japanese colleague") == "JPNGOV"
    assert codes_by_text(nlp, kb, "The envoy appealed to his colleagues to reconsider the vote.") == {}
