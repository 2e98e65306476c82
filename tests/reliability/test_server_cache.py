"""The read API's cache: answers are the same as computed afresh, a commit makes them fresh again, and many
clients asking at once for the same answer cost one read of the store."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from bilateral.models import CodedDocument, Document
from bilateral.settings import load_settings
from bilateral.store import Store
from bilateral.web import create_app

URLS = ["/api/events?a=USA&b=RWA&limit=50", "/api/series?a=USA&b=RWA&freq=year", "/api/actors",
        "/api/network", "/api/charts/relationship?a=USA&b=RWA&freq=year", "/api/documents/doc-001?sentence=1"]


async def _get_all(app: Any, urls: list[str]) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
        return list(await asyncio.gather(*(client.get(u) for u in urls)))


def test_cache_answers_equal_fresh_ones(populated_db: Path) -> None:
    app = create_app(load_settings(overrides={"db_path": str(populated_db)}))
    first = asyncio.run(_get_all(app, URLS))
    again = asyncio.run(_get_all(app, URLS))
    fresh = asyncio.run(_get_all(create_app(load_settings(overrides={"db_path": str(populated_db)})), URLS))
    for a, b, c in zip(first, again, fresh, strict=True):
        assert a.status_code == b.status_code == c.status_code == 200
        assert a.content == b.content == c.content
        assert a.headers["content-type"] == b.headers["content-type"]


def test_cache_a_commit_makes_answers_fresh(populated_db: Path, make_event: Any) -> None:
    app = create_app(load_settings(overrides={"db_path": str(populated_db)}))
    url = "/api/events?type=ACCUSE&limit=1"
    [before] = asyncio.run(_get_all(app, [url]))
    event = make_event("CODGOV", "RWAGOV", "112", doc_id="late", date="2024-06-01", sentence="Congo accused Rwanda.")
    Store(populated_db).write_batch([CodedDocument(Document("late", "Congo accused Rwanda."), "coded", (event,), 1)],
                                    "late-run", window_days=7)
    [after] = asyncio.run(_get_all(app, [url]))
    assert after.json()["total"] == before.json()["total"] + 1


def test_cache_concurrent_clients_cost_one_read(populated_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(load_settings(overrides={"db_path": str(populated_db)}))
    reads = 0
    real = Store.fetch_events

    def counting(self: Store, *args: Any, **kwargs: Any) -> Any:
        nonlocal reads
        reads += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "fetch_events", counting)
    answers = asyncio.run(_get_all(app, ["/api/events?a=USA&b=RWA&limit=50"] * 50))
    assert all(a.status_code == 200 for a in answers)
    assert len({a.content for a in answers}) == 1
    assert reads == 1


def test_cache_keeps_no_errors(populated_db: Path) -> None:
    app = create_app(load_settings(overrides={"db_path": str(populated_db)}))
    answers = asyncio.run(_get_all(app, ["/api/documents/nope"] * 2 + ["/api/events?a=USA"] * 2))
    assert [a.status_code for a in answers] == [404, 404, 400, 400]
