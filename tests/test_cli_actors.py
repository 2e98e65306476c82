"""``bilateral actors resolve`` and ``bilateral actors unresolved`` through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.cli import app

runner = CliRunner()


def _resolve(*args: str) -> dict[str, str | None] | None:
    result = runner.invoke(app, ["actors", "resolve", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("args", "code"), [
    (["Antony Blinken", "--date", "2022-08-11"], "USAGOV"),
    (["Rwandan troops"], "RWAMIL"),
    (["Kigali"], "RWAGOV"),
    (["the Kremlin"], "RUSGOV"),
])
def test_cli_actors_resolve_prints_the_actor_object(args: list[str], code: str) -> None:
    actor = _resolve(*args)
    assert actor is not None and set(actor) == {"text", "name", "code", "country", "sector", "kind"}
    assert actor["code"] == code


def test_cli_actors_resolve_person_out_of_office_is_not_government() -> None:
    actor = _resolve("Antony Blinken", "--date", "2019-01-01")
    assert actor is not None and actor["kind"] == "person" and actor["code"] != "USAGOV"


def test_cli_actors_resolve_unknown_is_null() -> None:
    assert _resolve("xyzzy") is None


def test_cli_actors_resolve_with_context_and_table() -> None:
    result = runner.invoke(app, ["actors", "resolve", "Kagame", "--context", "President Paul Kagame spoke.",
                                 "--date", "2022-08-11", "--format", "table"])
    assert result.exit_code == 0 and "RWAGOV" in result.stdout and "Paul Kagame" in result.stdout


def test_cli_actors_resolve_bad_date_is_usage_error() -> None:
    assert runner.invoke(app, ["actors", "resolve", "Kigali", "--date", "11/08/2022"]).exit_code == 2


def test_cli_actors_resolve_user_file_from_config(tmp_path: Path) -> None:
    people = tmp_path / "jane.csv"
    people.write_text("name,kind,code,office,start\nJane Mwangaza,person,KENGOV,Minister,2020-01-01\n",
                      encoding="utf-8")
    cfg = tmp_path / "b.toml"
    cfg.write_text(f"actor_files = [{json.dumps(str(people))}]\n", encoding="utf-8")
    assert _resolve("Jane Mwangaza", "--date", "2021-05-01") is None
    actor = _resolve("Jane Mwangaza", "--date", "2021-05-01", "--config", str(cfg))
    assert actor is not None and actor["code"] == "KENGOV"
    earlier = _resolve("Jane Mwangaza", "--date", "2019-01-01", "--config", str(cfg))
    assert earlier is not None and earlier["code"] != "KENGOV"


def test_cli_actors_resolve_bad_user_file_is_one_line_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("[USAGOV]\n", encoding="utf-8")
    cfg = tmp_path / "b.toml"
    cfg.write_text(f"actor_files = [{json.dumps(str(bad))}]\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", "resolve", "Kigali", "--config", str(cfg)])
    assert result.exit_code == 1 and result.output.startswith("error:") and "bad.txt:1" in result.output


def test_cli_actors_unresolved_lists_names_of_the_store(tmp_path: Path) -> None:
    inputs = tmp_path / "news.jsonl"
    texts = ["President Paul Kagame met Tobias Venner in Kigali on Monday.", "Tobias Venner left Kigali on Friday."]
    inputs.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "published": "2022-08-11"}) + "\n"
                              for i, t in enumerate(texts)), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert runner.invoke(app, ["ingest", str(inputs), "--db", str(db), "-q"]).exit_code == 0
    result = runner.invoke(app, ["actors", "unresolved", "--db", str(db), "--format", "json", "-q", "--limit", "1"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [{"text": "Tobias Venner", "label": "PERSON", "count": 2, "documents": 2, "example": texts[0]}]
    table = runner.invoke(app, ["actors", "unresolved", "--db", str(db), "--max-docs", "1"])
    assert table.exit_code == 0 and "Tobias Venner" in table.stdout and "in 1 documents" in table.stdout


def test_cli_actors_unresolved_missing_store_is_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["actors", "unresolved", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such store" in result.output
