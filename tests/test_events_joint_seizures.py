"""A seizure of things told in the passive with no agent takes the doer and target of the act of force or
coercion it is coordinated with (events/joint_seizures.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _seizures(text: str) -> set[tuple[int, str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 2, 12))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None) for e in done.events
            if e.cameo.startswith("171")}


def test_events_joint_seizures_takes_the_arrests_doer_and_target() -> None:
    got = _seizures("Kenyan police said rifles were seized and three gang members were arrested in Mombasa on Monday.")
    assert got == {(0, "KENCOP", "KENCRM")}


def test_events_joint_seizures_reported_by_forces_against_rebels() -> None:
    got = _seizures("The Malian army says weapons were seized and several Malian rebels were captured near Gao.")
    assert got == {(0, "MLIMIL", "MLIREB")}


def test_events_joint_seizures_not_with_an_agent_or_a_hedge() -> None:
    got = _seizures("Kenyan police said rifles were seized by customs officers and three gang members were arrested "
                    "in Mombasa.")
    assert (0, "KENCOP", "KENCRM") not in got
    got = _seizures("Kenyan police said rifles may have been seized and three gang members were arrested in Mombasa.")
    assert not got


def test_events_joint_seizures_not_beside_an_act_of_another_kind_or_with_no_doer() -> None:
    assert not _seizures("Kenyan police said rifles were seized and three gang members were released in Mombasa.")
    assert not _seizures("Rifles were seized and three gang members were killed in Mombasa on Monday.")
