"""A threat the story told, told again as "the warning" or "the threat" (events/retold_threats.py): the same
parties and code. Not a threat noun with its own content, one that is no subject, or one after threats by several
parties. Stories written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_THREAT = "Ghana threatened retaliation against Togo on Monday if the border stays closed. "


def _threats(text: str) -> set[tuple[int, str | None, str | None]]:
    """(sentence, source country, target country) of the threats the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None) for e in done.events
            if e.event_type == "THREATEN"}


def test_retold_threats_the_warning_as_subject_tells_the_threat_again() -> None:
    assert _threats(_THREAT + "The warning comes as Togo's parliament prepares to vote on new trade rules.") == {
        (0, "GHA", "TGO"), (1, "GHA", "TGO")}


def test_retold_threats_threat_with_its_own_content_is_another() -> None:
    assert _threats(_THREAT + "The threat of sanctions from Togo's parliament looms over the talks.") == {
        (0, "GHA", "TGO")}


def test_retold_threats_object_noun_tells_nothing_new() -> None:
    assert _threats(_THREAT + "Togo's parliament ignored the warning.") == {(0, "GHA", "TGO")}


def test_retold_threats_several_sources_leave_it_open() -> None:
    assert not any(sentence == 2 for sentence, _, _ in _threats(
        _THREAT + "Benin threatened sanctions against Togo on Tuesday. "
        "The warning comes as Togo's parliament prepares to vote on new trade rules."))
