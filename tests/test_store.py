"""The DuckDB store: batches are atomic and idempotent, events are deduplicated, queries filter right."""

from __future__ import annotations

import dataclasses

import datetime as dt
import os
from pathlib import Path

import duckdb
import pytest

from bilateral.errors import QueryError, StoreError
from bilateral.models import CodedDocument, Document, Failure
from bilateral.store import EventQuery, Store, count_events, find_events
from bilateral.store.schema import SCHEMA_VERSION, current_version


def _coded(doc_id: str, events: list, text: str | None = None) -> CodedDocument:
    doc = Document(id=doc_id, text=text or f"Text of {doc_id}.", published=dt.date(2022, 8, 12))
    return CodedDocument(doc, "coded", tuple(events), sentences=3)


def test_store_file_is_created_with_current_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.init()
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    assert current_version(con) == SCHEMA_VERSION
    con.close()


def test_store_rejects_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).init()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer than this bilateral"):
        Store(path).init()


def _as_schema_1(path: Path) -> None:
    """Turn a store back into a schema-1 store: quad classes by PLOVER type (an appeal, 02x, was verbal conflict)."""
    con = duckdb.connect(str(path))
    con.execute("UPDATE mentions SET quad_class = 3 WHERE cameo LIKE '02%'")
    con.execute("UPDATE events SET quad_class = 3 WHERE event_type = 'REQUEST'")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


def test_store_schema_1_is_migrated_to_quad_class_by_cameo_root(tmp_path: Path, make_event) -> None:
    path = tmp_path / "old.duckdb"
    appeal = make_event("USAGOV", "RWAGOV", "020", doc_id="a", date="2022-08-11")
    Store(path).write_batch([_coded("a", [appeal])], "run", window_days=7)
    _as_schema_1(path)
    reader = Store(path)
    found = find_events(reader, EventQuery(dyad=("USA", "RWA")))  # a read migrates first
    assert [s.event.quad_class for s in found] == [1]
    assert reader.sql("SELECT quad_class FROM events")[0]["quad_class"] == 1
    con = duckdb.connect(str(path), read_only=True)
    assert current_version(con) == SCHEMA_VERSION == 3
    con.close()


def test_store_schema_1_that_cannot_be_migrated_says_how(tmp_path: Path, make_event) -> None:
    path = tmp_path / "old.duckdb"
    Store(path).write_batch([_coded("a", [make_event("USAGOV", "RWAGOV", "020", doc_id="a")])], "run", 7)
    _as_schema_1(path)
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who can write a read-only file")
        with pytest.raises(StoreError, match="schema version 1 and must be migrated"):
            find_events(Store(path), EventQuery())
    finally:
        path.chmod(0o644)


def test_store_reading_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.duckdb").counts()


def test_store_same_visit_in_two_documents_is_one_event(memory_store: Store, make_event) -> None:
    a = make_event("USAGOV", "RWAGOV", "042", doc_id="a", date="2022-08-11")
    b = make_event("USAGOV", "RWAGOV", "042", doc_id="b", date="2022-08-14")
    memory_store.write_batch([_coded("a", [a]), _coded("b", [b])], "run", window_days=7)
    found = find_events(memory_store, EventQuery(dyad=("USA", "RWA")))
    assert len(found) == 1
    assert found[0].num_mentions == 2 and found[0].num_documents == 2
    assert {m.doc_id for m in found[0].mentions} == {"a", "b"}


def test_store_two_visits_a_year_apart_stay_two_events(memory_store: Store, make_event) -> None:
    a = make_event("USAGOV", "RWAGOV", "042", doc_id="a", date="2022-08-11")
    b = make_event("USAGOV", "RWAGOV", "042", doc_id="b", date="2023-08-11")
    memory_store.write_batch([_coded("a", [a]), _coded("b", [b])], "run", window_days=7)
    assert count_events(memory_store, EventQuery(dyad=("USA", "RWA"))) == 2


def test_store_rewriting_a_document_is_idempotent(memory_store: Store, make_event) -> None:
    a = make_event("USAGOV", "RWAGOV", "042", doc_id="a", date="2022-08-11")
    memory_store.write_batch([_coded("a", [a])], "run1", window_days=7)
    memory_store.write_batch([_coded("a", [a])], "run2", window_days=7)
    counts = memory_store.counts()
    assert (counts["documents"], counts["mentions"], counts["events"]) == (1, 1, 1)


