"""CSV and TSV tables (.csv, .tsv): a header row naming the columns, then one article per row.

The columns are those of JSON Lines (``text`` required; see ``records.FIELD_ALIASES``). Spreadsheet
exports are often Windows-1252, so the encoding is detected from the first 64 KiB (see ``decoding``);
invalid bytes in UTF-8 text are replaced and counted in one warning. Failures carry the line where the
row starts (rows may span lines inside quotes).

Broken quoting must not merge rows or lose text: rows are parsed strictly (a quote that closes anywhere
but before a delimiter or the end of a line is an error), a row whose quote never closes properly is one
failure naming its first line and the lines after it are read again as rows of their own, and a row with
more non-empty cells than the header has columns (an unquoted comma in the text) is a failure too.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from bilateral.errors import InputError
from bilateral.ingest.decoding import detect_encoding, warn_replaced
from bilateral.ingest.documents import Draft
from bilateral.ingest.records import FIELD_ALIASES, draft_from_record
from bilateral.ingest.sources import Source
from bilateral.models import Failure
from bilateral.settings import Settings

__all__ = ["read_delimited"]

_SAMPLE = 1 << 16


def _allow_long_fields(settings: Settings) -> None:
    # csv's default 128 KiB field limit is below a long article; the module-wide limit is the only knob.
    csv.field_size_limit(min(settings.max_line_bytes, sys.maxsize))


class _Lines:
    """The physical lines of a text stream, numbered, with the lines of the row being read kept so that a
    row that turns out malformed can be given back (all but its first line) and read again."""

    def __init__(self, text: io.TextIOBase) -> None:
        self._text = text
        self._pending: list[tuple[int, str]] = []
        self.taken: list[tuple[int, str]] = []
        self.number = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._pending:
            item = self._pending.pop(0)
        else:
            line = self._text.readline()
            if not line:
                raise StopIteration
            self.number += 1
            item = (self.number, line)
        self.taken.append(item)
        return item[1]

    def start_row(self) -> None:
        self.taken = []

    def give_back_after_first(self) -> int:
        """Give back the lines of the current row but its first; the number of that first line."""
        first = self.taken[0][0] if self.taken else self.number + 1
        self._pending[:0] = self.taken[1:]
        self.taken = []
        return first


def _cells_failure(row: list[str], names: list[str], origin: str, line: int) -> Failure | None:
    extra = [c for c in row[len(names):] if c.strip()]
    if not extra:
        return None
    return Failure(origin, f"row has {len(names) + len(extra)} cells but the header names {len(names)} columns "
                           "(an unquoted delimiter in the text?); quote the cell", line=line)


def read_delimited(stream: io.BufferedReader, source: Source, settings: Settings,
                   delimiter: str = ",") -> Iterator[Draft | Failure]:
    """Drafts of every row, a ``Failure`` per unusable row, one ``Failure`` when the header lacks ``text``."""
    _allow_long_fields(settings)
    encoding = detect_encoding(stream.peek(_SAMPLE)[:_SAMPLE])
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    lines = _Lines(io.TextIOWrapper(stream, encoding=encoding, newline="",
                                    errors="replace" if encoding == "utf-8-sig" else "strict"))
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
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
    rows = replaced = 0
    while True:
        lines.start_row()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            rows += 1
            start = lines.give_back_after_first()
            reader = csv.reader(lines, delimiter=delimiter, strict=True)
            yield Failure(source.origin, f"malformed row: broken quoting ({e}); the lines after it are read "
                                         "again as rows", line=start)
            continue
        except UnicodeDecodeError as e:
            yield Failure(source.origin, f"not {encoding} text from here on ({e.reason}); rest of file skipped",
                          line=lines.number + 1)
            return
        start = lines.taken[0][0] if lines.taken else lines.number
        if not row or not any(cell.strip() for cell in row):
            continue
        rows += 1
        replaced += sum(cell.count("\ufffd") for cell in row)
        yield _cells_failure(row, names, source.origin, start) or \
            draft_from_record(dict(zip(names, row, strict=False)), source, start)
    if not rows:
        yield Failure(source.origin, "empty: no rows after the header", line=2)
    warn_replaced(source.origin, replaced)
