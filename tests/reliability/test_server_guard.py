"""The server refuses before reading: bodies past the cap (by declared length or while streaming), writes
without the token, requests naming a Host it does not serve; its OpenAPI spec lists every status it
returns, and every date its pattern admits is a date it accepts."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bilateral.settings import load_settings
from bilateral.web import create_app

HUGE = 200 * 1024 * 1024


def _app(db: Path, **changes: Any) -> Any:
    return create_app(load_settings(overrides={"db_path": str(db), **changes}))


def _call(app: Any, method: str, path: str, headers: dict[str, str], chunks: int) -> tuple[int, int]:
    """Send a request whose body is ``chunks`` chunks of 1 MiB; (status, chunks the server pulled)."""
    pulled = 0
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        more = pulled < chunks
        return {"type": "http.request", "body": b"x" * (1 << 20), "more_body": more}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method, "path": path,
             "raw_path": path.encode(), "query_string": b"", "root_path": "", "scheme": "http",
             "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5555),
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    asyncio.run(app(scope, receive, send))
    return status, pulled


def test_guard_ingest_without_token_is_refused_before_the_body(populated_db: Path) -> None:
    app = _app(populated_db)
    status, pulled = _call(app, "POST", "/api/ingest", {"host": "127.0.0.1:8000", "content-type": "application/json",
                                                        "content-length": str(HUGE)}, chunks=200)
    assert status == 403 and pulled == 0


def test_guard_ingest_with_wrong_token_is_refused_before_the_body(populated_db: Path) -> None:
    app = _app(populated_db, api_token="s3cret")
    status, pulled = _call(app, "POST", "/api/ingest", {"host": "127.0.0.1", "authorization": "Bearer nope",
                                                        "content-length": str(HUGE)}, chunks=200)
    assert status == 401 and pulled == 0


def test_guard_declared_body_over_the_cap_is_refused_unread(populated_db: Path) -> None:
    app = _app(populated_db, api_token="s3cret")
    status, pulled = _call(app, "POST", "/api/ingest", {"host": "127.0.0.1", "authorization": "Bearer s3cret",
                                                        "content-length": str(HUGE)}, chunks=200)
    assert status == 413 and pulled == 0


def test_guard_streamed_body_over_the_cap_stops_being_read(populated_db: Path) -> None:
    app = _app(populated_db, api_token="s3cret", max_file_bytes=4 << 20)
    status, pulled = _call(app, "POST", "/api/ingest", {"host": "127.0.0.1", "authorization": "Bearer s3cret",
                                                        "content-type": "application/json"}, chunks=200)
    assert status == 413 and pulled <= 5


def test_guard_body_on_a_read_endpoint_is_capped(populated_db: Path) -> None:
    status, pulled = _call(_app(populated_db), "GET", "/api/events", {"host": "localhost",
                                                                      "content-length": str(HUGE)}, chunks=200)
    assert status == 413 and pulled == 0


@pytest.mark.parametrize("host, status", [("127.0.0.1:8000", 200), ("localhost:8000", 200), ("[::1]:8000", 200),
                                          ("localhost", 200), ("10.1.2.3:8000", 200), ("evil.example:8000", 400),
                                          ("evil.example", 400),
                                          ("127.0.0.1.evil.example", 400), ("", 400)])
def test_guard_host_header_is_checked(populated_db: Path, host: str, status: int) -> None:
    client = TestClient(_app(populated_db), base_url="http://127.0.0.1:8000")
    assert client.get("/api/health", headers={"host": host}).status_code == status


def test_guard_served_hosts_of_a_loopback_bind() -> None:
    from bilateral.web.guard import served_hosts

    assert {"127.0.0.1", "localhost", "::1"} <= set(served_hosts("127.0.0.1"))
    assert "evil.example" not in served_hosts("127.0.0.1")
    assert "news.example.org" in served_hosts("10.0.0.5", ["news.example.org"])


def _spec(db: Path) -> dict[str, Any]:
    return TestClient(_app(db, api_token="s3cret")).get("/openapi.json").json()


def test_guard_openapi_lists_every_status(populated_db: Path) -> None:
    spec = _spec(populated_db)
    ingest = set(spec["paths"]["/api/ingest"]["post"]["responses"])
    assert {"200", "401", "403", "409", "413", "422", "503"} <= ingest
    assert "404" in spec["paths"]["/api/documents/{doc_id}"]["get"]["responses"]
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert {"400", "503"} <= set(op["responses"]), (method, path)


@pytest.mark.parametrize("value", ["0000", "0000-01-01", "2021-00", "2021-13", "2021-02-30", "2021-02-29",
                                   "2024-02-29", "1900-02-29", "2000-02-29", "2021-04-31", "2021-12-31",
                                   "9999-12-31", "0001-01-01", "2021-1-1", "2021-11-00"])
def test_guard_every_date_the_pattern_admits_is_accepted(populated_db: Path, value: str) -> None:
    spec = _spec(populated_db)
    [since] = [p for p in spec["paths"]["/api/events"]["get"]["parameters"] if p["name"] == "since"]
    schema = since["schema"]
    pattern = schema.get("pattern") or next(s["pattern"] for s in schema["anyOf"] if "pattern" in s)
    status = TestClient(_app(populated_db)).get("/api/events", params={"since": value, "limit": 1}).status_code
    if re.search(pattern, value):
        assert status == 200, (value, status)
    else:
        assert status == 422, (value, status)
