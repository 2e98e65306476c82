"""Fixtures of the reliability suite: a populated store file and a live server on loopback."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bilateral.models import CodedDocument, Document
from bilateral.store import Store

PAIRS = [("USAGOV", "RWAGOV", "042"), ("CODGOV", "RWAGOV", "112"), ("RWAGOV", "CODGOV", "111"),
         ("GBRGOV", "RWAGOV", "057"), ("USAGOV", "RWAGOV", "1621"), ("KENGOV", "CODGOV", "043")]


def populate(path: Path, make_event, n_docs: int = 40) -> Store:
    """A store with n_docs documents and a few events each, dated across 2021-2024."""
    store = Store(path)
    coded = []
    for i in range(n_docs):
        year, month = 2021 + i % 4, 1 + i % 12
        events = tuple(
            make_event(s, t, c, doc_id=f"doc-{i:03d}", sentence_index=k, date=f"{year}-{month:02d}-{1 + k}",
                       sentence=f"Sentence {k} of document {i}.", char_start=30 * k, char_end=30 * k + 25)
            for k, (s, t, c) in enumerate(PAIRS[i % 3: i % 3 + 3]))
        coded.append(CodedDocument(Document(f"doc-{i:03d}", f"Text of document {i}. " * 5,
                                            published=dt.date(year, month, 28)), "coded", events, 3))
    store.write_batch(coded, "fixture", window_days=7)
    return store


@pytest.fixture
def populated_db(tmp_path: Path, make_event) -> Path:
    path = tmp_path / "reliability.duckdb"
    populate(path, make_event)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live_server(populated_db: Path) -> Iterator[str]:
    """`bilateral serve` on a free loopback port over the populated store; stopped afterwards."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bilateral.cli", "serve", "--db", str(populated_db), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not start")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)
