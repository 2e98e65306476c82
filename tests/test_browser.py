"""End to end in a real headless Chromium (Debian's, driven by Playwright): the dashboard on a live server."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bilateral.models import CodedDocument, Document
from bilateral.store import Store

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
"""Where the browser tests leave their screenshots for people to look at (git ignores out/)."""


@pytest.fixture
def server(tmp_path: Path, make_event):
    db = tmp_path / "ui.duckdb"
    coded = []
    for i, (month, code) in enumerate([(1, "042"), (1, "057"), (2, "043"), (3, "112"), (3, "1621"), (4, "190")]):
        e = make_event("USAGOV", "RWAGOV", code, doc_id=f"doc-{i}", date=f"2022-{month:02d}-1{i}",
                       sentence=f"Sentence {i} about the United States and Rwanda.", char_start=0, char_end=46)
        coded.append(CodedDocument(Document(f"doc-{i}", e.sentence, published=dt.date(2022, month, 20)),
                                   "coded", (e,), 1))
    Store(db).write_batch(coded, "run", window_days=7)
    yield from _serve(db)


@pytest.fixture
def sample_server(tmp_path: Path):
    from bilateral.pipeline import run_ingest
    from bilateral.samples import sample_corpus
    from bilateral.settings import load_settings

    db = tmp_path / "samples.duckdb"
    run_ingest([str(sample_corpus())], load_settings(overrides={"db_path": str(db)}), Store(db))
    yield from _serve(db)


def _serve(db: Path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "bilateral.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not start: " + (proc.stdout.read().decode() if proc.stdout else ""))
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make chromium)")
def test_browser_dashboard_shows_relationship_and_period_events(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server + "/")
        page.wait_for_function("typeof window.vegaEmbed === 'function'")
        page.select_option("#freq", "month")
        page.click("#show")
        page.wait_for_selector("#chart svg .mark-rect path", timeout=20_000)
        page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 6", timeout=10_000)
        assert not errors, errors
        # click the first bar (January 2022): the table lists that month's events only
        page.locator("#chart svg .mark-rect path").first.click()
        page.wait_for_function("document.querySelector('#period-title').textContent.includes('2022-01-01')")
        page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 2")
        # the filter narrows the table, and a cited sentence opens its document highlighted
        page.fill("#filter", "Sentence 1 ")
        page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 1")
        page.click("#events tbody tr a.cite")
        page.wait_for_selector("#doc mark")
        assert "Sentence 1 about" in page.inner_text("#doc mark")
        page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
        browser.close()


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make chromium)")
def test_browser_sample_store_usa_rwa(sample_server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(sample_server + "/")
        page.wait_for_function("typeof window.vegaEmbed === 'function'")
        page.fill("#a", "USA")
        page.fill("#b", "RWA")
        page.select_option("#freq", "year")
        page.click("#show")
        filled = '#chart svg .mark-rect path:not([aria-label*="events: 0;"])'
        page.wait_for_selector(filled, timeout=20_000)
        page.wait_for_function("document.querySelector('#period-title').textContent.includes('USA')")
        assert not errors, errors
        bars = page.locator(filled)
        assert bars.count() >= 5, "a bar for each year that holds US-Rwanda events"
        bars.first.click()
        page.wait_for_function("document.querySelector('#period-title').textContent.startsWith('Events from')")
        page.wait_for_function("document.querySelectorAll('#events tbody tr').length >= 1")
        page.locator("#events tbody tr a.cite").first.click()
        page.wait_for_selector("#doc mark")
        cited = page.inner_text("#events tbody tr td.sentence a.cite >> nth=0")
        assert page.inner_text("#doc mark").strip() in cited or cited in page.inner_text("#doc")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "dashboard-usa-rwa.png"), full_page=True)
        browser.close()
