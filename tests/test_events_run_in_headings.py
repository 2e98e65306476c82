"""A run-in section heading the parser reads as one more subject ("Regional reaction The Kenyan foreign minister
urged ..."): the verb's subject is the nearer of the two (events/roles.subject_of). Must not: a lone subject, and
a subject after its verb, stay as they were. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


@pytest.mark.parametrize("text", [
    "Regional reaction A Kenyan foreign ministry spokesman voiced regret and urged the Ugandan government to "
    "open an inquiry.",
    "A Kenyan foreign ministry spokesman voiced regret and urged the Ugandan government to open an inquiry.",
])
def test_events_run_in_heading_is_no_subject(text: str) -> None:
    assert ("KENGOV", "UGAGOV", "REQUEST") in _dyads(text)


def test_events_subject_after_verb_kept() -> None:
    from bilateral.events.roles import subject_of
    from bilateral.pipeline import load_resources
    from bilateral.settings import Settings

    doc = load_resources(Settings()).nlp("Talks will resume soon, said the Kenyan minister.")
    said = next(t for t in doc if t.lower_ == "said")
    subj = subject_of(said, frozenset({"who", "which", "that"}))
    assert subj is not None and subj.lower_ == "minister"
