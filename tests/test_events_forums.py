"""Whom a lawsuit is aimed at when the parser hangs its "against" phrase on the court it is filed in
(events/forums.py): the court is the forum, the object of "against" the accused. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 3))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Ecuador filed a case at the International Court of Justice against Colombia.", "ECU", "COL"),
    ("Paraguay brought a suit before the tribunal against Uruguay.", "PRY", "URY"),
    ("Ecuador filed a case against Colombia at the International Court of Justice.", "ECU", "COL"),  # as before
])
def test_events_forums_the_accused_not_the_court(text: str, source: str, target: str) -> None:
    got = _coded(text)
    assert (source, target, "115") in got
    assert not any(e[1] == "IGOICJ" for e in got)  # the court a case is filed at is not whom it is against


def test_events_forums_what_the_suit_is_about_is_no_forum() -> None:
    got = _coded("Ecuadorian unions filed a lawsuit at the Supreme Court over violence against Colombian migrants.")
    assert not any(e[2] == "115" and e[1] is not None and e[1].startswith("COL") for e in got)
