"""An armed group's combat told with only its own country, as a place, is against that country's forces: "the
Chadian rebels have renewed hostilities in the country" is TCDREB -> TCDMIL (events/home_combat.py). Must not: a
state's forces fighting, a fight abroad, a fight against a thing ("fight corruption"), a fight for something with
people of its own ("fight for the rights of herders"), an attack that is no combat. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = "Chad's government said on Monday it would send more police to the southern provinces. "


def _assaults(last: str) -> set[tuple[str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", _OPENING + last, published=dt.date(2024, 5, 7))],
                            load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events
            if e.sentence_index == 1 and e.event_type == "ASSAULT" and e.modality in ("asserted", "alleged")}


@pytest.mark.parametrize("last", [
    "Officials in N'Djamena say the Chadian rebels have renewed hostilities in the country.",
    "Officials in N'Djamena say the rebels fight to hold farmland along the Chadian frontier.",
    "Officials in N'Djamena say the rebel movement counts about 300 fighters who fight in Chad.",
])
def test_events_home_combat_aimed_at_the_country_forces(last: str) -> None:
    assert ("TCDREB", "TCDMIL") in _assaults(last)


@pytest.mark.parametrize("last", [
    "Officials say the Chadian army fights to hold farmland in Chad.",  # a state's forces
    "Officials say Chadian rebels fight in Sudan.",  # abroad
    "Officials say the Chadian rebels fight corruption in Chad.",  # a thing fought
    "Officials say the Chadian rebels fight for the rights of herders in Chad.",  # people named
    "Officials in N'Djamena say the Chadian rebels attacked villages in Chad.",  # no combat: the villagers hit
])
def test_events_home_combat_not_fired(last: str) -> None:
    assert not any(target is not None and target.endswith("MIL") for _, target in _assaults(last))
