"""The HTTP API in-process: filters, pagination, validation (4xx, never 500), highlighted sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bilateral.models import CodedDocument, Document, Location
from bilateral.settings import load_settings
from bilateral.store import Store
from bilateral.web import create_app

TEXT = "Blinken visited Kigali on Thursday. Congo accused Rwanda of backing M23 rebels."


@pytest.fixture
def client(tmp_path: Path, make_event) -> TestClient:
    db = tmp_path / "web.duckdb"
    kigali = Location("Kigali", "RWA", "Kigali", -1.95, 30.06, "city")
    visit = make_event("USAGOV", "RWAGOV", "042", doc_id="doc/a", date="2022-08-11", location=kigali,
                       sentence="Blinken visited Kigali on Thursday.", char_start=0, char_end=35)
    accuse = make_event("CODGOV", "RWAGOV", "112", doc_id="doc/a", sentence_index=1, date="2022-08-10",
                        sentence="Congo accused Rwanda of backing M23 rebels.", char_start=36, char_end=79)
    events = [make_event("USAGOV", "RWAGOV", "057", doc_id=f"d{i}", date=f"2021-{i:02d}-05") for i in range(1, 13)]
    store = Store(db)
    store.write_batch(
        [CodedDocument(Document("doc/a", TEXT, title="A visit", published=dt.date(2022, 8, 12)), "coded",
                       (visit, accuse), 2)]
        + [CodedDocument(Document(e.doc_id, f"text {e.doc_id}"), "coded", (e,), 1) for e in events],
        "run", window_days=7)
    return TestClient(create_app(load_settings(overrides={"db_path": str(db), "api_max_page_size": 5})))


def test_web_events_filter_and_paginate(client: TestClient) -> None:
    r = client.get("/api/events", params={"a": "USA", "b": "RWA", "limit": 5})
    body = r.json()
    assert r.status_code == 200 and body["total"] == 13 and len(body["events"]) == 5
    page3 = client.get("/api/events", params={"a": "USA", "b": "RWA", "limit": 5, "offset": 10}).json()
    assert len(page3["events"]) == 3
    ev = client.get("/api/events", params={"type": "ACCUSE"}).json()["events"]
    assert [e["source"]["code"] for e in ev] == ["CODGOV"]
    assert {"num_mentions", "num_documents", "mentions", "event_id", "location"} <= set(ev[0])


@pytest.mark.parametrize("params", [
    {"limit": 6}, {"limit": 0}, {"offset": -1}, {"a": "USA"}, {"a": "U'SA", "b": "RWA"},
    {"since": "2022-13-45"}, {"since": "yesterday"}, {"type": "BOMBARD"}, {"country": "Rwanda; DROP TABLE"},
    {"a": "x" * 500, "b": "RWA"},
])
def test_web_bad_parameters_get_4xx(client: TestClient, params: dict) -> None:
    r = client.get("/api/events", params=params)
    assert 400 <= r.status_code < 500, r.text


def test_web_series_and_change_points(client: TestClient) -> None:
    body = client.get("/api/series", params={"a": "USA", "b": "RWA", "freq": "year"}).json()
    assert [p["period"] for p in body["points"]] == ["2021-01-01", "2022-01-01"]
    assert body["points"][0]["events"] == 12
    assert client.get("/api/series", params={"a": "USA", "b": "RWA", "freq": "decade"}).status_code == 422


def test_web_document_highlights_cited_sentence(client: TestClient) -> None:
    body = client.get("/api/documents/doc/a", params={"sentence": 1}).json()
    assert body["highlights"] == [[36, 79]]
    assert "<mark>Congo accused Rwanda of backing M23 rebels.</mark>" in body["html"]
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/documents/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_web_actors_network_and_charts(client: TestClient) -> None:
    actors = {a["actor"] for a in client.get("/api/actors").json()}
    assert {"USA", "RWA", "COD"} <= actors
    ties = client.get("/api/network").json()["ties"]
    assert ties[0]["a"] == "RWA" and ties[0]["b"] == "USA" and ties[0]["events"] == 13
    spec = client.get("/api/charts/relationship", params={"a": "USA", "b": "RWA", "freq": "year"}).json()
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert client.get("/api/charts/map", params={"a": "USA", "b": "RWA"}).json() != {}


def test_web_dashboard_and_bundle_are_served_offline(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'src="/static/vega.js"' in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    js = client.get("/static/vega.js")
    assert js.status_code == 200 and "vegaEmbed" in js.text
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("freq", ["month", "year"])
def test_web_series_agrees_with_the_timeline_command(client: TestClient, freq: str) -> None:
    import json

    from typer.testing import CliRunner

    from bilateral.cli import app

    db = client.app.state.store.path
    result = CliRunner().invoke(app, ["timeline", "USA", "RWA", "--freq", freq, "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    cli = json.loads(result.stdout)
    api = client.get("/api/series", params={"a": "USA", "b": "RWA", "freq": freq}).json()
    assert len(cli["points"]) == len(api["points"]) > 0
    for c, a in zip(cli["points"], api["points"], strict=True):
        assert c["period"] == a["period"] and c["events"] == a["events"]
        assert [c["verbal_coop"], c["material_coop"], c["verbal_conflict"], c["material_conflict"]] == a["quad_counts"]
        assert c["goldstein_sum"] == a["goldstein_sum"] and c["coop_minus_conflict"] == a["coop_minus_conflict"]
        assert c["types"] == a["types"]
