"""A passive sanction whose subject names no one falls on the owner its "as" phrase names: by its own actor ("three
firms were sanctioned as fronts for Y's army") or by a participle of owning ("two tankers were sanctioned as
vessels operated by Y"; events/measures.py ``held_as``, frames.json ``owning_participles``). Must-not cases: an
"as" phrase of another act, of a purpose, of time, or a participle that names no owner. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2025, 3, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.parametrize("text,want", [
    ("Two tankers were sanctioned by the British Treasury as vessels owned by a Syrian state firm.",
     ("GBR", "SYRBUS", "163")),
    ("Three companies were sanctioned by Japan as fronts for the Iranian army.", ("JPN", "IRNMIL", "163")),
])
def test_events_sanctioned_as_owners_things(text: str, want: tuple[str, str | None, str]) -> None:
    assert want in _coded(text)


@pytest.mark.parametrize("text", [
    "The activist was arrested by police in Lima as a member of a Chilean group.",  # not a sanction
    "Two tankers were sanctioned by the British Treasury as part of a crackdown on Syrian smuggling.",  # a purpose
    "Two tankers were sanctioned by the British Treasury as vessels seen near Syrian ports.",  # no owner
])
def test_events_sanctioned_as_must_not(text: str) -> None:
    got = _coded(text)
    assert not any(target is not None and target[:3] in ("CHL", "SYR") for _, target, _ in got), got
