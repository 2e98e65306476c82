"""Nothing lost: a document that fails at a later stage is stored with its stage and error, the rest of
the batch is coded, and ``ingest --retry-failed`` codes it again once the fault is gone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import bilateral.pipeline as pipeline
from bilateral.pipeline import load_resources
from bilateral.runs import run_ingest
from bilateral.settings import load_settings
from bilateral.store import Store

ARTICLES = {
    "kigali-talks.txt": "KIGALI, March 3, 2023 - Rwandan President Paul Kagame met Kenyan President William "
                        "Ruto in Kigali on Friday. The two leaders signed an agreement on trade.",
    "poison.txt": "NAIROBI, March 4, 2023 - Kenya accused Somalia of harbouring militants on Saturday. "
                  "POISON marks this document for the injected fault.",
    "goma.txt": "GOMA, March 5, 2023 - Congo accused Rwanda of backing the M23 rebels on Sunday.",
}


@pytest.fixture(scope="module")
def resources():
    return load_resources(load_settings())


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_retry_failed_document_is_kept_and_recoded(tmp_path: Path, resources, monkeypatch) -> None:
    settings = load_settings(overrides={"db_path": str(tmp_path / "r.duckdb")})
    store = Store(settings.db_path)
    real = pipeline.resolve_actors

    def faulty(sent, *args, **kwargs):
        if "Somalia" in sent.text:
            raise RuntimeError("injected actor fault")
        return real(sent, *args, **kwargs)

    monkeypatch.setattr(pipeline, "resolve_actors", faulty)
    report = run_ingest([str(_corpus(tmp_path))], settings, store, resources=resources)
    assert len(report.failures) == 1 and report.failures[0].stage == "actors"
    assert "injected actor fault" in report.failures[0].reason
    stored = {d.doc.id: d for d in store.documents()}
    assert len(stored) == 3
    poison = next(d for d in stored.values() if "POISON" in d.doc.text)
    assert (poison.status, poison.failed_stage) == ("failed", "actors")
    assert all(d.status == "coded" for d in stored.values() if d is not poison)
    before = store.counts()
    assert before["events"] > 0

    monkeypatch.setattr(pipeline, "resolve_actors", real)
    again = run_ingest([], settings, store, retry_failed=True, resources=resources)
    assert not again.failures and again.documents_new == 1
    recoded = store.document(poison.doc.id)
    assert recoded is not None and recoded.status == "coded" and recoded.failed_stage is None
    after = store.counts()
    assert after["events"] > before["events"]
    # a second retry finds nothing left to do, and a plain rerun adds nothing
    assert run_ingest([], settings, store, retry_failed=True, resources=resources).documents_new == 0
    run_ingest([str(tmp_path / "in")], settings, store, resources=resources)
    final = store.counts()
    assert final.pop("runs") == after.pop("runs") + 2  # each run is recorded, nothing else changes
    assert final == after


@pytest.mark.slow
def test_retry_failed_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    base = [sys.executable, "-m", "bilateral.cli", "ingest", "--db", str(db), "--quiet"]
    missing = subprocess.run([*base, "--retry-failed"], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "no such store" in missing.stderr
    first = subprocess.run([*base, str(_corpus(tmp_path))], capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    retry = subprocess.run([*base, "--retry-failed"], capture_output=True, text=True, env={**os.environ},
                           timeout=120)
    assert retry.returncode == 0, retry.stderr
    assert "0 documents read" in retry.stdout
