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
    from bilateral.runs import run_ingest
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


@pytest.fixture
def view_server(tmp_path: Path, make_event):
    """USA-RWA: four asserted events (two in Kigali, one in Washington), one alleged; and a Congo-Rwanda one."""
    from bilateral.models import Location

    kigali = Location("Kigali", "RWA", "Kigali", -1.95, 30.06, "city")
    washington = Location("Washington", "USA", "District of Columbia", 38.9, -77.04, "city")
    rows = [("USAGOV", "042", "2021-03-10", "asserted", kigali), ("USAGOV", "057", "2022-01-12", "asserted", None),
            ("USAGOV", "043", "2022-02-14", "asserted", kigali), ("USAGOV", "112", "2022-03-16", "alleged", washington),
            ("USAGOV", "190", "2023-05-18", "asserted", washington), ("CODGOV", "112", "2022-04-20", "asserted", None)]
    coded = []
    for i, (source, code, date, modality, place) in enumerate(rows):
        e = make_event(source, "RWAGOV", code, doc_id=f"doc-{i}", date=date, modality=modality, location=place,
                       sentence=f"Sentence {i} about {source[:3]} and Rwanda.", char_start=0, char_end=30)
        coded.append(CodedDocument(Document(f"doc-{i}", e.sentence, published=dt.date.fromisoformat(date)),
                                   "coded", (e,), 1))
    db = tmp_path / "view.duckdb"
    Store(db).write_batch(coded, "run", window_days=7)
    yield from _serve(db)


def _rows(page, n: int) -> None:
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {n}", timeout=15_000)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make chromium)")
def test_browser_dashboard_controls_links_exports_and_errors(view_server: str, tmp_path: Path) -> None:
    import csv
    import json
    from urllib.parse import parse_qs, urlparse

    from playwright.sync_api import sync_playwright

    shots = SCREENSHOTS / "controls"
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
        errors: list[str] = []
        outside: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))

        def offline(route) -> None:  # the page must need nothing but its own server
            if route.request.url.startswith(view_server):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", offline)
        page.goto(view_server + "/")
        page.wait_for_function("typeof window.vegaEmbed === 'function'")
        # the picker lists countries by their names, people and bodies with their codes
        page.wait_for_selector('#actors option[value="United States (USA)"]', state="attached")
        assert page.locator('#actors option[value="Rwanda (RWA)"]').count() == 1
        page.fill("#a", "United States")
        page.fill("#b", "rwanda")
        page.click("#show")
        page.wait_for_selector("#chart svg .mark-rect path", timeout=20_000)
        # the default view already shows these rows: wait for the typed names to come back resolved
        page.wait_for_function("document.getElementById('a').value === 'United States (USA)' && "
                               "document.getElementById('b').value === 'Rwanda (RWA)'", timeout=15_000)
        _rows(page, 4)  # asserted events only by default
        assert page.is_visible("#hint") and "Click a bar" in page.inner_text("#hint")
        # the map: country outlines drawn offline, one label per place however many events happened there
        page.wait_for_function("document.querySelectorAll('#map svg path').length > 100", timeout=15_000)
        # the map is drawn again after each request: wait for the drawing that carries the place labels
        page.wait_for_function("['Kigali', 'Washington'].every(name => Array.from("
                               "document.querySelectorAll('#map svg text')).some(t => t.textContent === name))",
                               timeout=15_000)
        texts = page.evaluate("Array.from(document.querySelectorAll('#map svg text')).map(t => t.textContent)")
        labels = [t for t in texts if t in ("Kigali", "Washington")]
        assert sorted(labels) == ["Kigali", "Washington"], labels
        page.screenshot(path=str(shots / "1-view.png"), full_page=True)

        # modality toggle: alleged events counted on demand
        page.check("#alleged")
        _rows(page, 5)
        page.wait_for_function("location.search.includes('modality=asserted%2Calleged')")
        # date range, then a finer frequency and a period chosen by clicking a bar
        page.fill("#since", "2022-01-01")
        page.fill("#until", "2022-12-31")
        page.select_option("#freq", "month")
        page.click("#show")
        _rows(page, 3)
        page.locator("#chart svg .mark-rect path").first.click()
        page.wait_for_function("document.querySelector('#period-title').textContent.includes('2022-01-01')")
        _rows(page, 1)
        query = parse_qs(urlparse(page.url).query)
        assert query == {"a": ["USA"], "b": ["RWA"], "since": ["2022-01-01"], "until": ["2022-12-31"],
                         "freq": ["month"], "modality": ["asserted,alleged"], "period": ["2022-01-01"]}, query
        page.screenshot(path=str(shots / "2-period.png"), full_page=True)

        # export of the shown events, as CSV and as JSON Lines
        with page.expect_download() as got:
            page.click("#export-csv")
        exported = list(csv.DictReader(Path(got.value.path()).read_text(encoding="utf-8").splitlines()))
        assert [r["cameo"] for r in exported] == ["057"], exported
        with page.expect_download() as got:
            page.click("#export-jsonl")
        lines = Path(got.value.path()).read_text(encoding="utf-8").splitlines()
        assert [json.loads(x)["event_type"] for x in lines] == ["SUPPORT"] or len(lines) == 1

        # the URL brings the same view back
        linked = page.url
        page.goto("about:blank")
        page.goto(linked)
        page.wait_for_function("document.querySelector('#period-title').textContent.includes('2022-01-01')",
                               timeout=20_000)
        _rows(page, 1)
        assert page.input_value("#a") == "United States (USA)" and page.is_checked("#alleged")
        assert page.input_value("#since") == "2022-01-01" and page.input_value("#freq") == "month"

        # an ambiguous name: a plain sentence with suggestions, and the chart is cleared
        page.fill("#a", "Congo")
        page.click("#show")
        page.wait_for_selector("#message:not([hidden])")
        message = page.inner_text("#message")
        assert "can mean several actors" in message and "(COD)" in message and "(COG)" in message, message
        assert "{" not in message and "loc" not in message
        assert page.locator("#chart svg").count() == 0 and page.locator("#events tbody tr").count() == 0
        page.screenshot(path=str(shots / "3-ambiguous.png"), full_page=True)
        page.locator("#message button.suggestion", has_text="(COD)").click()
        page.wait_for_selector('#chart svg .mark-rect path:not([aria-label*="events: 0;"])', timeout=20_000)
        _rows(page, 1)
        assert page.is_hidden("#message")
        page.fill("#b", "Narnia")
        page.click("#show")
        page.wait_for_selector("#message:not([hidden])")
        assert "No actor called “Narnia”" in page.inner_text("#message")
        assert page.locator("#chart svg").count() == 0

        # /docs works offline (Swagger UI from the app, no CDN)
        page.goto(view_server + "/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
        assert "bilateral" in page.inner_text(".swagger-ui .info .title")
        page.get_by_text("/api/export", exact=True).first.wait_for()
        page.screenshot(path=str(shots / "4-docs.png"), full_page=False)
        assert not errors, errors
        assert not outside, outside
        browser.close()
