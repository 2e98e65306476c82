"""A bounded load test on loopback: 200 concurrent API requests, every answer checked; it stops by itself."""

from __future__ import annotations

import asyncio

import httpx
import pytest

pytestmark = pytest.mark.slow

REQUESTS = 200


async def _fire(base: str) -> list[tuple[str, int, dict | list]]:
    queries = [("/api/events", {"a": "USA", "b": "RWA", "limit": 50}), ("/api/events", {"type": "ACCUSE"}),
               ("/api/series", {"a": "USA", "b": "RWA", "freq": "year"}), ("/api/actors", {}),
               ("/api/network", {})]
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        async def one(i: int) -> tuple[str, int, dict | list]:
            path, params = queries[i % len(queries)]
            r = await client.get(path, params=params)
            return path, r.status_code, r.json()

        return await asyncio.wait_for(asyncio.gather(*(one(i) for i in range(REQUESTS))), timeout=120)


def test_load_200_concurrent_requests_all_correct(live_server: str) -> None:
    expected = {path: httpx.get(live_server + path, params=params, timeout=30).json()
                for path, params in [("/api/events", {"a": "USA", "b": "RWA", "limit": 50}),
                                     ("/api/series", {"a": "USA", "b": "RWA", "freq": "year"})]}
    results = asyncio.run(_fire(live_server))
    assert len(results) == REQUESTS
    assert all(status == 200 for _, status, _ in results), {s for _, s, _ in results}
    for path, _, body in results:
        if path == "/api/events" and isinstance(body, dict) and body.get("limit") == 50:
            assert body == expected["/api/events"]
        if path == "/api/series":
            assert body == expected["/api/series"]
