"""Store errors (a failed commit, disk full, a damaged or foreign file, another ingest) end in one line that
names the file and says what to do, exit 1, with the batches committed before intact; nothing reaches
the network."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from bilateral.errors import StoreBusy, StoreError
from bilateral.models import CodedDocument, Document
from bilateral.store import Store
from bilateral.store import store as store_module

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _cli(*args: str, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bilateral.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def _assert_one_line(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-3000:])
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr[-3000:]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


class _FailingCommit:
    """A connection whose COMMIT fails (as on a full disk) and whose ROLLBACK then fails too, as DuckDB's does."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def execute(self, sql: str, *args: Any) -> Any:
        if sql == "COMMIT":
            raise duckdb.IOException("IO Error: Could not write file \"x.duckdb.wal\": No space left on device\n"
                                     "More details on a second line")
        if sql == "ROLLBACK":
            raise duckdb.TransactionException("TransactionContext Error: cannot rollback - no transaction is active")
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def _doc(i: int, make_event: Any) -> CodedDocument:
    event = make_event("USAGOV", "RWAGOV", "042", doc_id=f"d{i}")
    return CodedDocument(Document(f"d{i}", f"Text {i} about Rwanda and the United States."), "coded", (event,), 1)


def test_store_failed_commit_is_one_line_and_earlier_batches_stay(tmp_path: Path, make_event: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    store = Store(path)
    store.write_batch([_doc(1, make_event)], "run-1", 7)
    real = store_module.connect_file
    monkeypatch.setattr(store_module, "connect_file", lambda *a, **k: _FailingCommit(real(*a, **k)))
    with pytest.raises(StoreError) as caught:
        store.write_batch([_doc(2, make_event)], "run-2", 7)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message and "disk space" in message, message
    monkeypatch.undo()
    assert store.counts()["documents"] == 1


def test_store_disk_full_during_record_run_is_a_store_error(tmp_path: Path, make_event: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from bilateral.models import RunReport

    store = Store(tmp_path / "s.duckdb")
    store.init()
    real = store_module.connect_file
    monkeypatch.setattr(store_module, "connect_file", lambda *a, **k: _FailingCommit(real(*a, **k)))
    with pytest.raises(StoreError, match="out of disk space"):
        store.record_run(RunReport("r1"), dt.datetime(2026, 1, 1), "ok")


@pytest.mark.parametrize("where", ["middle", "tail", "head"])
def test_store_damaged_file_is_one_line_exit_1(populated_db: Path, tmp_path: Path, where: str) -> None:
    damaged = tmp_path / f"{where}.duckdb"
    shutil.copy(populated_db, damaged)
    size = damaged.stat().st_size
    offset = {"middle": size // 2, "tail": size - 3 * 262_144, "head": 0}[where]
    with damaged.open("r+b") as f:
        f.seek(offset)
        f.write(os.urandom(262_144))
    proc = _cli("events", "--db", str(damaged), "--format", "jsonl")
    if proc.returncode == 0:  # the bytes hit only free blocks: the store still reads, and that is fine
        return
    _assert_one_line(proc, str(damaged), "error:")
    assert "Traceback" not in proc.stderr


def test_store_sqlite_file_is_refused_without_network(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (a INTEGER)")
    proc = _cli("events", "--db", str(path))
    line = _assert_one_line(proc, str(path), "SQLite")
    assert "download" not in line and "http" not in line


def test_store_connections_never_load_extensions(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    store.init()
    with store.connect() as con:
        found = dict(con.execute("SELECT name, value FROM duckdb_settings() WHERE name IN "
                                 "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert found == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}
    memory = Store(":memory:")
    with memory.connect() as con:
        row = con.execute("SELECT value FROM duckdb_settings() WHERE name = 'autoload_known_extensions'").fetchone()
    assert row == ("false",)


def test_store_second_ingest_is_refused_while_one_runs(tmp_path: Path) -> None:
    from bilateral.store.connection import ingest_lock

    path = str(tmp_path / "s.duckdb")
    with ingest_lock(path):
        with pytest.raises(StoreBusy, match="another ingest"):
            with ingest_lock(path):
                pass
    with ingest_lock(path):  # released: the next one gets it
        pass
    assert not Path(f"{path}.ingest.lock").exists()


def test_store_second_ingest_cli_says_so_at_once(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    text = tmp_path / "a.txt"
    text.write_text("Kenya and Uganda signed a trade agreement in Nairobi on Monday.\n")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom bilateral.store.connection import "
                               "ingest_lock\nwith ingest_lock(sys.argv[1]):\n    print('held', flush=True)\n"
                               "    time.sleep(60)\n", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        proc = _cli("ingest", str(text), "--db", str(db), "-q", timeout=60)
    finally:
        holder.kill()
        holder.wait()
    _assert_one_line(proc, str(db), "another ingest", f"pid {holder.pid}")


def test_store_reader_says_when_it_waits_for_a_lock(populated_db: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", "import sys, duckdb\ncon = duckdb.connect(sys.argv[1])\n"
                               "print('held', flush=True)\nsys.stdin.read()\ncon.close()\n", str(populated_db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "held"
    reader = subprocess.Popen([sys.executable, "-m", "bilateral.cli", "summary", "--db", str(populated_db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert reader.stderr is not None
        said = reader.stderr.readline()  # the reader says so before the writer lets go
    finally:
        writer.communicate(input="", timeout=30)  # the writer releases its lock
    out, rest = reader.communicate(timeout=120)
    assert reader.returncode == 0, rest
    assert said.startswith("waiting:") and str(populated_db) in said, said + rest
    assert "documents" in out


@pytest.mark.slow
def test_store_disk_full_during_ingest_is_one_line_and_keeps_batches(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from corpus import write_corpus
    finally:
        sys.path.remove(str(BENCH))
    corpus = write_corpus(tmp_path / "corpus.jsonl", 24, seed=3)
    db = tmp_path / "full.duckdb"
    first = _cli("ingest", str(corpus), "--db", str(db), "--batch-size", "4", "-q", timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    stored = duckdb.connect(str(db), read_only=True).execute("SELECT count(*) FROM documents").fetchone()
    more = write_corpus(tmp_path / "more.jsonl", 200, seed=4)
    limit = 200_000  # no file may be written past 200 kB (the write-ahead log soon is): as on a full disk
    script = ("import resource, signal, sys\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
              "from bilateral.cli import main\nsys.argv = ['bilateral'] + sys.argv[1:]\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", script, "ingest", str(more), "--db", str(db), "--batch-size", "4",
                           "-q"], capture_output=True, text=True, timeout=300)
    _assert_one_line(proc, str(db), "disk space")
    con = duckdb.connect(str(db), read_only=True)
    try:
        after = con.execute("SELECT count(*) FROM documents").fetchone()
        orphans = con.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
                              ).fetchone()
    finally:
        con.close()
    assert stored is not None and after is not None and after[0] >= stored[0] and orphans == (0,)
