"""A speaker who says an actor was involved in, implicated in or engaged in a wrong a disapproving word names
accuses the actor (events/involvement.py, CAMEO 112); not a part in something no word disapproves of, a part
denied or hedged, nor one of the speaker's own state. Each sentence also holds a sanction so that the
pre-filter parses it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_LEAD = "Kenya imposed sanctions on Uganda, and "


def _accusations(text: str) -> set[tuple[str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", _LEAD + text, published=dt.date(2024, 3, 6))],
                            load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events if e.cameo.startswith("112")}


@pytest.mark.parametrize("text,want", [
    ("Kenyan officials said Ugandan officials were involved in illegal arms deals.", ("KENGOV", "UGAGOV")),
    ("Kenyan officials said Uganda's army engaged in illegal killings.", ("KENGOV", "UGAMIL")),
])
def test_events_partaking_in_a_wrong_is_accused(text: str, want: tuple[str, str]) -> None:
    assert want in _accusations(text)


@pytest.mark.parametrize("text", [
    "Kenyan officials said Ugandan officials were involved in the peace talks.",
    "Kenyan officials said Ugandan officials were not involved in illegal arms deals.",
    "Kenyan officials said Ugandan officials may have been involved in illegal arms deals.",
    "Kenyan officials said Kenyan police were involved in illegal killings.",
    "Kenyan officials denied that Ugandan officials were involved in illegal arms deals.",
])
def test_events_partaking_accuses_no_one(text: str) -> None:
    assert not _accusations(text)
