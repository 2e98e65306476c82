"""An assault whose subject is a bare attacker noun ("attackers", "the gunmen", "the assailants") in a story that
told one armed group's attack is that group's act (events/attacker_nouns.py), aimed at whom its attack struck when
the sentence names no one. Must not: a qualified or indefinite noun, another group named, a story that told no
attack or attacks by two sides, an act that is no assault. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = "Boko Haram fighters attacked a village in Nigeria's Borno state on Tuesday, killing eleven farmers. "


def _assaults(text: str, sentence: int = 1) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 4))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.modality) for e in done.events
            if e.sentence_index == sentence and e.event_type == "ASSAULT"}


@pytest.mark.parametrize("second,modality", [
    ("A Nigerian army spokesman said attackers detonated two roadside bombs near the well.", "alleged"),
    ("The assailants detonated a truck bomb near the gate, a Nigerian police officer said.", "alleged"),
])
def test_events_attacker_nouns_are_the_story_attacker(second: str, modality: str) -> None:
    assert _assaults(_OPENING + second) == {("NGAREB", "NGACVL", modality)}


def test_events_attacker_nouns_keep_a_named_target() -> None:
    text = _OPENING + "The assailants shot dead two Nigerian soldiers at a checkpoint, a police officer said."
    assert {s for s, _, _ in _assaults(text)} == {"NGAREB"}


@pytest.mark.parametrize("second", [
    "A Nigerian army spokesman said unidentified gunmen detonated two roadside bombs near the well.",  # qualified
    "A Nigerian army spokesman said a gunman detonated a grenade near the well.",  # indefinite: another one
    "A Nigerian army spokesman said Islamic State attackers detonated bombs near the well.",  # named
])
def test_events_attacker_nouns_not_the_story_attacker(second: str) -> None:
    assert not any(source == "NGAREB" for source, _, _ in _assaults(_OPENING + second))


def test_events_attacker_nouns_not_an_assault() -> None:
    text = _OPENING + "A Nigerian army spokesman said the attackers fled toward the forest."
    assert _assaults(text) == set()


def test_events_attacker_nouns_need_one_told_attacker() -> None:
    none_told = "A Nigerian army spokesman said attackers detonated two roadside bombs near the well on Tuesday."
    assert not any(source == "NGAREB" for source, _, _ in _assaults(none_told, 0))
    two_sides = ("Boko Haram fighters attacked a village in Borno on Tuesday. Nigerian troops attacked Boko Haram "
                 "fighters near Lake Chad on Wednesday. An army spokesman said attackers detonated two roadside bombs "
                 "near the well.")
    assert not any(source in ("NGAREB", "NGAMIL") for source, _, _ in _assaults(two_sides, 2))
