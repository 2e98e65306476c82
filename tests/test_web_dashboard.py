"""The dashboard's endpoints in-process: actors by name, lookup messages, the map, exports, offline docs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bilateral.models import Actor, CodedDocument, Document, Location
from bilateral.settings import load_settings
from bilateral.store import Store
from bilateral.web import create_app

KIGALI = Location("Kigali", "RWA", "Kigali", -1.95, 30.06, "city")


@pytest.fixture
def client(tmp_path: Path, make_event) -> TestClient:
    """USA-RWA with a person on each side (the old picker named USA after Bush), three events in Kigali,
    one alleged, one negated; and a Congo-Rwanda accusation."""
    bush = Actor("Bush", "George W. Bush", "USAGOV", "USA", "GOV", "person", person="George W. Bush")
    kagame = Actor("Kagame", "Paul Kagame", "RWAGOV", "RWA", "GOV", "person", person="Paul Kagame")
    events = [
        replace(make_event("USAGOV", "RWAGOV", "042", doc_id="d0", date="2021-03-10", location=KIGALI), source=bush),
        replace(make_event("USAGOV", "RWAGOV", "057", doc_id="d1", date="2022-01-12", location=KIGALI,
                           sentence="The United States signed an accord with Rwanda."), target=kagame),
        make_event("USAGOV", "RWAGOV", "043", doc_id="d2", date="2022-02-14", location=KIGALI),
        make_event("USAGOV", "RWAGOV", "112", doc_id="d3", date="2022-03-16", modality="alleged"),
        make_event("USAMIL", "RWAGOV", "190", doc_id="d4", date="2022-05-18", modality="negated"),
        make_event("CODGOV", "RWAGOV", "112", doc_id="d5", date="2022-04-20"),
    ]
    db = tmp_path / "dash.duckdb"
    Store(db).write_batch([CodedDocument(Document(e.doc_id, e.sentence, published=dt.date(2022, 6, 1)), "coded",
                                         (e,), 1) for e in events], "run", window_days=7)
    return TestClient(create_app(load_settings(overrides={"db_path": str(db)})))


def test_web_dashboard_actors_are_named_from_the_knowledge_base(client: TestClient) -> None:
    actors = {a["actor"]: a for a in client.get("/api/actors").json() if a["kind"] != "person"}
    assert actors["USA"]["label"] == "United States" and actors["USA"]["name"] == "United States"
    assert actors["RWA"]["label"] == "Rwanda" and actors["RWA"]["kind"] == "state"
    assert actors["COD"]["label"] == "Democratic Republic of the Congo"
    assert actors["USAGOV"]["label"] == "United States, government"
    people = {a["label"]: a for a in client.get("/api/actors").json() if a["kind"] == "person"}
    assert people["Paul Kagame"]["actor"] == "RWAGOV" and people["Paul Kagame"]["detail"].startswith("RWAGOV")
    assert people["George W. Bush"]["actor"] == "USAGOV"


@pytest.mark.parametrize(("typed", "code"), [
    ("USA", "USA"), ("rwa", "RWA"), ("Rwanda", "RWA"), ("United States of America", "USA"),
    ("Paul Kagame", "RWAGOV"), ("Kagame", "RWAGOV"), ("United States (USA)", "USA"),
    ("Rwanda, government (RWAGOV)", "RWAGOV"),
    ("Democratic Republic of the Congo", "COD"), ("DRC", "COD"),
])
def test_web_dashboard_lookup_finds_one_actor(client: TestClient, typed: str, code: str) -> None:
    body = client.get("/api/actors/lookup", params={"q": typed}).json()
    assert body["actor"] is not None and body["actor"]["actor"] == code, body
    assert body["message"] is None


def test_web_dashboard_lookup_says_why_in_a_sentence(client: TestClient) -> None:
    congo = client.get("/api/actors/lookup", params={"q": "Congo"}).json()
    assert congo["actor"] is None
    assert congo["message"].startswith("“Congo” can mean several actors")
    assert [s["actor"] for s in congo["suggestions"]] == ["COD", "COG"]
    unknown = client.get("/api/actors/lookup", params={"q": "Narnia"}).json()
    assert unknown["actor"] is None and unknown["message"].startswith("No actor called “Narnia”")
    typo = client.get("/api/actors/lookup", params={"q": "Rwandaa"}).json()
    assert typo["actor"] is None and "Did you mean Rwanda (RWA)" in typo["message"]
    assert client.get("/api/actors/lookup", params={"q": ""}).json()["message"].startswith("Type a country")
    assert client.get("/api/actors/lookup", params={"q": "x" * 201}).status_code == 422


def test_web_dashboard_map_has_outlines_and_one_label_per_place(client: TestClient) -> None:
    spec = client.get("/api/charts/map", params={"a": "USA", "b": "RWA"}).json()
    base, shaded, circles, labels = spec["layer"]
    assert base["data"]["url"] == "/static/geo/countries-110m.json"
    assert shaded["transform"][0]["filter"]["oneOf"] == ["646", "840"]  # Rwanda and the United States
    assert [r["place"] for r in labels["data"]["values"]] == ["Kigali"]
    assert circles["data"]["values"][0]["events"] == 3
    assert client.get("/api/charts/map", params={"a": "USA", "b": "RWA", "until": "2021-12-31"}).json()[
        "layer"][2]["data"]["values"][0]["events"] == 1
    assert client.get("/api/charts/map", params={"a": "COD", "b": "RWA"}).json() == {}
    outlines = client.get("/static/geo/countries-110m.json")
    assert outlines.status_code == 200 and outlines.json()["type"] == "Topology"
    assert "public domain" in client.get("/static/geo/LICENSE.txt").text
    assert client.get("/static/geo/secret.txt").status_code == 404


def test_web_dashboard_export_writes_the_view(client: TestClient) -> None:
    r = client.get("/api/export", params={"a": "USA", "b": "RWA", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"] == 'attachment; filename="events-USA-RWA.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(x["cameo"] for x in rows) == ["042", "043", "057"]  # asserted only by default
    both = client.get("/api/export", params={"a": "USA", "b": "RWA", "format": "jsonl",
                                              "modality": "asserted,alleged", "since": "2022-01-01"})
    lines = [json.loads(x) for x in both.text.splitlines()]
    assert sorted(e["cameo"] for e in lines) == ["043", "057", "112"] and both.headers["x-events"] == "3"
    assert 'filename="events-USA-RWA-2022-01-01.jsonl"' in both.headers["content-disposition"]
    words = client.get("/api/export", params={"a": "USA", "b": "RWA", "format": "jsonl", "q": "ACCORD"})
    assert [json.loads(x)["cameo"] for x in words.text.splitlines()] == ["057"]
    typed = client.get("/api/export", params={"a": "USA", "b": "RWA", "format": "jsonl", "type": "CONSULT"})
    assert sorted(json.loads(x)["cameo"] for x in typed.text.splitlines()) == ["042", "043"]
    assert client.get("/api/export", params={"a": "USA", "b": "RWA", "format": "xlsx"}).status_code == 422
    assert client.get("/api/export", params={"a": "USA", "b": "RWA", "modality": "bogus"}).status_code == 400


def test_web_dashboard_chart_and_events_follow_the_modality_and_dates(client: TestClient) -> None:
    def total(spec: dict) -> int:
        return sum(v["events"] for v in spec["layer"][0]["data"]["values"])

    params = {"a": "USA", "b": "RWA", "freq": "year"}
    assert total(client.get("/api/charts/relationship", params=params).json()) == 3
    assert total(client.get("/api/charts/relationship", params={**params, "modality": "asserted,alleged"}).json()) == 4
    assert total(client.get("/api/charts/relationship", params={**params, "since": "2022-01-01"}).json()) == 2
    assert client.get("/api/charts/relationship", params={**params, "modality": "negated"}).status_code == 400
    listed = client.get("/api/events", params={"a": "USA", "b": "RWA", "modality": "negated"}).json()
    assert [e["cameo"] for e in listed["events"]] == ["190"]
    assert client.get("/api/events", params={"a": "USA", "b": "RWA"}).json()["total"] == 5


def test_web_dashboard_page_and_docs_are_served_offline(client: TestClient) -> None:
    page = client.get("/").text
    assert 'src="/static/dashboard.js"' in page and 'href="/static/dashboard.css"' in page
    for name in ("/static/dashboard.js", "/static/dashboard.css"):
        body = client.get(name)
        assert body.status_code == 200 and "https://" not in body.text and "cdn" not in body.text.lower()
    docs = client.get("/docs")
    assert docs.status_code == 200 and "https://" not in docs.text and "/static/docs/swagger-ui-bundle.js" in docs.text
    redoc = client.get("/redoc")
    assert redoc.status_code == 200 and "https://" not in redoc.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "favicon.png"):
        assert client.get(f"/static/docs/{asset}").status_code == 200
    assert client.get("/static/docs/index.html").status_code == 404
    assert "/api/actors/lookup" in client.get("/openapi.json").json()["paths"]
