"""Writing stored events out: JSON Lines (the output contract), CSV, Parquet and Phoenix-style TSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from bilateral.errors import QueryError
from bilateral.models import StoredEvent, stored_event_to_dict

FORMATS = ("jsonl", "csv", "parquet", "phoenix")

FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_precision", "date_source",
    "source_code", "source_name", "source_text", "source_country", "source_sector", "source_kind",
    "target_code", "target_name", "target_text", "target_country", "target_sector", "target_kind",
    "event_type", "cameo", "quad_class", "goldstein", "modality", "confidence", "trigger",
    "location_name", "location_country", "location_admin1", "location_lat", "location_lon",
    "location_precision", "num_mentions", "num_documents", "doc_id", "sentence_index", "char_start",
    "char_end", "sentence", "coder",
)


def flat_row(stored: StoredEvent) -> dict[str, Any]:
    """One stored event as a flat row (CSV, Parquet, tables)."""
    d = stored_event_to_dict(stored)
    row: dict[str, Any] = {k: d[k] for k in FLAT_COLUMNS if k in d}
    for side in ("source", "target"):
        actor = d[side] or {}
        for f in ("code", "name", "text", "country", "sector", "kind"):
            row[f"{side}_{f}"] = actor.get(f)
    loc = d["location"] or {}
    for f in ("name", "country", "admin1", "lat", "lon", "precision"):
        row[f"location_{f}"] = loc.get(f)
    return {c: row.get(c) for c in FLAT_COLUMNS}


def write_jsonl(events: Iterable[StoredEvent], out: TextIO) -> int:
    """Events as JSON Lines in the output contract; returns how many were written."""
    n = 0
    for stored in events:
        out.write(json.dumps(stored_event_to_dict(stored), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(events: Iterable[StoredEvent], out: TextIO) -> int:
    """Events as CSV with flat columns (location included)."""
    writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS))
    writer.writeheader()
    n = 0
    for stored in events:
        writer.writerow(flat_row(stored))
        n += 1
    return n


def write_phoenix(events: Iterable[StoredEvent], out: TextIO) -> int:
    """Events as Phoenix-style TSV: id, date, source, target, CAMEO, root, quad class, Goldstein, ..."""
    n = 0
    for stored in events:
        e = stored.event
        date = (e.date or "").replace("-", "")
        fields = [
            stored.event_id, date, e.source.code, e.target.code if e.target else "", e.cameo, e.cameo[:2],
            str(e.quad_class), f"{e.goldstein:g}", e.location.name if e.location else "",
            (e.location.country if e.location else None) or "", e.doc_id, str(e.sentence_index), e.event_type,
        ]
        out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
        n += 1
    return n


def write_parquet(events: Iterable[StoredEvent], path: Path) -> int:
    """Events as a Parquet file with flat columns."""
    table = pa.Table.from_pylist([flat_row(s) for s in events])
    pq.write_table(table, path)
    return table.num_rows


def export_events(events: Iterable[StoredEvent], fmt: str, path: Path | None) -> int:
    """Write events in a format to a file (or stdout for text formats); returns the count."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise QueryError("parquet output needs a file: pass -o FILE.parquet")
        return write_parquet(events, path)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "phoenix": write_phoenix}[fmt]
    if path is None:
        import sys

        return writer(events, sys.stdout)
    buf = io.StringIO()
    n = writer(events, buf)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return n
