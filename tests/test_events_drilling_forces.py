"""A bare exercise noun in an "in"/"during" phrase of a verb whose subject is an armed force is that force's show of
force (150): "Chilean jets flew over Santiago in a two-day exercise" -> CHLMIL (events/drilling_forces.py). Must not:
a subject that is no force, an exercise "of" something, one not told as having happened. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _drills(text: str) -> set[tuple[str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 9, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in done.events
            if e.cameo == "150"}


@pytest.mark.parametrize(("text", "code"), [
    ("Chilean F-5 jets flew low over Santiago on Monday in a two-day exercise to test a new radar.", "CHLMIL"),
    ("Peruvian warships sailed along the coast during a drill.", "PERMIL"),
])
def test_events_drilling_forces_bare_exercise_of_a_force(text: str, code: str) -> None:
    assert _drills(text) == {(code, None, "150", "asserted")}


@pytest.mark.parametrize("text", [
    "Students took part in a fire drill on Monday.",  # no force
    "The Chilean ministry, in an exercise in cost cutting, closed two offices.",  # no force
    "The Peruvian navy, in the exercise of its rights, sailed past the islands.",  # an exercise of something
])
def test_events_drilling_forces_not_fired(text: str) -> None:
    assert _drills(text) == set()


def test_events_drilling_forces_not_told_as_done() -> None:
    coded = _drills("Chilean jets could fly over the capital in a drill.")
    assert not any(m in ("asserted", "alleged") for *_, m in coded)
