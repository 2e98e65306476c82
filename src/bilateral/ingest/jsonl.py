"""JSON Lines (.jsonl, .ndjson): one article object per line, streamed line by line.

Each line is bounded before it is read whole (``max_line_bytes``) and its nesting is measured on the raw
bytes before ``json.loads`` sees it (``max_json_depth``), so a hostile line costs neither memory nor a
``RecursionError``. A bad line yields a ``Failure`` with its line number and reading goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import accumulate
from typing import BinaryIO

from bilateral.ingest.documents import Draft
from bilateral.ingest.records import draft_from_record
from bilateral.ingest.sources import Source
from bilateral.models import Failure
from bilateral.settings import Settings

__all__ = ["json_depth", "read_jsonl"]

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_STEP = bytes.maketrans(b"[{]}", b"\x02\x02\x00\x00")


def json_depth(line: bytes) -> int:
    """Deepest nesting of arrays/objects in a JSON text, counted without parsing (strings ignored)."""
    brackets = _STRING.sub(b"", line).translate(None, _NOT_BRACKET).translate(_STEP)
    if not brackets:
        return 0
    return max(0, max(accumulate(b - 1 for b in brackets)))


def _skip_rest_of_line(stream: BinaryIO, chunk: int) -> None:
    while True:
        part = stream.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def read_jsonl(stream: BinaryIO, source: Source, settings: Settings) -> Iterator[Draft | Failure]:
    """Drafts of every record, and a ``Failure`` for each line that cannot be one."""
    limit = settings.max_line_bytes
    number = 0
    nonblank = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            if not nonblank:
                yield Failure(source.origin, "empty: no records (only blank lines)")
            return
        number += 1
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if len(raw) > limit:
            _skip_rest_of_line(stream, 1 << 20)
            yield Failure(source.origin, f"line longer than max_line_bytes={limit}", line=number)
            continue
        if not raw.strip():
            continue
        nonblank += 1
        if json_depth(raw) > settings.max_json_depth:
            yield Failure(source.origin, f"JSON nested deeper than max_json_depth={settings.max_json_depth}",
                          line=number)
            continue
        try:
            record = json.loads(raw)
        except UnicodeDecodeError:
            yield Failure(source.origin, "line is not UTF-8 (JSON Lines must be UTF-8)", line=number)
            continue
        except json.JSONDecodeError as e:
            yield Failure(source.origin, f"malformed JSON: {e.msg} at column {e.colno}", line=number)
            continue
        if not isinstance(record, dict):
            yield Failure(source.origin, f"record is a JSON {type(record).__name__}, not an object", line=number)
            continue
        yield draft_from_record(record, source, number)
