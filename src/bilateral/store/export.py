"""Writing stored events out for analysis: JSON Lines, CSV, Parquet and Phoenix TSV (docs/codebook.md).

Every format carries what an analyst needs to load the file without guessing: ISO dates beside the
contract's ``date`` (which mixes ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``), so ``date_start`` and
``date_end`` bound the day, month or year it names; CAMEO codes as strings (``"042"``, never 42); actors
flattened into columns with stable names; and the document an event was read in (``url``, ``title``,
``outlet``, ``published``). The flat columns and their types are fixed by ``COLUMN_TYPES``, which the
codebook documents and the Parquet schema follows.

The Phoenix layout is the Open Event Data Alliance's: its 26 columns in order, tab-separated, with a
header line unless asked not to, dates as ``YYYYMMDD`` plus Year, Month and Day.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from bilateral.codes import penta_class_of
from bilateral.errors import QueryError
from bilateral.models import DocumentRef, StoredEvent, stored_event_to_dict

FORMATS = ("jsonl", "csv", "parquet", "phoenix")

COLUMN_TYPES: dict[str, str] = {
    "event_id": "string", "date": "string", "date_start": "date", "date_end": "date", "date_precision": "string",
    "date_source": "string",
    **{f"{side}_{f}": "string" for side in ("source", "target")
       for f in ("code", "name", "text", "country", "sector", "kind")},
    "event_type": "string", "cameo": "string", "cameo_root": "string", "quad_class": "int", "goldstein": "float",
    "modality": "string", "confidence": "float", "trigger": "string",
    "location_name": "string", "location_country": "string", "location_admin1": "string", "location_lat": "float",
    "location_lon": "float", "location_precision": "string",
    "num_mentions": "int", "num_documents": "int",
    "doc_id": "string", "url": "string", "title": "string", "outlet": "string", "published": "date",
    "sentence_index": "int", "char_start": "int", "char_end": "int", "sentence": "string", "coder": "string",
}
"""The flat columns of CSV and Parquet, in order, with their types (string, int, float, date)."""

FLAT_COLUMNS: tuple[str, ...] = tuple(COLUMN_TYPES)

PHOENIX_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
)
"""The Phoenix event data columns, in the order of the published files."""

_ARROW_TYPES = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32()}

Documents = Mapping[str, DocumentRef]


def date_bounds(date: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day named by a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date (None, None when undated)."""
    if not date:
        return None, None
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def flat_row(stored: StoredEvent, documents: Documents | None = None) -> dict[str, Any]:
    """One stored event as a flat row (CSV, Parquet, tables); dates as ``datetime.date``."""
    d = stored_event_to_dict(stored)
    row: dict[str, Any] = {k: d[k] for k in FLAT_COLUMNS if k in d}
    row["date_start"], row["date_end"] = date_bounds(stored.event.date)
    row["cameo_root"] = stored.event.cameo[:2]
    for side in ("source", "target"):
        actor = d[side] or {}
        for f in ("code", "name", "text", "country", "sector", "kind"):
            row[f"{side}_{f}"] = actor.get(f)
    loc = d["location"] or {}
    for f in ("name", "country", "admin1", "lat", "lon", "precision"):
        row[f"location_{f}"] = loc.get(f)
    ref = (documents or {}).get(stored.event.doc_id)
    if ref is not None:
        row.update(url=ref.url, title=ref.title, outlet=ref.outlet, published=ref.published)
    return {c: row.get(c) for c in FLAT_COLUMNS}


def export_dict(stored: StoredEvent, documents: Documents | None = None) -> dict[str, Any]:
    """The JSON Lines record: the output contract, plus ISO ``date_start``/``date_end`` and the ``document``."""
    out = stored_event_to_dict(stored)
    start, end = date_bounds(stored.event.date)
    out["date_start"] = start.isoformat() if start else None
    out["date_end"] = end.isoformat() if end else None
    ref = (documents or {}).get(stored.event.doc_id)
    out["document"] = None if ref is None else {
        "url": ref.url, "title": ref.title, "outlet": ref.outlet,
        "published": ref.published.isoformat() if ref.published else None}
    return out


