"""Targets named by the thing an attack hits or a seizure takes (events/facilities.py), with the real actor
resolver: each must-fire case has a must-not case beside it."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from bilateral.events.facilities import load_facility_rules
from bilateral.events.targets import TARGET_SEARCHES
from tests.resolving import resolved_dyads


_dyads = resolved_dyads


def test_events_facilities_rules_load() -> None:
    rules = load_facility_rules()
    assert rules.nouns[("police", "station")] == "COP"
    assert rules.nouns[("airport",)] is None
    assert "ASSAULT" in rules.act_types
    assert TARGET_SEARCHES[0].name == "facilities"


@pytest.mark.parametrize(("text", "target"), [
    ("Somali militants attacked a police station in Mogadishu.", "SOMCOP"),
    ("Somali militants attacked a military base near the capital Mogadishu.", "SOMMIL"),
    ("Russian warplanes bombed a hospital in Idlib.", "SYRCVL"),
    ("A mosque in Kano was attacked by Boko Haram on Friday.", "NGAREL"),
    ("Iraqi forces launched an attack on a police station in Mosul.", "IRQCOP"),
])
def test_events_facilities_place_gives_country_and_sector(nlp: Any, kb: KnowledgeBase, text: str,
                                                           target: str) -> None:
    assert target in {t for _, t, _ in _dyads(nlp, kb, text)}


def test_events_facilities_holder_and_passengers(nlp: Any, kb: KnowledgeBase) -> None:
    assert ("IRQMIL", "IMGREB", "ASSAULT") in _dyads(
        nlp, kb, "Iraqi armed forces began their assault on the ISIS-held western half of Mosul.")
    assert ("SOMREB", "KENMIL", "ASSAULT") in _dyads(
        nlp, kb, "Somali militants attacked a bus carrying Kenyan soldiers near Mandera.")
    assert ("SYRMIL", "IMGREB", "ASSAULT") in _dyads(
        nlp, kb, "Syrian troops attacked a school run by the Islamic State near Aleppo.")
    assert ("SYRMIL", "IMGREB", "ASSAULT") in _dyads(
        nlp, kb, "Syrian troops shelled a town controlled by the Islamic State near Aleppo.")
    # passengers no actor covers: the bus is not the place's civilians as such
    assert "KENCVL" not in {t for _, t, _ in _dyads(
        nlp, kb, "Somali militants attacked a bus carrying pilgrims near Mandera.")}


def test_events_facilities_owner_wins_over_place(nlp: Any, kb: KnowledgeBase) -> None:
    # the thing's owner is named: where it stands lends nothing
    targets = {t for _, t, _ in _dyads(nlp, kb, "Somali militants attacked a Kenyan military base in Somalia.")}
    assert "KENMIL" in targets and "SOMMIL" not in targets


@pytest.mark.parametrize("text", [
    "Somali militants attacked a military base.",                                   # no place, no owner
    "Somali militants attacked a military base, after they had met in Nairobi.",   # a place in another clause
    "Somali militants built a school in Mogadishu.",                              # no act that hits
    "The opposition party attacked the newspaper in Mogadishu.",                  # criticism, no facility
])
def test_events_facilities_must_not_fire(nlp: Any, kb: KnowledgeBase, text: str) -> None:
    assert not any(t is not None and t[3:] in ("MIL", "EDU", "MED") for _, t, _ in _dyads(nlp, kb, text))


def test_events_facilities_embassy_is_its_owners(nlp: Any, kb: KnowledgeBase) -> None:
    # an embassy is never placed: its owner's words name it, where it stands does not
    assert ("embassy",) in load_facility_rules().owner_only
    owners = {t for _, t, _ in _dyads(nlp, kb, "Somali militants stormed the embassy compound of Turkey near Mandera.")}
    assert any(t is not None and t.startswith("TUR") for t in owners)
    assert not any(t is not None and t.startswith("KEN") for t in owners)
