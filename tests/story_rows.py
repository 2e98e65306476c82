"""Coding a short invented story end to end, as ingest codes a document, and reading its events as rows.

The story-level rules (a measure told again, goods hit by it, an answer to a proposal) need the whole pipeline:
earlier sentences, the document's actors and dates. One helper for their tests instead of a copy in each file.
"""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document

Row = tuple[int, str | None, str | None, str, str]
"""(sentence index, source country, target country, CAMEO code, modality) of a kept event."""


def story_rows(text: str, published: dt.date = dt.date(2024, 9, 12)) -> set[Row]:
    """The rows of the events the pipeline keeps for ``text`` published on ``published``."""
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=published)], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.cameo, e.modality)
            for e in done.events}


def kept_codes(texts: list[str], published: dt.date = dt.date(2024, 6, 15)) -> list[set[tuple[str, str | None, str]]]:
    """(source code, target code, CAMEO code) of the events each of ``texts``, coded as its own document, keeps at
    the default ``min_confidence``."""
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    docs = [Document(str(i), text, published=published) for i, text in enumerate(texts)]
    return [{(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}
            for done in code_documents(docs, load_resources(Settings()))]
