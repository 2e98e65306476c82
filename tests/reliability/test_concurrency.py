"""Concurrency: the server keeps answering, correctly, while an ingest writes to the same store file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
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
    return write_corpus(path, n, seed=5)


def _get(url: str) -> tuple[int, dict | list | None, str | None]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, json.loads(r.read()), None
    except urllib.error.HTTPError as e:
        return e.code, None, e.headers.get("Retry-After")


def test_concurrency_server_answers_while_ingest_writes(live_server: str, populated_db: Path,
                                                        tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl", 40)
    ingest = subprocess.Popen([sys.executable, "-m", "bilateral.cli", "ingest", str(corpus), "--db",
                               str(populated_db), "--batch-size", "4", "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ})
    statuses: Counter[int] = Counter()
    totals: list[int] = []
    problems: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + 240

    def poll(worker: int) -> None:
        while ingest.poll() is None and time.monotonic() < deadline:
            status, body, retry_after = _get(f"{live_server}/api/events?limit=3&offset={worker}")
            with lock:
                statuses[status] += 1
                if status == 200 and isinstance(body, dict):
                    totals.append(int(body["total"]))
                    if len(body["events"]) > 3:
                        problems.append("page larger than its limit")
                elif status == 503 and retry_after is None:
                    problems.append("503 without Retry-After")
                elif status != 503:
                    problems.append(f"unexpected status {status}")
            time.sleep(0.05)

    threads = [threading.Thread(target=poll, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out, err = ingest.communicate(timeout=60)
    assert ingest.returncode == 0, err.decode()[-2000:]
    assert not problems, problems[:5]
    answered = sum(statuses.values())
    assert answered >= 20 and statuses[200] >= 0.9 * answered, statuses
    status, body, _ = _get(f"{live_server}/api/events?limit=1")
    con = duckdb.connect(str(populated_db), read_only=True)
    try:
        stored = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    assert status == 200 and isinstance(body, dict) and body["total"] == stored
    # readers saw the store grow batch by batch, never more than was committed in the end
    assert len(set(totals)) >= 2 and all(min(totals) <= t <= stored for t in totals)
