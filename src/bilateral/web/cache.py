"""Answers of the read API kept until the store changes, computed once however many clients ask at once.

What the API reads changes only when an ingest commits, and every commit changes the store file or its
write-ahead log (size or modification time). So a successful answer to ``GET /api/...`` is kept, as the
bytes sent, under its path and query and that file version; a request whose version still matches is
answered from memory, before routing, validation or the store. Concurrent requests for an answer not yet
kept wait for the one request computing it instead of each opening the store: 200 dashboards loading at
once cost one query per URL. Only 200 answers are kept (errors and 503s are computed every time), and
none over ``max_body`` bytes.

The server keeps no DuckDB connection open between requests: a read-only handle held by the server would
stop an ingest from ever opening the file for writing (DuckDB allows no writer while another process
reads). The cache is what spares the per-request open.
"""

from __future__ import annotations

import asyncio
import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["CachedReads"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
Version = tuple[tuple[int, int] | None, tuple[int, int] | None]
Answer = tuple[int, list[tuple[bytes, bytes]], bytes]

UNCACHED = frozenset({"/api/health", "/api/ingest"})


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class CachedReads:
    """ASGI middleware: ``GET /api/...`` answers kept while the store file is unchanged."""

    def __init__(self, app: ASGIApp, *, db_path: str, max_entries: int = 2048, max_body: int = 4 << 20) -> None:
        self.app = app
        self.db_path = db_path
        self.max_entries = max_entries
        self.max_body = max_body
        self._entries: OrderedDict[str, tuple[Version, Answer]] = OrderedDict()
        self._computing: dict[str, asyncio.Future[Answer | None]] = {}

    def version(self) -> Version:
        """The store's file version: what any commit changes."""
        return _stamp(self.db_path), _stamp(self.db_path + ".wal")

    def clear(self) -> None:
        """Forget every answer."""
        self._entries.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not path.startswith("/api/") or path in UNCACHED:
            await self.app(scope, receive, send)
            return
        version = self.version()
        if version[0] is None:  # no store file (yet): nothing to key answers on
            await self.app(scope, receive, send)
            return
        key = f"{path}?{scope.get('query_string', b'').decode('latin-1')}"
        entry = self._entries.get(key)
        if entry is not None and entry[0] == version:
            self._entries.move_to_end(key)
            await _replay(send, entry[1])
            return
        pending = self._computing.get(key)
        if pending is not None:
            answer = await asyncio.shield(pending)
            if answer is not None:
                await _replay(send, answer)
                return
        await self._compute(key, version, scope, receive, send)

    async def _compute(self, key: str, version: Version, scope: Scope, receive: Receive, send: Send) -> None:
        future: asyncio.Future[Answer | None] = asyncio.get_running_loop().create_future()
        self._computing[key] = future
        status, headers, chunks = 0, [], []

        async def capture(message: Message) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        answer: Answer | None = None
        try:
            await self.app(scope, receive, capture)
            body = b"".join(chunks)
            if status == 200 and len(body) <= self.max_body:
                answer = (status, headers, body)
                self._entries[key] = (version, answer)  # the version read before: a commit since makes it stale
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        finally:
            self._computing.pop(key, None)
            future.set_result(answer)


async def _replay(send: Send, answer: Answer) -> None:
    status, headers, body = answer
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
