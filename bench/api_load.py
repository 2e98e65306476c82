"""Latency of the read API as the dashboard uses it, on the demo store, alone and under 200 concurrent clients.

    python bench/api_load.py [--db bilateral.duckdb] [--clients 200] [--rounds 5] [--while-ingest]

Builds the demo store (the bundled samples) when --db does not exist, starts ``bilateral serve`` on a free
loopback port and requests what the dashboard requests for a dyad: the actor list, the dyad's events, its
relationship chart, its map and a cited document. It prints:

* ``first``: each URL once, right after the server starts (nothing cached: what the first visitor waits);
* ``alone``: one client, the same URLs again for ``--rounds`` rounds (p50, p95);
* ``concurrent``: ``--clients`` clients at once on loopback, each loading the dashboard ``--rounds`` times
  (p50, p95, requests per second, and any answer that is not 200);
* with ``--while-ingest``, the concurrent figures again while an ingest writes to the same store.

Figures are printed, never asserted: compare runs on one machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
DYADS = [("USA", "RWA"), ("RWA", "COD"), ("GBR", "RWA"), ("ETH", "ERI")]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "bilateral.cli", *args]


def demo_store(path: Path) -> Path:
    """The demo store at ``path``, built from the bundled samples when it does not exist."""
    if not path.exists():
        samples = subprocess.run(_cli("samples"), capture_output=True, text=True, check=True).stdout.strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(_cli("ingest", samples, "--db", str(path), "-q"), check=True, stdout=subprocess.DEVNULL)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen(_cli("serve", "--db", str(db), "--port", str(port)), stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def dashboard_urls(base: str) -> list[str]:
    """What the dashboard requests for each dyad, and one cited document per dyad."""
    urls = ["/api/actors"]
    for a, b in DYADS:
        urls += [f"/api/events?a={a}&b={b}&limit=500", f"/api/charts/relationship?a={a}&b={b}&freq=month",
                 f"/api/charts/map?a={a}&b={b}"]
        events = httpx.get(f"{base}/api/events", params={"a": a, "b": b, "limit": 1}, timeout=60).json()["events"]
        if events:
            doc = quote(events[0]["doc_id"], safe="/:")
            urls.append(f"/api/documents/{doc}?sentence={events[0]['sentence_index']}")
    return urls


def _percentiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


class _Connection:
    """One keep-alive HTTP/1.1 connection on loopback, read by hand: a client cheap enough that 200 of them
    in this process measure the server rather than the client library."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, url: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {url} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _concurrent(base: str, urls: list[str], clients: int,
                      rounds: int) -> tuple[list[float], dict[str, int], float]:
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    statuses: dict[str, int] = {}

    async def one_client(k: int) -> None:
        connection = _Connection(host, int(port))
        try:
            for r in range(rounds):
                for i in range(len(urls)):
                    url = urls[(i + k + r) % len(urls)]
                    t = time.perf_counter()
                    try:
                        status = str(await connection.get(url))
                    except (OSError, asyncio.IncompleteReadError) as e:  # counted: a dropped connection is a finding
                        status = type(e).__name__
                        connection.close()
                        connection = _Connection(host, int(port))
                    latencies.append(time.perf_counter() - t)
                    statuses[status] = statuses.get(status, 0) + 1
        finally:
            connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(one_client(k) for k in range(clients)))
    return latencies, statuses, time.perf_counter() - started


async def _alone(base: str, urls: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """One client: each URL once (nothing cached yet), then every URL ``rounds`` more times."""
    host, port = base.removeprefix("http://").split(":")
    connection = _Connection(host, int(port))
    timings: list[list[float]] = [[], []]
    try:
        for phase, repeat in ((0, 1), (1, rounds)):
            for _ in range(repeat):
                for url in urls:
                    t = time.perf_counter()
                    status = await connection.get(url)
                    timings[phase].append(time.perf_counter() - t)
                    if status != 200:
                        raise SystemExit(f"{url}: status {status}")
    finally:
        connection.close()
    return timings[0], timings[1]


def _wait_for_a_commit(db: Path, ingest: subprocess.Popen[bytes], timeout_s: float = 300) -> None:
    """Return once the ingest has committed its first batch (past loading the model)."""
    wal = Path(f"{db}.wal")

    def stamp() -> tuple[float, float]:
        return db.stat().st_mtime, wal.stat().st_mtime if wal.exists() else 0.0

    before = stamp()
    deadline = time.monotonic() + timeout_s
    while stamp() == before and ingest.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)


def _report_concurrent(label: str, base: str, urls: list[str], clients: int, rounds: int) -> None:
    latencies, statuses, wall = asyncio.run(_concurrent(base, urls, clients, rounds))
    p50, p95 = _percentiles(latencies)
    print(f"{label}: {clients} clients x {rounds} dashboards ({len(latencies)} requests) in {wall:.1f} s, "
          f"{len(latencies) / wall:.0f} requests/s, p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
          f"statuses {dict(sorted(statuses.items()))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bilateral.duckdb")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--while-ingest", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "served.duckdb"  # a copy: --while-ingest writes to it
        shutil.copy(demo_store(args.db), db)
        run(db, args)


def run(db: Path, args: argparse.Namespace) -> None:
    """Serve ``db`` and print the figures."""
    proc, base = start_server(db)
    try:
        urls = dashboard_urls(base)
        first, alone = asyncio.run(_alone(base, urls, args.rounds))
        p50, p95 = _percentiles(first)
        print(f"store {args.db}: {len(urls)} dashboard URLs")
        print(f"first: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {max(first) * 1000:.1f} ms")
        p50, p95 = _percentiles(alone)
        print(f"alone: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms ({len(alone)} requests)")
        _report_concurrent("concurrent", base, urls, args.clients, args.rounds)
        if args.while_ingest:
            sys.path.insert(0, str(ROOT / "bench"))
            from corpus import write_corpus

            with tempfile.TemporaryDirectory() as tmp:
                corpus = write_corpus(Path(tmp) / "corpus.jsonl", 200, seed=7)
                ingest = subprocess.Popen(_cli("ingest", str(corpus), "--db", str(db), "--batch-size", "8", "-q"),
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
                try:
                    _wait_for_a_commit(db, ingest)
                    _report_concurrent("concurrent while an ingest writes", base, urls, args.clients, args.rounds)
                    print(f"  (the ingest {'was still writing' if ingest.poll() is None else 'had finished'} at the "
                          "end; each of its commits makes every kept answer stale)")
                finally:
                    ingest.kill()
                    ingest.wait()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
