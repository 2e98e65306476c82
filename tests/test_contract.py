"""The event output contract of DESIGN.md, field by field, on the bundled sample corpus.

Tools outside the package read these fields; the test codes the whole sample corpus with
``bilateral code`` (event mentions) and ``bilateral events`` after an ingest (stored events) and checks
every object, so a renamed field, a wrong type or an offset that no longer points at its sentence fails here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bilateral.cli import app
from bilateral.codes import load_codes
from bilateral.ingest import read_inputs
from bilateral.models import ACTOR_KINDS, MODALITIES, SECTORS, Document
from bilateral.samples import sample_corpus
from bilateral.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.model]

FIELDS = ["event_id", "doc_id", "sentence_index", "sentence", "char_start", "char_end", "date", "date_precision",
          "date_source", "source", "target", "event_type", "cameo", "quad_class", "goldstein", "modality",
          "location", "trigger", "confidence", "coder"]
ACTOR_FIELDS = ["text", "name", "code", "country", "sector", "kind"]
DATE_SHAPES = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {d.id: d.text for d in read_inputs([str(sample_corpus())], Settings()) if isinstance(d, Document)}


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _check_actor(actor: dict[str, Any]) -> None:
    assert list(actor) == ACTOR_FIELDS
    assert isinstance(actor["text"], str) and actor["text"]
    assert re.fullmatch(r"(?:[A-Z]{3}|---)[A-Z0-9]*", actor["code"]), actor
    assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"])
    assert actor["sector"] is None or actor["sector"] in SECTORS
    assert actor["kind"] in ACTOR_KINDS
    if actor["country"] is None:
        # international bodies, CAMEO's transnational armed groups (IMG) and "---" (no country known)
        assert actor["code"].startswith(("IGO", "NGO", "IMG", "---")), actor


def _check_event(event: dict[str, Any], texts: dict[str, str]) -> None:
    codes = load_codes()
    assert list(event)[:len(FIELDS)] == FIELDS
    assert re.fullmatch(r"[0-9a-f]{8,}", event["event_id"])
    text = texts[event["doc_id"]]
    assert isinstance(event["sentence_index"], int) and event["sentence_index"] >= 0
    assert text[event["char_start"]:event["char_end"]] == event["sentence"], "offsets point at the sentence"
    if event["date"] is None:
        assert event["date_precision"] is None
    else:
        assert re.fullmatch(DATE_SHAPES[event["date_precision"]], event["date"])
        assert event["date_source"] in ("text", "publication")
    _check_actor(event["source"])
    if event["target"] is not None:
        _check_actor(event["target"])
        assert event["target"]["code"] != event["source"]["code"], "an actor never acts on itself"
    entry = codes.get(event["cameo"])
    assert re.fullmatch(r"\d{2,4}", event["cameo"]) and entry.plover == event["event_type"]
    assert event["event_type"] is not None or event["cameo"][:2] == "01", "only CAMEO 01 statements are untyped"
    root = int(event["cameo"][:2])
    assert event["quad_class"] == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4), "by CAMEO root"
    assert event["goldstein"] == entry.goldstein
    assert event["modality"] in MODALITIES
    if event["location"] is not None:
        assert list(event["location"]) == ["name", "country", "admin1", "lat", "lon", "precision"]
        assert event["location"]["precision"] in ("city", "admin1", "country")
        assert -90 <= event["location"]["lat"] <= 90 and -180 <= event["location"]["lon"] <= 180
    assert event["trigger"].strip()
    assert 0.0 <= event["confidence"] <= 1.0
    assert event["coder"] == "bilateral.rules/1"


def test_contract_event_mentions_of_the_sample_corpus(texts: dict[str, str]) -> None:
    result = CliRunner().invoke(app, ["code", str(sample_corpus()), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = _lines(result.stdout)
    assert len(events) > 100
    for event in events:
        _check_event(event, texts)
    assert {e["event_type"] for e in events} >= {"CONSULT", "ACCUSE", "SANCTION", "AGREE", "REQUEST"}


def test_contract_stored_events_add_mentions(texts: dict[str, str], tmp_path: Path) -> None:
    db = str(tmp_path / "contract.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(sample_corpus()), "--db", db, "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["events", "--db", db, "--dyad", "USA", "RWA", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = _lines(result.stdout)
    assert events
    for event in events:
        _check_event(event, texts)
        assert list(event)[len(FIELDS):] == ["num_mentions", "num_documents", "mentions", "date_start", "date_end",
                                             "document"]
        assert event["document"] is not None and (event["date"] is None or event["date_start"] <= event["date_end"])
        assert event["num_mentions"] == len(event["mentions"]) >= 1
        assert event["num_documents"] == len({m["doc_id"] for m in event["mentions"]})
        for m in event["mentions"]:
            assert list(m) == ["doc_id", "sentence_index", "sentence", "char_start", "char_end"]
            assert texts[m["doc_id"]][m["char_start"]:m["char_end"]] == m["sentence"]
    assert any(e["num_documents"] > 1 for e in events), "the same happening reported by two articles"
    # the demo's US-Rwanda timeline counts only what happened: no negated, hypothetical or announced event
    timeline = json.loads(runner.invoke(app, ["timeline", "USA", "RWA", "--db", db, "--freq", "year",
                                              "--format", "json"]).stdout)
    counted = [e for e in events if e["modality"] == "asserted" and e["date"]]
    assert sum(p["events"] for p in timeline["points"]) == len(counted)
    assert sum(timeline["not_counted"].values()) == sum(e["modality"] != "asserted" for e in events)