def test_store_failed_document_is_kept_for_retry(memory_store: Store) -> None:
    doc = Document(id="bad", text="Some text.")
    failure = Failure(origin="bad.txt", reason="ValueError: boom", stage="events", doc_id="bad")
    memory_store.write_batch([CodedDocument(doc, "failed", failure=failure)], "run", window_days=7)
    assert [d.id for d in memory_store.failed_documents()] == ["bad"]
    stored = memory_store.document("bad")
    assert stored is not None and stored.failed_stage == "events" and "boom" in (stored.error or "")


def test_store_dyad_query_is_undirected_unless_asked(memory_store: Store, make_event) -> None:
    e1 = make_event("USAGOV", "RWAGOV", "042", doc_id="a", date="2022-08-11")
    e2 = make_event("RWAGOV", "USAGOV", "043", doc_id="a", sentence_index=1, date="2022-08-11")
    e3 = make_event("CODGOV", "RWAGOV", "112", doc_id="a", sentence_index=2, date="2022-08-10")
    memory_store.write_batch([_coded("a", [e1, e2, e3])], "run", window_days=7)
    assert count_events(memory_store, EventQuery(dyad=("USA", "RWA"))) == 2
    assert count_events(memory_store, EventQuery(dyad=("USA", "RWA"), directed=True)) == 1
    assert count_events(memory_store, EventQuery(dyad=("CODGOV", "RWA"))) == 1
    assert count_events(memory_store, EventQuery(actor="COD")) == 1
    assert count_events(memory_store, EventQuery(event_types=("ACCUSE",))) == 1
    assert count_events(memory_store, EventQuery(since=dt.date(2022, 8, 11))) == 2


@pytest.mark.parametrize("bad", ["RWA'; DROP TABLE events; --", "R", "usa gov", "' OR 1=1 --"])
def test_store_actor_specs_are_validated(memory_store: Store, bad: str) -> None:
    with pytest.raises(QueryError):
        find_events(memory_store, EventQuery(actor=bad))


def test_store_near_filter_uses_distance(memory_store: Store, make_event) -> None:
    from bilateral.models import Location

    kigali = Location("Kigali", "RWA", "Kigali", -1.95, 30.06, "city")
    nairobi = Location("Nairobi", "KEN", "Nairobi", -1.29, 36.82, "city")
    e1 = make_event("USAGOV", "RWAGOV", "042", doc_id="a", date="2022-08-11", location=kigali)
    e2 = make_event("CODGOV", "RWAGOV", "046", doc_id="a", sentence_index=1, date="2022-04-22", location=nairobi)
    memory_store.write_batch([_coded("a", [e1, e2])], "run", window_days=7)
    near = find_events(memory_store, EventQuery(near=(-1.94, 30.05, 50)))
    assert [s.event.location.name for s in near if s.event.location] == ["Kigali"]
    assert count_events(memory_store, EventQuery(country="KEN")) == 1


def test_store_country_only_mention_merges_whatever_batch_brings_it(make_event) -> None:
    def events(store: Store) -> list[tuple[str, int]]:
        return sorted((r["source_code"], r["num_mentions"]) for r in store.sql("SELECT * FROM events"))

    specific = make_event("USAGOV", "RWAGOV", "163", date="2025-02-20", doc_id="a")
    vague = dataclasses.replace(make_event("USA", "RWA", "163", date="2025-02", doc_id="b"),
                                sentence=specific.sentence)  # the same act told again: dedup compares content too
    together, apart = Store(":memory:"), Store(":memory:")
    together.write_batch([_coded("a", [specific]), _coded("b", [vague])], "run", window_days=7)
    apart.write_batch([_coded("b", [vague])], "run1", window_days=7)
    apart.write_batch([_coded("a", [specific])], "run2", window_days=7)
    assert events(together) == events(apart) == [("USAGOV", 2)]


def test_store_rewritten_mention_is_read_afresh_when_re_clustering(make_event) -> None:
    store = Store(":memory:")
    first = make_event("USAGOV", "RWAGOV", "042", date="2022-08-11", doc_id="a")
    store.write_batch([_coded("a", [first])], "run", window_days=7)
    moved = make_event("USAGOV", "RWAGOV", "042", date="2023-01-05", doc_id="a")
    assert moved.event_id == first.event_id  # same mention, new date: the same run rewrites its row
    store.write_batch([_coded("a", [moved]), _coded("b", [make_event("USAGOV", "RWAGOV", "042", doc_id="b",
                                                                     date="2023-01-06")])], "run", window_days=7)
    assert sorted((r["date_start"].isoformat(), r["num_mentions"]) for r in store.sql("SELECT * FROM events")) == [
        ("2023-01-05", 2)]
