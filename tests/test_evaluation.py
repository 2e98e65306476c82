"""Tests of the evaluation harness: gold reading, scoring arithmetic, predictions, shared gold files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from bilateral.errors import InputError
from bilateral.evaluation import GoldEvent, GoldRecord, evaluate, read_gold, score
from bilateral.models import Actor, Mention
from bilateral.settings import Settings

SHARED_EVAL = Path("/work/shared/eval")


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_evaluation_read_gold_maps_plover_2021_and_country_codes(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", [{"id": "a", "text": "x", "date": "2020-05-01", "events": [
        {"source": "jap", "target": "USA", "code": None, "plover": "DISAPPROVE"}]}])
    [record] = read_gold(gold)
    assert record.date == dt.date(2020, 5, 1)
    assert record.events == (GoldEvent("JPN", "USA", None, "ACCUSE"),)


def test_evaluation_read_gold_bad_line_names_file_and_line(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "a", "text": "x", "date": null, "events": []}\n{"id": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"g.jsonl:2: bad gold record"):
        read_gold(gold)


def test_evaluation_score_arithmetic() -> None:
    gold = [
        GoldRecord("1", "t", None, (GoldEvent("RWA", "USA", "042", "CONSULT"),
                                    GoldEvent("USA", "RWA", "043", "CONSULT"))),
        GoldRecord("2", "t", None, ()),
        GoldRecord("3", "t", None, ()),
    ]
    pred = {"1": [GoldEvent("RWA", "USA", "040", "CONSULT")], "3": [GoldEvent("RWA", "COD", "190", "ASSAULT")]}
    result = score(gold, pred)
    full, root, plover = result.levels["full"], result.levels["root"], result.levels["plover"]
    assert (full.tp, full.fp, full.fn) == (0, 2, 2)
    assert (root.tp, root.fp, root.fn) == (1, 1, 1)
    assert (plover.precision, plover.recall) == (0.5, 0.5)
    assert plover.f1 == pytest.approx(0.5)
    assert (result.no_event_total, result.no_event_correct) == (2, 1)
    assert result.exact_match == 1
    assert result.to_dict()["plover"] == {"P": 0.5, "R": 0.5, "F1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert "plover" in result.table()
    kind = result.levels["type"]
    assert (kind.tp, kind.fp, kind.fn) == (1, 1, 1)
    assert result.type_accuracy == 1.0
    consult, assault = result.by_type["CONSULT"], result.by_type["ASSAULT"]
    assert (consult.tp, consult.fp, consult.fn) == (1, 0, 1)
    assert (assault.tp, assault.fp, assault.fn) == (0, 1, 0)
    assert "ASSAULT" in result.table() and result.to_dict()["type_accuracy_on_matched_dyads"] == 1.0


def _name_resolver(names: dict[str, str]) -> Any:
    def resolve(sent: Any, text: str, on: dt.date | None) -> list[Mention]:
        out = []
        for tok in sent:
            if tok.text in names:
                c = names[tok.text]
                out.append(Mention(Actor(tok.text, tok.text, c, c[:3], c[3:], "state"), tok.i, tok.i + 1,
                                   tok.idx, tok.idx + len(tok)))
        return out
    return resolve


def test_evaluation_evaluate_runs_chain_and_writes_predictions(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", [
        {"id": "v", "text": "Ruto visited Kigali on Monday.", "date": "2023-01-02",
         "events": [{"source": "KEN", "target": "RWA", "code": "042", "plover": "CONSULT"}]},
        {"id": "n", "text": "Kigali is a clean and hilly city.", "date": None, "events": []},
    ])
    pred = tmp_path / "p.jsonl"
    result = evaluate(gold, Settings(), pred_path=pred,
                      resolver=_name_resolver({"Ruto": "KENGOV", "Kigali": "RWAGOV"}))
    assert result.levels["full"].tp == 1 and result.levels["full"].fp == 0
    assert (result.no_event_total, result.no_event_correct) == (1, 1)
    rows = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["id"] == "v" and rows[0]["events"][0]["code"] == "042"
    assert rows[1] == {"id": "n", "events": []}


@pytest.mark.parametrize("name", ["plover_gsr_cameo.jsonl", "cameo_codebook_examples.jsonl"])
def test_evaluation_shared_gold_runs(name: str) -> None:
    path = SHARED_EVAL / name
    if not path.exists():
        pytest.skip("shared evaluation data absent")
    actors = pytest.importorskip("bilateral.actors")
    if not hasattr(actors, "resolve_actors"):
        pytest.skip("bilateral.actors has no resolve_actors yet")
    result = evaluate(path, Settings())
    assert result.sentences > 100
    for level in result.levels.values():
        assert 0.0 <= level.precision <= 1.0 and 0.0 <= level.recall <= 1.0
    assert result.predicted_events >= 0
