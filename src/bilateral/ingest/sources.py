"""Where inputs come from: paths and directories expanded in a stable order, formats recognised, bytes
opened within the size limits (plain files, ``.gz`` files, stdin).

Size limits are enforced while reading, not trusted from metadata: a ``.gz`` stream is counted as it
inflates so a gzip bomb stops at ``max_decompressed_bytes``, and stdin stops at ``max_file_bytes``.
"""

from __future__ import annotations

import errno
import gzip
import io
import logging
import os
import stat
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from bilateral.errors import InputError, InputTooLarge
from bilateral.models import Failure
from bilateral.settings import Settings

__all__ = ["FORMATS", "Source", "expand_paths", "open_source", "sniff_format"]

log = logging.getLogger(__name__)

FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv",
    ".rss": "feed", ".atom": "feed", ".xml": "xml",
}
"""Extension -> reader; ``xml`` is read as a feed when it is one, and other extensions are sniffed."""

_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", "icon\r"})
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 4096
_BUFFER = 1 << 16


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file (possibly gzipped) or stdin, with the format it is read as."""

    origin: str
    """The path as found (or ``-``), used in failures and as ``Document.origin``."""
    path: Path | None
    """None for stdin."""
    id_stem: str | None
    """Document id derived from the path (relative to the directory given, extensions dropped)."""
    fmt: str | None
    """Format by extension, or None when it must be sniffed from the content."""


def _strip_extensions(name: str) -> tuple[str, str | None]:
    """(name without .gz and a known format extension, that format or None)."""
    lower = name.lower()
    if lower.endswith(".gz"):
        name, lower = name[:-3], lower[:-3]
    for ext, fmt in FORMATS.items():
        if lower.endswith(ext) and len(name) > len(ext):
            return name[: -len(ext)], fmt
    return name, None


def _id_from_relative(relative: str) -> str:
    stem, _ = _strip_extensions(relative)
    stem = unicodedata.normalize("NFC", stem.replace(os.sep, "/"))
    return "-".join(stem.split())


def _file_source(path: Path, relative: str) -> Source:
    _, fmt = _strip_extensions(path.name)
    return Source(str(path), path, _id_from_relative(relative), fmt)


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.lower() in _SKIPPED_NAMES or name.endswith("~")


def _link_failure(path: str, e: OSError) -> Failure:
    """The failure for a path that cannot be followed: a link loop, a broken link, no permission."""
    if e.errno == errno.ELOOP:
        return Failure(path, "symbolic link loop (the link leads back to itself); not read")
    if e.errno == errno.ENOENT and os.path.islink(path):
        return Failure(path, f"broken symbolic link (to {os.readlink(path)}); not read")
    return Failure(path, f"cannot read ({e.strerror or e})")


def _folder_key(path: str) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _walk(root: Path, folder: Path, ancestors: tuple[tuple[int, int], ...],
          seen: set[tuple[int, int]]) -> Iterator[Source | Failure]:
    """Files under ``folder`` in path order (names sorted at each level), hidden files and folders left out.

    Folders reached through symbolic links are entered once: a link back to a folder being walked is a
    loop (reported), a second way into a folder already walked is skipped. A folder that cannot be listed
    and an entry that cannot be followed are each one ``Failure``, and the walk goes on.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield Failure(str(folder), f"cannot list folder ({e.strerror or e}); its files were not read")
        return
    for entry in entries:
        if _skipped(entry.name):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
            key = _folder_key(entry.path) if is_dir else None
            if not is_dir and not is_file and entry.is_symlink():
                os.stat(entry.path)  # raises for a broken or looping link
        except OSError as e:
            yield _link_failure(entry.path, e)
            continue
        if key is not None:
            if key in ancestors:
                yield Failure(entry.path, "symbolic link loop (leads back to a folder that contains it); "
                                          "not entered")
            elif key in seen:
                log.info("%s: folder already read through another path; skipped", entry.path)
            else:
                seen.add(key)
                yield from _walk(root, Path(entry.path), (*ancestors, key), seen)
        elif is_file:
            path = Path(entry.path)
            yield _file_source(path, os.path.relpath(path, root))
        else:
            yield Failure(entry.path, "not a regular file or directory; not read")


