"""Reading articles: files, directories, ``.gz`` and stdin in every supported format -> ``Document``s.

``read_inputs`` streams: each document is yielded as soon as it is read, and each problem (a binary file,
a malformed JSONL line, a gzip bomb) is yielded as a ``Failure`` naming the file and line while reading
goes on. Formats: plain text (.txt .text .md), HTML (.html .htm), JSON Lines (.jsonl .ndjson), CSV/TSV,
RSS/Atom (.rss .atom, .xml feeds); other files and stdin (``-``) are recognised by their content. Exact
duplicates (same ``Document.content_hash``) within one read are yielded once.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from bilateral.errors import InputError, InputTooLarge
from bilateral.ingest.delimited import read_delimited
from bilateral.ingest.documents import Draft, finish_document
from bilateral.ingest.feed import read_feed
from bilateral.ingest.jsonl import read_jsonl
from bilateral.ingest.plain import read_plain_text
from bilateral.ingest.pubdate import find_publication_date, parse_date_string
from bilateral.ingest.sources import Source, expand_paths, open_source, sniff_format
from bilateral.ingest.webpage import read_html
from bilateral.models import Document, Failure
from bilateral.settings import Settings

__all__ = ["find_publication_date", "parse_date_string", "read_inputs"]

log = logging.getLogger(__name__)

_SNIFF = 4096


def _drafts(stream: io.BufferedReader, source: Source, settings: Settings) -> Iterator[Draft | Failure]:
    """The drafts of one opened source, by its format (raises ``InputError`` for a whole-file problem)."""
    fmt = source.fmt or sniff_format(stream.peek(_SNIFF)[:_SNIFF])
    if fmt == "xml":
        fmt = sniff_format(stream.peek(_SNIFF)[:_SNIFF])
        if fmt != "feed":
            raise InputError("XML file that is not an RSS or Atom feed; only feeds are read", path=source.origin)
    if fmt == "jsonl":
        yield from read_jsonl(stream, source, settings)
    elif fmt in ("csv", "tsv"):
        yield from read_delimited(stream, source, settings, "\t" if fmt == "tsv" else ",")
    else:
        data = _read_whole(stream, fmt, source, settings)
        if fmt == "feed":
            yield from read_feed(data, source, settings)
        elif fmt == "html":
            yield from read_html(data, source, settings)
        else:
            yield from read_plain_text(data, source)


_BYTES_PER_CHAR = 4
"""UTF-8 spends at most four bytes on a character: a text or page over ``max_document_chars`` times this
many bytes cannot give a document within the limit (a page's markup is counted with its text)."""
_HEADROOM = 1 << 16


def _whole_limit(fmt: str, settings: Settings) -> int:
    """The most bytes read of a whole-file input: every byte of it is held, then parsed (a page's tree is
    many times its size), so the limit follows the longest document coded rather than the file limit."""
    if fmt == "feed":  # many documents in one file: the file limit bounds it
        return settings.max_file_bytes
    return min(settings.max_file_bytes, _BYTES_PER_CHAR * settings.max_document_chars + _HEADROOM)


def _read_whole(stream: io.BufferedReader, fmt: str, source: Source, settings: Settings) -> bytes:
    """All of a text, page or feed, read only up to its limit (a gzip stops inflating there too)."""
    limit = _whole_limit(fmt, settings)
    data = stream.read(limit + 1)
    if len(data) > limit:
        what = "file" if source.path is not None and not source.origin.lower().endswith(".gz") else "content"
        raise InputTooLarge(
            f"{what} is larger than {limit} bytes, the most read of one {fmt} input ({_BYTES_PER_CHAR} bytes per "
            f"character of max_document_chars={settings.max_document_chars}); raise that setting to read it"
            if fmt != "feed" else f"{what} is larger than max_file_bytes={settings.max_file_bytes}",
            path=source.origin)
    return data


def _read_source(source: Source, settings: Settings, stdin: BinaryIO) -> Iterator[Draft | Failure]:
    """Drafts and failures of one source; a problem with the whole source ends it with one ``Failure``."""
    try:
        stream = open_source(source, settings, stdin)
    except InputError as e:
        yield Failure(source.origin, e.reason, line=e.line)
        return
    try:
        if not stream.peek(1):
            yield Failure(source.origin, "empty: the input holds nothing")
            return
        yield from _drafts(stream, source, settings)
    except InputError as e:
        yield Failure(source.origin, e.reason, line=e.line)
    except OSError as e:  # the file went away, a disk error: this input fails, the run goes on
        yield Failure(source.origin, f"cannot read ({e.strerror or e})")
    except (ValueError, LookupError, UnicodeError, RecursionError) as e:
        # Third-party parsers (lxml, feedparser) signal unreadable markup this way.
        yield Failure(source.origin, f"cannot parse: {type(e).__name__}: {e}")
    finally:
        if source.path is not None:
            stream.close()


def read_inputs(paths: Sequence[str], settings: Settings, *,
                stdin: BinaryIO | None = None) -> Iterator[Document | Failure]:
    """Documents read from ``paths`` (files, directories, ``-`` for stdin), and a ``Failure`` per bad input.

    Streams: nothing is collected across inputs except the content hashes and ids already yielded (to
    yield each exact duplicate once and keep ids unique). ``stdin`` replaces ``sys.stdin`` (for tests and
    embedding).
    """
    hashes: set[str] = set()
    ids: set[str] = set()
    for source in expand_paths(list(paths)):
        if isinstance(source, Failure):
            yield source
            continue
        for item in _read_source(source, settings, stdin or sys.stdin.buffer):
            if isinstance(item, Failure):
                yield item
                continue
            doc = finish_document(item, settings)
            if isinstance(doc, Failure):
                yield doc
                continue
            digest = doc.content_hash
            if digest in hashes:
                log.debug("%s: exact duplicate of a document already read; skipped", doc.origin)
                continue
            hashes.add(digest)
            if doc.id in ids:
                unique = f"{doc.id}~{digest[:8]}"
                log.warning("%s: id %r already used by another document in this read; using %r",
                            doc.origin, doc.id, unique)
                doc = dataclasses.replace(doc, id=unique)
            ids.add(doc.id)
            yield doc
