"""Plain-text articles (.txt, .text, .md): an optional header block, a title line, the body.

A header block is a run of ``key: value`` lines at the very top (keys: title, date, published, source,
url, id, language) ended by a blank line; it is metadata and leaves the text. Without a ``title:`` line,
a short first line without a final period is taken as the title (it stays in the text, which is coded
as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bilateral.ingest.decoding import decode_text
from bilateral.ingest.documents import Draft
from bilateral.ingest.localday import parse_instant
from bilateral.ingest.pubdate import parse_date_string
from bilateral.ingest.sources import Source

__all__ = ["parse_plain_text", "read_plain_text"]

_HEADER_KEYS = {
    "title": "title", "headline": "title", "date": "date", "published": "date", "dateline": "date",
    "source": "source", "publisher": "source", "url": "url", "link": "url", "id": "id",
    "language": "language", "lang": "language",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z_ -]{0,20}):[ \t]*(.*?)\s*$")
_MAX_TITLE = 200
_MIN_TITLE_WORDS = 3  # "Menu Close", "Advertisement": page chrome, not a headline
_MAX_HEADER_LINES = 12


def _header(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """The header fields and the number of lines they span (blank line included), if there is a header."""
    fields: dict[str, str] = {}
    for i, line in enumerate(lines[: _MAX_HEADER_LINES + 1]):
        if not line.strip():
            return (fields, i + 1) if fields else None
        m = _HEADER_LINE.match(line)
        if not m or m.group(1).strip().lower() not in _HEADER_KEYS:
            return None
        fields[_HEADER_KEYS[m.group(1).strip().lower()]] = m.group(2)
    return None


def _title_line(text: str) -> str | None:
    for line in text.split("\n"):
        if line.strip():
            candidate = line.strip()
            short = len(candidate) < _MAX_TITLE and len(candidate.split()) >= _MIN_TITLE_WORDS
            byline = candidate.lower().startswith(("by ", "from "))
            if short and not byline and not candidate.endswith((".", ":", ";", ",")):
                return candidate.lstrip("#").strip() or None
            return None
    return None


def parse_plain_text(text: str, source: Source, *, record: bool = False) -> Draft:
    """The draft document of a plain-text article (header fields, title, body)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    header = _header(lines)
    fields: dict[str, str] = {}
    if header:
        fields, used = header
        text = "\n".join(lines[used:])
    published = parse_date_string(fields["date"]) if fields.get("date") else None
    return Draft(
        text=text, origin=source.origin, id=fields.get("id") or None, id_stem=source.id_stem, record=record,
        title=fields.get("title") or _title_line(text), url=fields.get("url") or None,
        source=fields.get("source") or None, published=published,
        published_at=parse_instant(fields["date"]) if fields.get("date") else None,
        language=fields.get("language") or None,
    )


def read_plain_text(data: bytes, source: Source) -> Iterator[Draft]:
    """The one draft of a text file (raises ``BinaryInput`` for binary content)."""
    yield parse_plain_text(decode_text(data, source.origin), source, record=source.path is None)