def expand_paths(paths: list[str] | tuple[str, ...]) -> Iterator[Source | Failure]:
    """Each path as sources: a file as itself, a directory recursively, ``-`` as stdin.

    Paths that cannot be read (missing, a link loop, not a file) are ``Failure``s; nothing here raises.
    """
    for raw in paths:
        if raw == "-":
            yield Source("-", None, None, None)
            continue
        path = Path(raw)
        try:
            info = os.stat(path)
        except OSError as e:
            if e.errno == errno.ENOENT and not os.path.islink(path):
                yield Failure(raw, "no such file or directory")
            else:
                yield _link_failure(raw, e)
            continue
        if stat.S_ISDIR(info.st_mode):
            key = (info.st_dev, info.st_ino)
            yield from _walk(path, path, (key,), {key})
        elif stat.S_ISREG(info.st_mode):
            yield _file_source(path, path.name)
        else:
            yield Failure(raw, "not a regular file or directory")


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


class _Limited(io.RawIOBase):
    """A raw stream that fails once more than ``limit`` bytes have been read through it.

    It closes what it wraps only when it owns it (never stdin).
    """

    def __init__(self, inner: _Readable, limit: int, what: str, origin: str, *, owns: bool = True) -> None:
        self._inner = inner
        self._owns = owns
        self._limit = limit
        self._what = what
        self._origin = origin
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._limit - self._count + 1)
        try:
            chunk = self._inner.read(want)
        except EOFError as e:
            raise InputError("truncated gzip file (ends before its end-of-stream marker)", path=self._origin) from e
        except (gzip.BadGzipFile, zlib.error) as e:
            raise InputError(f"corrupt gzip file ({e})", path=self._origin) from e
        self._count += len(chunk)
        if self._count > self._limit:
            raise InputTooLarge(self._what, path=self._origin)
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        if self._owns and not self.closed:
            self._inner.close()
        super().close()


def open_source(source: Source, settings: Settings, stdin: BinaryIO) -> io.BufferedReader:
    """A buffered binary stream of the source's (inflated) content, enforcing the size limits.

    Raises ``InputTooLarge`` for a file over ``max_file_bytes`` and ``InputError`` when it cannot be
    opened; inflating past ``max_decompressed_bytes`` or a truncated gzip raise while reading.
    """
    buffered: io.BufferedReader
    if source.path is None:
        limit_msg = f"stdin is larger than max_file_bytes={settings.max_file_bytes}; raise the setting to read it"
        buffered = io.BufferedReader(_Limited(stdin, settings.max_file_bytes, limit_msg, source.origin, owns=False),
                                     _BUFFER)
    else:
        try:
            size = source.path.stat().st_size
            if size > settings.max_file_bytes:
                raise InputTooLarge(
                    f"file is {size} bytes, larger than max_file_bytes={settings.max_file_bytes}; "
                    "raise the setting to read it", path=source.origin)
            buffered = io.BufferedReader(io.FileIO(source.path, "r"), _BUFFER)
        except OSError as e:
            raise InputError(f"cannot open ({e.strerror})", path=source.origin) from e
    if buffered.peek(2)[:2] != _GZIP_MAGIC:
        return buffered
    inflating = gzip.GzipFile(fileobj=buffered, mode="rb")
    message = (f"gzip content inflates past {settings.max_decompressed_bytes} bytes "
               "(max_decompressed_bytes); refusing a possible gzip bomb")
    return io.BufferedReader(_Limited(inflating, settings.max_decompressed_bytes, message, source.origin), _BUFFER)


def sniff_format(head: bytes) -> str:
    """The format of content whose first bytes are ``head``: jsonl, feed, html or text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:_SNIFF_BYTES]
    if start.startswith((b"{", b"[")):
        return "jsonl"
    if start.startswith(b"<"):
        lower = start.lower()
        if b"<rss" in lower or b"<feed" in lower or b"<rdf:rdf" in lower:
            return "feed"
        return "html"
    return "text"
