"""A plea "with" a party to act is an appeal to that party (events/demands.py), which the parser reads as a clause
of its own ("pleading with X to lift"). Must not: "with" under a verb that asks nothing. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

Dyad = tuple[str | None, str | None, str | None]


def _dyads(text: str) -> set[Dyad]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 14))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events
            if e.modality in ("asserted", "alleged", "future")}


@pytest.mark.parametrize("text,want", [
    ("Zambian traders are pleading with the Malawian government to lift the ban on maize exports.",
     ("ZMBBUS", "MWIGOV", "REQUEST")),
])
def test_events_needs_and_pleas_appeal(text: str, want: Dyad) -> None:
    assert want in _dyads(text)


@pytest.mark.parametrize("text,absent", [
    # "with" under a verb that asks nothing
    ("The Kenyan foreign minister agreed with Uganda to reopen the border crossing at Busia.", ("UGAGOV", "REQUEST")),
])
def test_events_needs_and_pleas_must_not(text: str, absent: tuple[str, str]) -> None:
    assert not any((target, kind) == absent for _, target, kind in _dyads(text))
