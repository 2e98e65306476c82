"""The Dask engine: shard round trip, client-side triage, cluster errors, and identity with the local ingest."""

from __future__ import annotations

import datetime as dt
import socket
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bilateral.errors import ConfigError, ModelError
from bilateral.models import Actor, CameoCode, CodedDocument, Document, Event, Failure, Location, PloverType, RunReport
from bilateral.runs import run_ingest
from bilateral.scale.dask import dask_client, run_dask_ingest
from bilateral.scale.shards import read_shard, write_shard
from bilateral.scale.triage import Admission
from bilateral.samples import sample_corpus
from bilateral.settings import load_settings
from bilateral.store import Store

SAMPLES = sample_corpus()

_KAGAME = Actor("Kagame", "Paul Kagame", "RWAGOV", "RWA", "GOV", "person", person="Paul Kagame")
_BLINKEN = Actor("the US secretary of state", "Antony Blinken", "USAGOV", "USA", "GOV", "person")


def _event(target: Actor | None, location: Location | None, **changes: Any) -> Event:
    fields: dict[str, Any] = dict(
        doc_id="kigali-visit", sentence_index=2, sentence="Kagame hosted the US secretary of state in Kigali.",
        char_start=120, char_end=171, source=_KAGAME, target=target, event_type=PloverType("CONSULT"),
        cameo=CameoCode("042"), quad_class=1, goldstein=1.9, modality="asserted", trigger="hosted",
        confidence=0.85, coder="bilateral.rules/1", trigger_start=1, date="2022-08-11", date_precision="day",
        date_source="text", location=location,
    )
    fields.update(changes)
    return Event(**fields)


def _coded_documents() -> list[CodedDocument]:
    kigali = Location("Kigali", "RWA", "Kigali City", -1.9441, 30.0619, "city")
    doc = Document("kigali-visit", "Kagame hosted the US secretary of state in Kigali on Thursday.",
                   title="Blinken in Kigali", url="https://example.org/a", source="Example Wire",
                   published=dt.date(2022, 8, 12), language="en", origin="wire.jsonl:3")
    events = (
        _event(_BLINKEN, kigali),
        _event(None, None, sentence_index=3, event_type=PloverType("ACCUSE"), cameo=CameoCode("112"),
               quad_class=3, goldstein=-2.0, modality="alleged", date="2022-08", date_precision="month",
               date_source="publication"),
    )
    failed_doc = Document("broken", "Text that made a stage fail.")
    return [
        CodedDocument(doc, "coded", events, sentences=4, minhash=(1, 2, 2**32 - 1)),
        CodedDocument(failed_doc, "failed", (), 1,
                      failure=Failure("broken.txt", "ValueError: bad offsets", "events", None, "broken")),
        CodedDocument(Document("copy", "Kagame hosted the US secretary of state in Kigali on Thursday!"),
                      "near_duplicate", duplicate_of="kigali-visit", minhash=(1, 2, 3)),
        CodedDocument(Document("empty-batch-member", "No events here."), "coded", (), 1, minhash=()),
    ]


def test_scale_dask_shard_round_trip(tmp_path: Path) -> None:
    coded = _coded_documents()
    path = write_shard(coded, tmp_path / "part-000000.parquet")
    back = read_shard(path)
    assert back == coded
    assert back[0].events[1].target is None and back[0].events[1].location is None
    assert back[0].events[0].location == coded[0].events[0].location
    assert back[0].events[0].event_id == coded[0].events[0].event_id
    assert isinstance(back[0].events[1].goldstein, float)
    assert not list(tmp_path.glob("*.partial"))


def test_scale_dask_shard_of_nothing(tmp_path: Path) -> None:
    assert read_shard(write_shard([], tmp_path / "empty.parquet")) == []


def _doc(doc_id: str, text: str) -> Document:
    return Document(doc_id, text, origin=f"{doc_id}.txt")


_TEXT_A = ("Rwandan President Paul Kagame met Congolese President Felix Tshisekedi in Luanda on Saturday to discuss "
           "the fighting around Goma, officials from both governments said after the closed-door meeting ended.")
_TEXT_B = ("Uganda's army said on Monday it had sent more troops into eastern Congo to pursue ADF rebels, days after "
           "an attack on a border village killed eleven people and drove hundreds of families from their homes.")


def test_scale_dask_admission_remembers_the_run(memory_store: Store) -> None:
    admission = Admission(memory_store, threshold=0.8)
    report = RunReport(run_id="t")
    first = admission.admit([_doc("a", _TEXT_A), _doc("b", _TEXT_B)], report)
    assert [d.id for d in first.fresh] == ["a", "b"] and not first.near
    assert set(first.signatures) == {"a", "b"}
    second = admission.admit([
        _doc("a-copy", _TEXT_A),  # same text as an earlier batch of this run: a duplicate, not stored
        _doc("b", "Different text under an id already admitted."),
        _doc("b-near", _TEXT_B.replace("their homes", "their houses")),
        _doc("c", "The African Union called for a ceasefire in eastern Congo and offered to mediate."),
    ], report)
    assert [d.id for d in second.fresh] == ["c"]
    assert [(c.doc.id, c.status, c.duplicate_of) for c in second.near] == [("b-near", "near_duplicate", "b")]
    assert report.documents_duplicate == 3


