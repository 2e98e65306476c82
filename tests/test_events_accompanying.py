"""Acts added to an act noun by a gerund ("X's tariffs on Y, along with doubling the duty on Z's exports"): the
gerund is one more act of the noun's source (events/accompanying.py). Must-not cases: a phrase of addition on a
noun that is no one's act, a gerund with a subject of its own. Sentences written for these tests."""

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
    ("Officials said Japan's tariffs on Peru, along with doubling the 10% duty on Chilean exports, are meant to "
     "curb smuggling.", ("JPN", "CHL", "163")),
    ("Japan's tariffs on Peru, as well as raising the duty on Chilean exports, hurt trade.", ("JPN", "CHL", "163")),
    ("Japan's tariffs on Peru, in addition to raising the duty on Chilean exports, angered the region.",
     ("JPN", "CHL", "163")),
])
def test_events_accompanying_gerund_is_the_nouns_source_act(text: str, want: tuple[str, str | None, str]) -> None:
    got = _coded(text)
    assert want in got and ("JPN", "PER", "163") in got, got


@pytest.mark.parametrize("text", [
    "Higher prices, along with doubling the duty on Chilean exports, hurt trade.",  # no one's act to add to
    "Japan's tariffs on Peru, along with Chile doubling the duty on Brazilian exports, hurt trade.",  # own subject
    "In addition to doubling the duty on Chilean wine, prices rose.",  # a clause whose subject is no act
])
def test_events_accompanying_gerund_must_not(text: str) -> None:
    got = _coded(text)
    assert not any(source == "JPN" and target in ("CHL", "BRA") for source, target, _ in got), got
