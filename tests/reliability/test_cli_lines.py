"""Error and failure lines stay one line each when stderr is a file or a pipe (no 80-column wrapping)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bilateral.models import Failure, RunReport
from bilateral.store import Store

LONG = "a-folder-with-a-rather-long-name/and-another-one-below-it/" * 3


def _cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return subprocess.run([sys.executable, "-m", "bilateral.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def test_cli_lines_error_is_not_wrapped(tmp_path: Path) -> None:
    missing = tmp_path / LONG / "store.duckdb"
    proc = _cli("events", "--db", str(missing))
    assert proc.returncode == 1
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and str(missing) in lines[0], proc.stderr


def test_cli_lines_run_failures_are_not_wrapped(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.duckdb")
    origin = f"/data/{LONG}broken.jsonl"
    report = RunReport("r1", failures=[Failure(origin, "malformed JSON: Expecting value at column 1 " * 2, line=7)])
    store.record_run(report, dt.datetime(2026, 1, 1), "with_failures")
    proc = _cli("runs", "--failures", "--db", str(tmp_path / "s.duckdb"))
    assert proc.returncode == 0, proc.stderr
    assert any(line.strip().startswith(f"{origin}:7 [read] malformed JSON") and line.rstrip().endswith("column 1")
               for line in proc.stdout.splitlines()), proc.stdout


@pytest.mark.slow
def test_cli_lines_ingest_failures_are_not_wrapped(tmp_path: Path) -> None:
    folder = tmp_path / LONG
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text("Kenya and Uganda signed a trade agreement in Nairobi on Monday.\n")
    (folder / "broken-records-file-with-a-long-name.jsonl").write_text('{"id": "x", "text": \n')
    proc = _cli("ingest", str(tmp_path), "--db", str(tmp_path / "s.duckdb"), "-q")
    assert proc.returncode == 3, proc.stderr
    bad = str(folder / "broken-records-file-with-a-long-name.jsonl")
    assert any(line.strip().startswith(f"{bad}:1 [read] malformed JSON") for line in proc.stderr.splitlines()), \
        proc.stderr
    assert len(proc.stdout.splitlines()) == 1, proc.stdout