def test_scale_dask_admission_asks_the_store(memory_store: Store) -> None:
    memory_store.write_batch([CodedDocument(_doc("a", _TEXT_A), "coded", (), 1, minhash=None)], "old", 7)
    report = RunReport(run_id="t")
    triage = Admission(memory_store, threshold=0.8).admit([_doc("a2", _TEXT_A), _doc("b", _TEXT_B)], report)
    assert [d.id for d in triage.fresh] == ["b"]
    assert report.documents_duplicate == 1


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_scale_dask_unreachable_scheduler_names_the_address() -> None:
    address = f"tcp://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    with pytest.raises(ConfigError, match=address.replace(".", r"\.")), \
            dask_client(address, None, connect_timeout_s=1.0):
        pytest.fail("connected to a scheduler that does not exist")
    assert time.monotonic() - started < 15


def test_scale_dask_scheduler_and_workers_exclusive() -> None:
    with pytest.raises(ConfigError, match="not both"), dask_client("tcp://127.0.0.1:8786", 2):
        pytest.fail("accepted both --scheduler and --workers")


def test_scale_dask_missing_dask_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    settings = load_settings(overrides={"db_path": str(tmp_path / "x.duckdb")})
    with pytest.raises(ConfigError, match=r"pip install 'bilateral\[cluster\]'"):
        run_dask_ingest([str(SAMPLES)], settings, Store(settings.db_path), workers=1)
    assert not (tmp_path / "x.duckdb").exists()


def _stored(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored document, mention and event (run ids and timestamps left out), sorted."""
    queries = {
        "documents": "SELECT * EXCLUDE (run_id, ingested_at) FROM documents",
        "mentions": "SELECT * EXCLUDE (run_id) FROM mentions",
        "events": "SELECT * FROM events",
        "event_mentions": "SELECT * FROM event_mentions",
    }
    store = Store(db)
    return {name: sorted((tuple(map(repr, r.values())) for r in store.sql(q)), key=repr)
            for name, q in queries.items()}


@pytest.mark.distributed
@pytest.mark.slow
def test_scale_dask_stores_what_the_local_ingest_stores(tmp_path: Path) -> None:
    local = load_settings(overrides={"db_path": str(tmp_path / "local.duckdb"), "batch_size": 4})
    dask = local.replace(db_path=str(tmp_path / "dask.duckdb"))
    local_report = run_ingest([str(SAMPLES)], local, Store(local.db_path))
    calls: list[tuple[int, int]] = []
    dask_report = run_dask_ingest([str(SAMPLES)], dask, Store(dask.db_path), workers=2,
                                  progress=lambda done, events: calls.append((done, events)))

    expected, got = _stored(local.db_path), _stored(dask.db_path)
    assert expected["events"] and expected["mentions"]
    assert got == expected
    for count in ("documents_read", "documents_new", "documents_duplicate", "sentences", "sentences_parsed",
                  "event_mentions"):
        assert getattr(dask_report, count) == getattr(local_report, count), count
    assert dask_report.documents_read > 4 * 2  # several partitions
    assert len(calls) >= 3 and calls == sorted(calls)
    assert calls[-1] == (dask_report.documents_read, dask_report.event_mentions)
    runs = Store(dask.db_path).sql("SELECT run_id, status, event_mentions FROM runs")
    assert runs == [{"run_id": dask_report.run_id, "status": "ok", "event_mentions": dask_report.event_mentions}]
    assert not list(tmp_path.glob(".bilateral-shards-*"))


@pytest.mark.distributed
@pytest.mark.slow
def test_scale_dask_existing_scheduler_rerun_adds_nothing(tmp_path: Path) -> None:
    from distributed import LocalCluster

    settings = load_settings(overrides={"db_path": str(tmp_path / "dask.duckdb"), "batch_size": 4})
    shards = tmp_path / "shared"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        first = run_dask_ingest([str(SAMPLES)], settings, Store(settings.db_path),
                                scheduler=cluster.scheduler_address, shard_dir=str(shards))
        before = _stored(settings.db_path)
        second = run_dask_ingest([str(SAMPLES)], settings, Store(settings.db_path),
                                 scheduler=cluster.scheduler_address, shard_dir=str(shards))
        broken = settings.replace(db_path=str(tmp_path / "broken.duckdb"), spacy_model="no_such_model_xx")
        with pytest.raises(ModelError, match="no_such_model_xx"):
            run_dask_ingest([str(SAMPLES)], broken, Store(broken.db_path),
                            scheduler=cluster.scheduler_address, shard_dir=str(shards))
    assert first.documents_new > 0 and first.event_mentions > 0
    assert second.documents_new == 0 and second.event_mentions == 0
    assert second.documents_duplicate == second.documents_read == first.documents_read
    assert _stored(settings.db_path) == before
    assert list(shards.iterdir()) == []
    assert Store(broken.db_path).counts()["documents"] == 0
