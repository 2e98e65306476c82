"""One record (a JSONL object or a CSV row) to a draft document: the shared field names and checks.

Fields: ``text`` (required), ``id``, ``title``, ``url`` (or ``link``), ``source``, ``published`` (or
``date``), ``language`` (or ``lang``). Names are matched case-insensitively. A ``published`` value that
is not a complete absolute date is ignored (and logged) so the text's own dateline can date it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from bilateral.ingest.documents import Draft
from bilateral.ingest.localday import parse_instant
from bilateral.ingest.pubdate import parse_date_string
from bilateral.ingest.sources import Source
from bilateral.models import Failure

__all__ = ["FIELD_ALIASES", "draft_from_record"]

log = logging.getLogger(__name__)

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "id": ("id", "doc_id", "guid"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "publisher"),
    "published": ("published", "date", "pubdate", "published_at"),
    "language": ("language", "lang"),
}
"""Each document field and the record keys that may hold it, first match wins."""


def _field(record: Mapping[str, Any], name: str) -> Any:
    for key in FIELD_ALIASES[name]:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


def draft_from_record(record: Mapping[str, Any], source: Source, line: int) -> Draft | Failure:
    """The draft for one record, or a ``Failure`` naming the line when it has no usable text."""
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    text = _field(lowered, "text")
    if text is None:
        return Failure(source.origin, "record has no 'text' field (or it is empty)", line=line)
    if not isinstance(text, str):
        return Failure(source.origin, f"record's 'text' is a {type(text).__name__}, not a string", line=line)
    raw_date = _string(_field(lowered, "published"))
    published = parse_date_string(raw_date) if raw_date else None
    if raw_date and published is None:
        log.info("%s:%d: published %r is not a complete date; looking in the text instead",
                 source.origin, line, raw_date)
    return Draft(
        text=text, origin=source.origin, id=_string(_field(lowered, "id")), id_stem=source.id_stem, record=True,
        title=_string(_field(lowered, "title")), url=_string(_field(lowered, "url")),
        source=_string(_field(lowered, "source")), published=published,
        published_at=parse_instant(raw_date) if raw_date else None,
        language=_string(_field(lowered, "language")), line=line,
    )
