"""CSV and TSV tables (.csv, .tsv): a header row naming the columns, then one article per row.

The columns are those of JSON Lines (``text`` required; see ``records.FIELD_ALIASES``). Spreadsheet
exports are often Windows-1252, so the encoding is detected from the first 64 KiB; a row that cannot be
decoded later stops the file with a failure naming its line. Failures carry the line where the row
starts (rows may span lines inside quotes).
"""

from __future__ import annotations

import csv
import io
import logging
import sys
from collections.abc import Iterator

from bilateral.errors import InputError
from bilateral.ingest.decoding import detect_encoding
from bilateral.ingest.documents import Draft
from bilateral.ingest.records import FIELD_ALIASES, draft_from_record
from bilateral.ingest.sources import Source
from bilateral.models import Failure
from bilateral.settings import Settings

__all__ = ["read_delimited"]

log = logging.getLogger(__name__)

_SAMPLE = 1 << 16


def _allow_long_fields(settings: Settings) -> None:
    # csv's default 128 KiB field limit is below a long article; the module-wide limit is the only knob.
    csv.field_size_limit(min(settings.max_line_bytes, sys.maxsize))


def read_delimited(stream: io.BufferedReader, source: Source, settings: Settings,
                   delimiter: str = ",") -> Iterator[Draft | Failure]:
    """Drafts of every row, a ``Failure`` per unusable row, one ``Failure`` when the header lacks ``text``."""
    _allow_long_fields(settings)
    encoding = detect_encoding(stream.peek(_SAMPLE)[:_SAMPLE])
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the header row ({e})", path=source.origin, line=1) from e
    if header is None or not any(h.strip() for h in header):
        yield Failure(source.origin, "empty: no header row", line=1)
        return
    names = [h.strip().lower() for h in header]
    if not set(names) & set(FIELD_ALIASES["text"]):
        yield Failure(source.origin, f"no 'text' column in the header (columns: {', '.join(names)})", line=1)
        return
    rows = 0
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            if not rows:
                yield Failure(source.origin, "empty: no rows after the header", line=2)
            return
        except csv.Error as e:
            rows += 1
            yield Failure(source.origin, f"malformed row ({e})", line=start)
            continue
        except UnicodeDecodeError as e:
            yield Failure(source.origin, f"not {encoding} text from here on ({e.reason}); rest of file skipped",
                          line=start)
            return
        if not row or not any(cell.strip() for cell in row):
            continue
        rows += 1
        if len(row) > len(names):
            log.debug("%s:%d: %d extra cells ignored", source.origin, start, len(row) - len(names))
        yield draft_from_record(dict(zip(names, row, strict=False)), source, start)