def write_jsonl(events: Iterable[StoredEvent], out: TextIO, documents: Documents | None = None,
                header: bool = True) -> int:
    """Events as JSON Lines (``export_dict``); returns how many were written. ``header`` has no use here."""
    n = 0
    for stored in events:
        out.write(json.dumps(export_dict(stored, documents), ensure_ascii=False) + "\n")
        n += 1
    return n


def _text(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def write_csv(events: Iterable[StoredEvent], out: TextIO, documents: Documents | None = None,
              header: bool = True) -> int:
    """Events as CSV with the flat columns (``COLUMN_TYPES``), a header line unless ``header`` is False."""
    writer = csv.DictWriter(out, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
    if header:
        writer.writeheader()
    n = 0
    for stored in events:
        writer.writerow({k: _text(v) for k, v in flat_row(stored, documents).items()})
        n += 1
    return n


def phoenix_row(stored: StoredEvent, documents: Documents | None = None) -> list[str]:
    """One event in the Phoenix columns. Date is the first day the event's date names; Month and Day are empty
    when the text dates it only to the year or month (Phoenix itself is daily)."""
    e = stored.event
    start, _ = date_bounds(e.date)
    precision = e.date_precision or "day"
    docs = documents or {}
    refs = [docs[m] for m in dict.fromkeys(m.doc_id for m in stored.mentions) if m in docs]

    def actor(side: str) -> list[str]:
        a = e.source if side == "source" else e.target
        if a is None:
            return ["", "", "", ""]
        return [a.code, a.country or a.code[:3], a.sector or "", ""]

    loc = e.location
    return [
        stored.event_id, start.strftime("%Y%m%d") if start else "", str(start.year) if start else "",
        str(start.month) if start and precision != "year" else "", str(start.day) if start and precision == "day"
        else "", *actor("source"), *actor("target"), e.cameo, e.cameo[:2], str(penta_class_of(e.cameo)),
        f"{e.goldstein:g}", "", "" if loc is None or loc.lat is None else f"{loc.lat:g}",
        "" if loc is None or loc.lon is None else f"{loc.lon:g}", loc.name if loc else "",
        (loc.admin1 or "") if loc else "", (loc.country or "") if loc else "", f"{e.doc_id}_{e.sentence_index}",
        ";".join(r.url for r in refs if r.url), ";".join(dict.fromkeys(r.outlet for r in refs if r.outlet)),
    ]


def write_phoenix(events: Iterable[StoredEvent], out: TextIO, documents: Documents | None = None,
                  header: bool = True) -> int:
    """Events as Phoenix TSV: the 26 ``PHOENIX_COLUMNS`` in order, a header line unless ``header`` is False."""
    if header:
        out.write("\t".join(PHOENIX_COLUMNS) + "\n")
    n = 0
    for stored in events:
        fields = phoenix_row(stored, documents)
        out.write("\t".join(" ".join(f.split()) for f in fields) + "\n")
        n += 1
    return n


def parquet_schema() -> pa.Schema:
    """The Arrow schema of the Parquet export (``COLUMN_TYPES``)."""
    return pa.schema([(c, _ARROW_TYPES[t]) for c, t in COLUMN_TYPES.items()])


def write_parquet(events: Iterable[StoredEvent], path: Path, documents: Documents | None = None) -> int:
    """Events as a Parquet file with the flat columns, typed by ``COLUMN_TYPES`` (dates as date32)."""
    table = pa.Table.from_pylist([flat_row(s, documents) for s in events], schema=parquet_schema())
    pq.write_table(table, path)
    return table.num_rows


Writer = Callable[[Iterable[StoredEvent], TextIO, Documents | None, bool], int]


def export_events(events: Iterable[StoredEvent], fmt: str, path: Path | None, documents: Documents | None = None,
                  header: bool = True) -> int:
    """Write events in a format to a file (or stdout for text formats); returns the count.

    ``documents`` (``store.document_refs``) fills the document columns; ``header`` = False leaves out the
    header line of CSV and Phoenix files.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise QueryError("parquet output needs a file: pass -o FILE.parquet")
        return write_parquet(events, path, documents)
    writer: Writer = {"jsonl": write_jsonl, "csv": write_csv, "phoenix": write_phoenix}[fmt]
    if path is None:
        return writer(events, sys.stdout, documents, header)
    buf = io.StringIO()
    n = writer(events, buf, documents, header)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return n
