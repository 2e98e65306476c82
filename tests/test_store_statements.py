"""Untyped CAMEO 01x statements (``event_type`` None) through the store: stored, migrated, queried, deduplicated
and exported with their type left null, never filed under a PLOVER type."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pytest

from bilateral.codes import UNTYPED
from bilateral.models import CodedDocument, Document, StoredEvent
from bilateral.store import EventQuery, Store, count_events, find_events, summarize
from bilateral.store.export import write_csv, write_jsonl, write_phoenix
from bilateral.store.schema import MIGRATIONS, SCHEMA_VERSION, current_version

STATEMENTS = (  # (doc, source, target, CAMEO, date)
    ("a", "USAGOV", "RWAGOV", "018", "2022-08-11"),   # condolences
    ("b", "USAGOV", "RWAGOV", "018", "2022-08-12"),   # the same condolences, another report
    ("a", "RWAGOV", "USAGOV", "016", "2022-08-11"),   # a denial of responsibility
    ("b", "USAGOV", "RWAGOV", "042", "2022-08-12"),   # a typed visit beside them
)


def _coded(make_event, rows=STATEMENTS) -> list[CodedDocument]:
    by_doc: dict[str, list] = {}
    for i, (doc, src, tgt, cameo, date) in enumerate(rows):
        by_doc.setdefault(doc, []).append(make_event(src, tgt, cameo, doc_id=doc, sentence_index=i, date=date,
                                                     sentence=f"Officials spoke in sentence {i}."))
    return [CodedDocument(Document(d, f"Text of {d}.", published=dt.date(2022, 8, 12)), "coded", tuple(ev), 4)
            for d, ev in by_doc.items()]


@pytest.fixture
def store(memory_store: Store, make_event) -> Store:
    memory_store.write_batch(_coded(make_event), "run", window_days=7)
    return memory_store


def _by_cameo(found: list[StoredEvent]) -> dict[str, StoredEvent]:
    return {s.event.cameo: s for s in found}


def test_store_statements_round_trip_untyped_and_merge_by_code(store: Store) -> None:
    found = _by_cameo(find_events(store, EventQuery(dyad=("USA", "RWA"))))
    assert sorted(found) == ["016", "018", "042"], "condolences and a denial are never one event"
    assert found["018"].event.event_type is None and found["018"].num_mentions == 2
    assert found["016"].event.event_type is None and found["016"].event.quad_class == 1
    assert found["042"].event.event_type == "CONSULT"
    assert store.sql("SELECT count(*) AS n FROM mentions WHERE event_type IS NULL")[0]["n"] == 3


def test_store_statements_type_filter(store: Store) -> None:
    untyped = find_events(store, EventQuery(event_types=(UNTYPED.lower(),)))
    assert sorted(s.event.cameo for s in untyped) == ["016", "018"]
    assert [s.event.cameo for s in find_events(store, EventQuery(event_types=("CONSULT",)))] == ["042"]
    assert count_events(store, EventQuery(event_types=("CONSULT", UNTYPED))) == 3
    assert summarize(store).events_by_type == {UNTYPED: 2, "CONSULT": 1}


def test_store_statements_rewritten_document_reclusters_untyped_events(store: Store, make_event) -> None:
    again = _coded(make_event, STATEMENTS[1:2])  # document b again, with its condolences only
    store.write_batch(again, "run2", window_days=7)
    found = _by_cameo(find_events(store, EventQuery(dyad=("USA", "RWA"))))
    assert sorted(found) == ["016", "018"] and found["018"].num_mentions == 2
    assert store.sql("SELECT count(*) AS n FROM events")[0]["n"] == 2, "no stale untyped event is left behind"


def test_store_statements_schema_2_store_is_migrated(tmp_path: Path, make_event) -> None:
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    for version in (1, 2):
        for stmt in MIGRATIONS[version]:
            con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    con.close()
    store = Store(path)
    store.write_batch(_coded(make_event), "run", window_days=7)
    con = duckdb.connect(str(path), read_only=True)
    assert current_version(con) == SCHEMA_VERSION == 3
    assert con.execute("SELECT count(*) FROM events WHERE event_type IS NULL AND cameo LIKE '01%'").fetchone() == (2,)
    con.close()


def test_store_statements_exports_leave_the_type_null(store: Store) -> None:
    found = find_events(store, EventQuery(dyad=("USA", "RWA")))
    out = io.StringIO()
    write_jsonl(found, out)
    records = {r["cameo"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert records["018"]["event_type"] is None and records["042"]["event_type"] == "CONSULT"
    assert records["018"]["quad_class"] == 1 and records["018"]["num_mentions"] == 2
    out = io.StringIO()
    write_csv(found, out)
    rows = {r["cameo"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["016"]["event_type"] == "" and rows["016"]["cameo_root"] == "01" and rows["016"]["goldstein"] == "-5.0"
    out = io.StringIO()
    write_phoenix(found, out)
    lines = [line.split("\t") for line in out.getvalue().splitlines()]
    head = lines[0]
    by_code = {r[head.index("EventCode")]: r for r in lines[1:]}
    assert by_code["018"][head.index("EventRootCode")] == "01" and by_code["018"][head.index("PentaClass")] == "0"


def test_store_statements_merge_under_their_three_digit_code(make_event) -> None:
    from bilateral.merging.vocabulary import announces, merge_type

    condolences = make_event("USAGOV", "RWAGOV", "018", modality="future")
    assert merge_type(condolences) == "018" and not announces(condolences)
    assert merge_type(make_event("USAGOV", "RWAGOV", "036", modality="future")) == "CONSULT"
