"""From what a reader found (a ``Draft``) to a ``Document``: stable id, publication date, language, limits.

Ids are stable across runs so a rerun recognises what the store already holds:

* an id given by the input (JSONL/CSV ``id`` column, ``id:`` header line) is kept as written;
* a whole-file input (text, HTML) takes its path relative to the directory given, without extensions
  (``articles/blinken-visit``);
* a feed entry takes its guid or link; a record without id takes its URL (``host/path`` slug);
* otherwise the id is ``<file stem>-<first 12 hex of the content hash>``: a hash of the text rather than a
  line number, so it survives records being reordered or inserted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from bilateral.models import Document, Failure
from bilateral.ingest.localday import local_day
from bilateral.ingest.pubdate import find_publication_date
from bilateral.settings import Settings

__all__ = ["Draft", "finish_document", "normalise_language", "url_slug"]

_UNSAFE = re.compile(r"[^\w\-./:~]+", re.UNICODE)
_MAX_ID = 200


@dataclass(frozen=True, slots=True)
class Draft:
    """What a reader found in one input or record, before ids, dates and limits are settled."""

    text: str
    origin: str
    id: str | None = None
    id_stem: str | None = None
    """Path-derived id of the input this came from."""
    record: bool = False
    """One record among many in the input (JSONL, CSV, feed): the path alone cannot be its id."""
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    """The publication instant, when the input gives a time with its zone: its local day dates the document."""
    language: str | None = None
    html: str | None = None
    """The page's markup, so its metadata can date it."""
    line: int | None = None


def url_slug(url: str) -> str | None:
    """A stable id from a URL: lowercase host and path (query kept, fragment and scheme dropped)."""
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return None
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    slug = host + path + (f"?{parts.query}" if parts.query else "")
    return _clean_id(slug)


def _clean_id(raw: str) -> str | None:
    text = unicodedata.normalize("NFC", raw.strip())
    text = _UNSAFE.sub("-", text).strip("-")
    return text[:_MAX_ID] or None


def normalise_language(value: str | None) -> str:
    """Primary language subtag, lowercased ("en-GB" -> "en"); "en" when the input does not say."""
    if not value or not value.strip():
        return "en"
    primary = re.split(r"[-_\s]", value.strip())[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else "en"


def _document_id(draft: Draft, content_hash: str) -> str:
    if draft.id and draft.id.strip():
        return draft.id.strip()
    if draft.record and draft.url:
        slug = url_slug(draft.url)
        if slug:
            return slug
    if draft.id_stem and not draft.record:
        return draft.id_stem
    stem = draft.id_stem or "stdin"
    return f"{stem}-{content_hash[:12]}"


def finish_document(draft: Draft, settings: Settings) -> Document | Failure:
    """The ``Document`` for ``draft``, or a ``Failure`` when it is empty or too large."""
    text = draft.text.replace("\r\n", "\n").replace("\r", "\n")
    if not any(ch.isalpha() for ch in text):
        return Failure(draft.origin, "empty: no words to code", line=draft.line, doc_id=draft.id)
    if len(text) > settings.max_document_chars:
        return Failure(
            draft.origin,
            f"too large: {len(text)} characters, more than max_document_chars={settings.max_document_chars}",
            line=draft.line, doc_id=draft.id,
        )
    if draft.published_at is not None:
        published: dt.date | None = local_day(draft.published_at, text, draft.url, draft.source)
    else:
        published = draft.published or find_publication_date(text, draft.url, draft.html)
    doc = Document(
        id="", text=text, title=(draft.title or "").strip() or None, url=draft.url,
        source=(draft.source or "").strip() or None, published=published,
        language=normalise_language(draft.language),
        origin=f"{draft.origin}:{draft.line}" if draft.line is not None else draft.origin,
    )
    return dataclasses.replace(doc, id=_document_id(draft, doc.content_hash))
