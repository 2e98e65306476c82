"""What analytics count: asserted events by default, alleged ones on request, never negated, future or hypothetical
ones (those are set apart and listed); the same rule in series, change points, networks, the CLI and the API."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bilateral.analysis import actor_network, build_series, counted_modalities, dyad_series, parse_modalities
from bilateral.analysis.counting import set_apart_counts
from bilateral.cli import app
from bilateral.errors import QueryError
from bilateral.models import EventMention, StoredEvent
from bilateral.settings import load_settings
from bilateral.store import Store
from bilateral.web import create_app

runner = CliRunner()


def _stored(event) -> StoredEvent:
    return StoredEvent(event, event.event_id, 1, 1, (EventMention(event.doc_id, event.sentence_index, "s", 0, 1),))


def test_analysis_counting_parses_modalities() -> None:
    assert counted_modalities(None) == ("asserted",)
    assert counted_modalities("asserted,alleged") == ("asserted", "alleged")
    assert counted_modalities(["alleged", " asserted"]) == ("alleged", "asserted")
    assert parse_modalities("negated,future") == ("negated", "future")
    with pytest.raises(QueryError, match="never counted"):
        counted_modalities("asserted,negated")
    with pytest.raises(QueryError, match="unknown modality rumoured"):
        parse_modalities("rumoured")


def test_analysis_counting_negated_hypothetical_future_are_set_apart(make_event) -> None:
    fight = _stored(make_event("USAMIL", "UKRMIL", "190", date="2022-03-01", modality="negated"))
    found = [fight, _stored(make_event("USAGOV", "UKRGOV", "163", date="2022-05-01", modality="hypothetical",
                                       doc_id="d2")),
             _stored(make_event("USAGOV", "UKRGOV", "042", date="2022-06-01", modality="future", doc_id="d3")),
             _stored(make_event("USAGOV", "UKRGOV", "112", date="2022-07-01", modality="alleged", doc_id="d4"))]
    series = build_series(found, "USA", "UKR", directed=False, freq="year")
    assert [p.events for p in series.points] == [] and series.modalities == ("asserted",)
    assert set_apart_counts(series.set_apart) == {"alleged": 1, "announced": 1, "hypothetical": 1, "denied": 1}
    alleged = build_series(found, "USA", "UKR", directed=False, freq="year", modalities=("asserted", "alleged"))
    assert [(p.events, p.quad_counts, p.goldstein_sum) for p in alleged.points] == [(1, (0, 0, 1, 0), -2.0)]
    assert len(alleged.set_apart) == 3


def test_analysis_counting_store_series_and_network(dyad_store: Store) -> None:
    series = dyad_series(dyad_store, "USA", "RWA", freq="year")
    counted = [s for evs in series.events for s in evs]
    assert {s.event.modality for s in counted} == {"asserted"}
    assert sum(p.events for p in series.points) == 4 and series.coarser == 0 and series.undated == 1
    assert set_apart_counts(series.set_apart) == {"alleged": 1, "announced": 1, "hypothetical": 1, "denied": 1}
    assert dyad_series(dyad_store, "USA", "UKR", freq="year").points == ()
    ties = {(a, b): d["events"] for a, b, d in actor_network(dyad_store).edges(data=True)}
    assert ties == {("USA", "RWA"): 5}, "the negated USA-UKR fight is no tie; RWA-USA holds 5 asserted events"
    assert actor_network(dyad_store, modalities=("asserted", "alleged")).edges[("USA", "RWA")]["events"] == 6


def test_analysis_counting_timeline_and_events_commands(dyad_store: Store) -> None:
    result = runner.invoke(app, ["timeline", "USA", "UKR", "--freq", "year", "--db", dyad_store.path,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["points"] == [] and body["not_counted"] == {"denied": 1} and body["modalities"] == ["asserted"]
    both = json.loads(runner.invoke(app, ["timeline", "USA", "RWA", "--freq", "year", "--db", dyad_store.path,
                                          "--format", "json", "--modality", "asserted,alleged"]).stdout)
    assert sum(p["events"] for p in both["points"]) == 5 and "alleged" not in both["not_counted"]
    table = runner.invoke(app, ["timeline", "USA", "RWA", "--db", dyad_store.path])
    assert "Not counted: 1 alleged, 1 announced, 1 hypothetical, 1 denied" in " ".join(table.stdout.split())
    bad = runner.invoke(app, ["timeline", "USA", "RWA", "--db", dyad_store.path, "--modality", "negated"])
    assert bad.exit_code == 1 and "never counted" in bad.stderr
    denied = runner.invoke(app, ["events", "--db", dyad_store.path, "--modality", "negated", "--format", "jsonl"])
    assert [json.loads(line)["modality"] for line in denied.stdout.splitlines()] == ["negated", "negated"]


def test_analysis_counting_api(dyad_store: Store) -> None:
    client = TestClient(create_app(load_settings(overrides={"db_path": dyad_store.path})))
    body = client.get("/api/series", params={"a": "USA", "b": "UKR", "freq": "year"}).json()
    assert body["points"] == [] and body["not_counted"] == {"denied": 1}
    assert [(e["modality"], e["label"]) for e in body["set_apart"]] == [("negated", "denied")]
    rwa = client.get("/api/series", params={"a": "USA", "b": "RWA", "freq": "year",
                                            "modality": "asserted,alleged"}).json()
    assert sum(p["events"] for p in rwa["points"]) == 5 and rwa["modalities"] == ["asserted", "alleged"]
    assert client.get("/api/series", params={"a": "USA", "b": "RWA", "modality": "negated"}).status_code == 400
    assert client.get("/api/changepoints", params={"a": "USA", "b": "RWA", "modality": "future"}).status_code == 400
    assert client.get("/api/changepoints", params={"a": "USA", "b": "RWA"}).status_code == 200
    ties = client.get("/api/network").json()["ties"]
    assert [(t["a"], t["b"], t["events"]) for t in ties] == [("RWA", "USA", 5)]
