"""Opening a store file safely: DuckDB files only, no network, lock conflicts retried, errors as one line.

DuckDB, asked to open a file it does not recognise (a SQLite database), tries to download and load an
extension; nothing in bilateral may reach the network at run time, so extension autoloading and
autoinstall are off on every connection, and a file that is not a DuckDB database is refused before
DuckDB reads it. DuckDB's own messages span several lines and name no remedy; ``store_failure`` turns
them into one line that names the file and says what to do.

A second ingest into a store another ingest is writing would find the same documents new and code them
twice (each commits its own batches), so an ingest holds ``ingest_lock`` for its whole run.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

from bilateral.errors import StoreBusy, StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows; the ingest lock is then advisory only in name
    fcntl = None  # type: ignore[assignment]

__all__ = ["NO_NETWORK", "connect_file", "ingest_lock", "one_line", "rollback_quietly", "store_failure"]

NO_NETWORK: dict[str, str | bool] = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
"""DuckDB settings of every connection: never download or load an extension behind the user's back."""

_MAGIC = b"DUCK"
"""Bytes 8-11 of every DuckDB database file."""
_LOCK_HINTS = ("lock", "Conflicting lock", "being used by another process")
_DAMAGED = ("Corrupt database file", "checksum", "not a valid DuckDB database", "INTERNAL Error")
_NO_SPACE = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
_NO_SPACE_HINTS = ("No space left", "File too large", "Disk quota", "out of disk", "disk is full")
_READ_ONLY_HINTS = ("Read-only file system", "Permission denied", "read-only", "Cannot open file")

OnWait = Callable[[str], None]
"""Told once, in words, when opening the store has to wait for another process's lock."""


def one_line(error: BaseException, limit: int = 300) -> str:
    """The first line of an error's message (DuckDB's run to several), cut at ``limit`` characters."""
    text = " ".join(str(error).split("\n")[:1]).strip() or type(error).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def store_failure(path: str, action: str, error: BaseException) -> StoreError:
    """A one-line ``StoreError`` for a DuckDB or OS error met while ``action`` (reading, writing) the store."""
    message = str(error)
    detail = one_line(error)
    errno_ = getattr(error, "errno", None)
    if any(h in message for h in _DAMAGED):
        return StoreError(f"{path}: the store file is damaged ({detail}); restore it from a backup, or ingest "
                          "again into a new --db")
    if errno_ in _NO_SPACE or any(h in message for h in _NO_SPACE_HINTS):
        return StoreError(f"{path}: out of disk space while {action} the store ({detail}); free some space and "
                          "run the command again (batches already committed are kept)")
    if errno_ in (errno.EROFS, errno.EACCES, errno.EPERM) or any(h in message for h in _READ_ONLY_HINTS):
        return StoreError(f"{path}: cannot write the store or its folder ({detail}); make both writable or "
                          "pass another --db")
    return StoreError(f"{path}: failed while {action} the store ({detail})")


def _check_is_duckdb(path: str) -> None:
    """Refuse a file that is not a DuckDB database before DuckDB sees it (it would look for an extension)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreError(f"{path}: cannot read the store ({e.strerror or e}); check the path and its "
                         "permissions") from e
    if head[8:12] == _MAGIC:
        return
    if head.startswith(b"SQLite format 3"):
        kind = "a SQLite database"
    elif not head:
        kind = "an empty file"
    else:
        kind = "not a DuckDB database"
    raise StoreError(f"{path}: not a bilateral store ({kind}); pass a store made by `bilateral ingest`, or a "
                     "new file name, to --db")


def connect_file(path: str, *, read_only: bool, busy_timeout_s: float,
                 on_wait: OnWait | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckDB file ``path``, waiting up to ``busy_timeout_s`` for another process's lock.

    Raises ``StoreBusy`` when the lock is still held after that, ``StoreError`` for anything else.
    """
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such store; run `bilateral ingest` first or pass --db")
    _check_is_duckdb(path)
    deadline = time.monotonic() + busy_timeout_s
    delay = 0.02
    told = False
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=dict(NO_NETWORK))
        except duckdb.IOException as e:
            if not any(h in str(e) for h in _LOCK_HINTS):
                raise store_failure(path, "opening", e) from e
            if time.monotonic() >= deadline:
                raise StoreBusy(f"{path}: another process holds the store's write lock; wait for it to finish "
                                "or use another --db") from e
            if on_wait is not None and not told:
                on_wait(f"{path}: another process is writing to the store; waiting up to {busy_timeout_s:g} s "
                        "for its lock")
                told = True
        except duckdb.Error as e:
            raise store_failure(path, "opening", e) from e
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if DuckDB still has one: after a failed COMMIT it has already
    aborted it, and a second error must not hide the first."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _open_locked(lock_path: str, path: str) -> int:
    """A descriptor of ``lock_path`` holding its exclusive ``flock``; ``StoreBusy`` when another holds it.

    The file is removed when the lock is released, so a lock taken on a file that was removed meanwhile is
    worthless: the descriptor must still name the file at ``lock_path``, else it is opened again.
    """
    assert fcntl is not None
    while True:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise store_failure(path, "locking", e) from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise StoreBusy(f"{path}: another ingest ({holder}) is writing to this store; wait for it to finish "
                            "(it codes the same inputs once) or use another --db") from None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(lock_path))
        except FileNotFoundError:
            same = False
        if same:
            return fd
        os.close(fd)


@contextlib.contextmanager
def ingest_lock(path: str) -> Iterator[None]:
    """Hold the store's ingest lock (the file ``<path>.ingest.lock``, there while it is held) for one whole
    ingest, or raise ``StoreBusy`` naming the process that holds it.

    The lock is an ``flock``, so it is released when the process ends, however it ends (a file left by a
    killed process holds no lock). ``:memory:`` stores need none.
    """
    if path == ":memory:" or fcntl is None:
        yield
        return
    lock_path = f"{path}.ingest.lock"
    fd = _open_locked(lock_path, path)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}".encode(), 0)
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)
