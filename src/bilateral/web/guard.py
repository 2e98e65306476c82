"""What the server refuses before any endpoint runs: a Host it does not serve, a body it will not read.

* **Host.** A page on another site can make a browser send requests to a server on loopback by pointing
  its own DNS name at 127.0.0.1 (DNS rebinding); the browser then sends that name as ``Host``. Requests
  whose Host is neither one of the names the server answers to nor an IP address get 400.
* **Bodies.** A body is refused by its declared length (413) before a byte of it is read; a body sent
  without a length is counted while it streams in and refused once past the cap. ``POST /api/ingest``
  answers 403 (writing disabled) or 401 (wrong token) before reading the body at all, so a client that
  may not write cannot make the server hold anything.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

__all__ = ["RequestGuard", "served_hosts"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
SMALL_BODY = 64 * 1024
"""The cap on bodies of requests that need none (every endpoint but the ingest)."""


def served_hosts(bind: str, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The Host names a server bound to ``bind`` answers to: loopback names for a loopback address, the
    address itself, and for a wildcard bind (0.0.0.0, ::) this machine's names and addresses."""
    names = {bind.strip("[]").lower(), *(e.strip().lower() for e in extra if e.strip())}
    if bind in ("127.0.0.1", "localhost", "::1") or bind.startswith("127."):
        names.update(LOOPBACK_NAMES)
    if bind in ("0.0.0.0", "::", ""):
        names.update(LOOPBACK_NAMES)
        host = socket.gethostname()
        names.update({host.lower(), socket.getfqdn().lower()})
        try:
            names.update(socket.gethostbyname_ex(host)[2])
        except OSError:
            pass
    return tuple(sorted(names))


def _host_name(header: str) -> str:
    """The name in a Host header, without its port (``[::1]:8000`` -> ``::1``)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1: header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class RequestGuard:
    """ASGI middleware that checks Host, the ingest token and body sizes before the app sees a request."""

    def __init__(self, app: ASGIApp, *, hosts: Iterable[str], token: str | None, max_body: int,
                 write_path: str = "/api/ingest") -> None:
        self.app = app
        self.hosts = frozenset(h.lower() for h in hosts)
        self.token = token
        self.max_body = max_body
        self.write_path = write_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not self._serves(_host_name(headers.get("host", ""))):
            await _answer(send, 400, "this server does not answer to that Host header")
            return
        writing = scope["path"] == self.write_path
        if writing and scope["method"] == "POST":
            refusal = self._token_refusal(headers.get("authorization"))
            if refusal is not None:
                await _answer(send, *refusal)
                return
        cap = self.max_body if writing else SMALL_BODY
        declared = headers.get("content-length")
        if declared is not None and (not declared.strip().isdigit() or int(declared) > cap):
            await _answer(send, 413, f"request body larger than {cap} bytes")
            return
        await self.app(scope, _capped(receive, cap), send)

    def _serves(self, name: str) -> bool:
        """A name this server answers to, or an address written out (rebinding needs a name to rebind)."""
        if name in self.hosts or "*" in self.hosts:
            return True
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True

    def _token_refusal(self, authorization: str | None) -> tuple[int, str, dict[str, str]] | None:
        if not self.token:
            return 403, "writing is disabled: the operator must set api_token in the settings", {}
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return 401, "missing or wrong token: send Authorization: Bearer <api_token>", {"WWW-Authenticate": "Bearer"}
        return None


def _capped(receive: Receive, cap: int) -> Receive:
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > cap:  # raised into the endpoint reading the body; FastAPI answers it
                raise HTTPException(413, f"request body larger than {cap} bytes")
        return message

    return wrapped


async def _answer(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
