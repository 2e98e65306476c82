"""Walking input folders: links that loop, folders that cannot be listed and inputs with nothing in them are
each one Failure naming the path, and every other input of the run is still read and stored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bilateral.ingest import read_inputs
from bilateral.models import Document, Failure
from bilateral.settings import Settings

GOOD = "Tanzania and Kenya signed an agreement on cross-border trade in Arusha on Thursday.\n"


def _read(*paths: Path) -> tuple[list[Document], list[Failure]]:
    items = list(read_inputs([str(p) for p in paths], Settings()))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def _folder_with_good_files(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD)
    (folder / "z-good.txt").write_text(GOOD.replace("Arusha", "Mombasa"))
    return folder


def test_walk_file_symlink_loop_is_one_failure(tmp_path: Path) -> None:
    folder = _folder_with_good_files(tmp_path)
    os.symlink("loop-b", folder / "loop-a")
    os.symlink("loop-a", folder / "loop-b")
    docs, failures = _read(folder)
    assert len(docs) == 2
    assert sorted(Path(f.origin).name for f in failures) == ["loop-a", "loop-b"]
    assert all("symbolic link" in f.reason for f in failures)


def test_walk_folder_symlink_loop_is_entered_once(tmp_path: Path) -> None:
    folder = _folder_with_good_files(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "m-good.txt").write_text(GOOD.replace("Arusha", "Dodoma"))
    os.symlink("..", folder / "sub" / "up")
    docs, failures = _read(folder)
    assert len(docs) == 3
    assert [Path(f.origin).name for f in failures] == ["up"] and "loop" in failures[0].reason


def test_walk_broken_symlink_is_a_failure(tmp_path: Path) -> None:
    folder = _folder_with_good_files(tmp_path)
    os.symlink("nowhere.txt", folder / "gone.txt")
    docs, failures = _read(folder)
    assert len(docs) == 2 and len(failures) == 1 and "broken symbolic link" in failures[0].reason


def test_walk_symlink_loop_given_as_path(tmp_path: Path) -> None:
    os.symlink("self", tmp_path / "self")
    _, failures = _read(tmp_path / "self")
    assert len(failures) == 1 and "symbolic link" in failures[0].reason


def test_walk_unlistable_folder_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder_with_good_files(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "hidden-away.txt").write_text(GOOD)
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == locked:  # chmod 000 does not stop root, who runs these tests in containers
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, failures = _read(folder)
    assert len(docs) == 2
    assert [f.origin for f in failures] == [str(locked)] and "Permission denied" in failures[0].reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_walk_chmod_000_folder_is_a_failure(tmp_path: Path) -> None:
    folder = _folder_with_good_files(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        docs, failures = _read(folder)
    finally:
        locked.chmod(0o755)
    assert len(docs) == 2 and [f.origin for f in failures] == [str(locked)]


@pytest.mark.parametrize("name, content", [
    ("empty.jsonl", b""), ("blank.jsonl", b"\n  \n\n"), ("empty.rss", b""),
    ("no-items.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'),
    ("empty.csv", b""), ("header-only.csv", b"id,text\n"), ("empty.html", b""), ("empty.txt", b""),
])
def test_walk_empty_input_is_a_failure(tmp_path: Path, name: str, content: bytes) -> None:
    folder = _folder_with_good_files(tmp_path)
    (folder / name).write_bytes(content)
    docs, failures = _read(folder)
    assert len(docs) == 2
    assert len(failures) == 1 and failures[0].origin == str(folder / name), failures
    assert failures[0].reason.startswith("empty"), failures[0].reason


@pytest.mark.slow
def test_walk_cli_ingest_stores_good_files_despite_a_loop(tmp_path: Path) -> None:
    folder = _folder_with_good_files(tmp_path)
    os.symlink("loop-b", folder / "loop-a")
    os.symlink("loop-a", folder / "loop-b")
    db = tmp_path / "walk.duckdb"
    proc = subprocess.run([sys.executable, "-m", "bilateral.cli", "ingest", str(folder), "--db", str(db), "-q"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 3, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr and "loop-a" in proc.stderr
    assert "2 new" in proc.stdout
