"""Crash safety: SIGKILL an ingest at several moments; the store opens, holds no partial document, and a
rerun reaches exactly the state of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _corpus(path: Path, n: int) -> Path:
    sys.path.insert(0, str(BENCH))
    try:
        from corpus import write_corpus
    finally:
        sys.path.remove(str(BENCH))
    return write_corpus(path, n, seed=11)


def _ingest(corpus: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bilateral.cli", "ingest", str(corpus), "--db", str(db),
                             "--batch-size", "4", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})


def _state(db: Path) -> dict[str, object]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "documents" not in tables:  # killed before the schema was committed: nothing is stored
            return {"documents": [], "mentions": [], "events": [], "links": []}
        docs = sorted(con.execute("SELECT doc_id, status FROM documents").fetchall())
        mentions = sorted(con.execute("SELECT doc_id, mention_id FROM mentions").fetchall())
        events = sorted(con.execute("SELECT event_id, num_mentions, num_documents FROM events").fetchall())
        links = sorted(con.execute("SELECT event_id, mention_id FROM event_mentions").fetchall())
    finally:
        con.close()
    return {"documents": docs, "mentions": mentions, "events": events, "links": links}


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, dict[str, object]]:
    tmp = tmp_path_factory.mktemp("crash")
    corpus = _corpus(tmp / "corpus.jsonl", 80)
    db = tmp / "reference.duckdb"
    proc = _ingest(corpus, db)
    assert proc.wait(timeout=300) == 0, proc.stderr.read().decode() if proc.stderr else ""
    return corpus, _state(db)


@pytest.mark.parametrize("delay", [0.5, 3.0, 5.0, 7.0, 9.0])
def test_crash_sigkill_then_rerun_reaches_the_same_state(reference, tmp_path: Path, delay: float) -> None:
    corpus, expected = reference
    db = tmp_path / "killed.duckdb"
    proc = _ingest(corpus, db)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    if db.exists():
        partial = _state(db)
        ref_mentions: dict[str, set[str]] = {}
        for doc_id, mention_id in expected["mentions"]:  # type: ignore[union-attr]
            ref_mentions.setdefault(doc_id, set()).add(mention_id)
        got: dict[str, set[str]] = {}
        for doc_id, mention_id in partial["mentions"]:  # type: ignore[union-attr]
            got.setdefault(doc_id, set()).add(mention_id)
        for doc_id, _status in partial["documents"]:  # type: ignore[union-attr]
            assert got.get(doc_id, set()) == ref_mentions.get(doc_id, set()), f"partial document {doc_id}"
        assert len(partial["documents"]) <= len(expected["documents"])  # type: ignore[arg-type]
    rerun = _ingest(corpus, db)
    assert rerun.wait(timeout=300) == 0, rerun.stderr.read().decode() if rerun.stderr else ""
    assert _state(db) == expected


def test_crash_report_lists_runs(reference, tmp_path: Path) -> None:
    corpus, _ = reference
    db = tmp_path / "runs.duckdb"
    assert _ingest(corpus, db).wait(timeout=300) == 0
    con = duckdb.connect(str(db), read_only=True)
    runs = con.execute("SELECT status, documents_read FROM runs").fetchall()
    con.close()
    assert runs == [("ok", 80)]
