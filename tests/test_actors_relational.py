"""Relational nouns ("Chinese rivals", "Iran's enemies"): the state written on them is whom the group opposes."""

from __future__ import annotations

import pytest

from tests.resolving import codes_by_text
from tests.story_rows import kept_codes


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


_kept = kept_codes


@pytest.mark.model
def test_actors_relational_group_aided_by_a_coordinated_verb_is_kept() -> None:
    joined, past, alone, others, own = _kept([
        "Canada firmly resists Russia's naval buildup and, for that reason, gives military support to Russian "
        "rivals in the Arctic.",
        "Canada condemned the raid and gave military support to Russian rivals in the Arctic.",
        "Canada sends military aid to Russian rivals in the Arctic.",
        # must not: a group of no country that names no one it opposes keeps the lower confidence of agents
        "Canada firmly resists Russia's naval buildup and, for that reason, gives military support to other "
        "northern nations.",
        # must not: a firm's rivals of its own nationality are that country's, not a group opposing it
        "Canada firmly resists the merger and gives military support to the bank's Russian rivals.",
    ])
    assert ("CAN", "---GOV", "072") in joined
    assert ("CAN", "---GOV", "072") in past
    assert any(target == "---GOV" and cameo.startswith("07") for _, target, cameo in alone)
    assert not any(target == "---GOV" for _, target, _ in others)
    assert not any(target == "---GOV" for _, target, _ in own)
