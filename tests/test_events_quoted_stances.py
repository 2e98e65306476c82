"""An adjective of stance in quotation marks ('X was “prepared” to talk') that the parser reads as a passive
participle still binds its subject (events/embedding.py, ``_misread_stance``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.country, e.target.country if e.target else None, e.event_type) for e in done.events}


@pytest.mark.parametrize("text, expected", [
    ("Kenya was “prepared” to resume talks with Uganda.", ("KEN", "UGA", "AGREE")),
    ("Kenyan President William Ruto said he was “willing” to meet Ugandan President Yoweri Museveni.",
     ("KEN", "UGA", "AGREE")),
    ("Kenya was “reluctant” to resume talks with Uganda.", ("KEN", "UGA", "REJECT")),
])
def test_a_quoted_stance_binds_its_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(text)


def test_a_passive_of_asking_is_no_stance_of_the_one_asked() -> None:
    assert not any(s == "UGA" and kind == "AGREE" for s, _, kind in _coded(
        "Uganda was “asked” to resume talks with Kenya."))
