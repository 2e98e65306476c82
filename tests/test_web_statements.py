"""Untyped CAMEO 01x statements (``event_type`` None) as analysts see them: the HTTP API, the dashboard routes,
series and reports count them by their CAMEO root and Goldstein weight, never under a PLOVER type, and every
table names their type "statement (no PLOVER type)"."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bilateral.analysis import dyad_series
from bilateral.cli import app
from bilateral.codes import UNTYPED, UNTYPED_LABEL, load_codes
from bilateral.models import CodedDocument, Document, Location
from bilateral.report import build_report, render_html, render_markdown
from bilateral.settings import load_settings
from bilateral.store import Store
from bilateral.web import create_app

runner = CliRunner()
KIGALI = Location("Kigali", "RWA", "Kigali", -1.95, 30.06, "city")


@pytest.fixture
def store(tmp_path: Path, make_event) -> Store:
    """Condolences (018) and a denial (016) beside a typed visit (042) and an accusation (112), August 2022."""
    rows = [("USAGOV", "RWAGOV", "018", "2022-08-11"), ("RWAGOV", "USAGOV", "016", "2022-08-12"),
            ("USAGOV", "RWAGOV", "042", "2022-08-13"), ("RWAGOV", "USAGOV", "112", "2022-08-14")]
    events = tuple(make_event(s, t, c, doc_id="d", sentence_index=i, date=d, location=KIGALI,
                              sentence=f"Officials spoke in sentence {i}.") for i, (s, t, c, d) in enumerate(rows))
    store = Store(tmp_path / "s.duckdb")
    store.write_batch([CodedDocument(Document("d", "Text.", title="T", published=dt.date(2022, 8, 15)), "coded",
                                     events, 4)], "run", window_days=7)
    return store


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(load_settings(overrides={"db_path": store.path})))


def _goldstein(*codes: str) -> float:
    return round(sum(load_codes().get(c).goldstein for c in codes), 3)


def test_web_statements_series_count_by_root_not_by_type(store: Store) -> None:
    (point,) = dyad_series(store, "USA", "RWA", freq="month").points
    assert point.events == 4 and point.untyped == 2
    assert point.quad_counts == (3, 0, 1, 0), "root 01 is verbal cooperation"
    assert dict(point.type_counts) == {"CONSULT": 1, "ACCUSE": 1}
    assert point.goldstein_sum == _goldstein("018", "016", "042", "112")


def test_web_statements_api_events_series_and_filter(client: TestClient) -> None:
    body = client.get("/api/events", params={"a": "USA", "b": "RWA"}).json()
    types = {e["cameo"]: e["event_type"] for e in body["events"]}
    assert types == {"018": None, "016": None, "042": "CONSULT", "112": "ACCUSE"}
    only = client.get("/api/events", params={"type": UNTYPED}).json()
    assert only["total"] == 2 and {e["cameo"] for e in only["events"]} == {"018", "016"}
    assert client.get("/api/events", params={"type": "STATEMENTS"}).status_code == 400
    (point,) = client.get("/api/series", params={"a": "USA", "b": "RWA", "freq": "month"}).json()["points"]
    assert point["untyped"] == 2 and point["types"] == {"CONSULT": 1, "ACCUSE": 1} and point["quad_counts"][0] == 3


def test_web_statements_dashboard_routes(client: TestClient) -> None:
    r = client.get("/api/export", params={"a": "USA", "b": "RWA", "format": "jsonl", "type": UNTYPED})
    assert r.status_code == 200 and r.headers["X-Events"] == "2"
    assert {json.loads(line)["event_type"] for line in r.text.splitlines()} == {None}
    worded = client.get("/api/export", params={"a": "USA", "b": "RWA", "q": "no PLOVER type"})
    assert worded.headers["X-Events"] == "2", "the word filter reads the type as shown"
    spec = client.get("/api/charts/map", params={"a": "USA", "b": "RWA"})
    assert spec.status_code == 200 and UNTYPED_LABEL in spec.text
    script = client.get("/static/dashboard.js").text
    assert f'UNTYPED = "{UNTYPED}"' in script and UNTYPED_LABEL in script


def test_web_statements_report_names_the_untyped(store: Store) -> None:
    report = build_report(store, "USA", "RWA", freq="month")
    assert report.total_events == 4
    text = render_markdown(report)
    assert f"→ {UNTYPED_LABEL} →" in text and "→ None →" not in text
    assert UNTYPED_LABEL in render_html(report)


def test_web_statements_cli_tables_name_the_untyped(store: Store) -> None:
    shown = runner.invoke(app, ["events", "--db", store.path, "--type", UNTYPED, "--format", "brief"],
                          terminal_width=200)
    assert shown.exit_code == 0 and shown.stdout.count(UNTYPED_LABEL) == 2 and "None" not in shown.stdout
    summary = runner.invoke(app, ["summary", "--db", store.path], terminal_width=200).stdout
    assert f"{UNTYPED} 2" in summary
    timeline = json.loads(runner.invoke(app, ["timeline", "USA", "RWA", "--freq", "month", "--format", "json",
                                              "--db", store.path]).stdout)
    assert timeline["points"][0]["untyped"] == 2
