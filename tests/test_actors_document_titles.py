"""A titled person no dictionary knows ("Attorney General Justin Wanjiku") in a story about one country is that
country's, with the title's sector (actors/document_titles.py). Must-not cases: a single sentence, a sentence that
names another country, a posting abroad, a former office. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_LEAD = ("Kenya has charged three former ministers with fraud. Kenyan prosecutors say the case is the largest "
         "in Kenya for years. Kenya's president has promised to fight graft. ")


def _coded(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_document_titles_titled_person_takes_the_storys_country() -> None:
    got = _coded(_LEAD + "Attorney General Justin Wanjiku accused the ministers of stealing public funds.")
    assert any(e[0] == 3 and e[1] == "KENJUD" and e[3] == "112" for e in got)


def test_document_titles_not_without_a_story_or_beside_another_country() -> None:
    # must not: a single sentence, another country in the sentence, a posting abroad, a former office
    got = _coded("Attorney General Justin Wanjiku accused the ministers of stealing public funds.")
    assert not any(e[1].startswith("KEN") for e in got)
    got = _coded(_LEAD + "Attorney General Justin Wanjiku accused Uganda of sheltering the ministers.")
    assert not any(e[0] == 3 and e[1] == "KENJUD" for e in got)
    got = _coded(_LEAD + "Ambassador Justin Wanjiku accused the ministers of stealing public funds.")
    assert not any(e[0] == 3 and e[1].startswith("KEN") for e in got)
    got = _coded(_LEAD + "Former Attorney General Justin Wanjiku accused the ministers of stealing public funds.")
    assert not any(e[0] == 3 and e[1] == "KENJUD" for e in got)
