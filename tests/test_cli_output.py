"""One CLI grammar: --format and -o on every command that writes data, machine formats plain (never wrapped or
coloured), --version, --published for undated text (and a note when it is missing), a progress total."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral import __version__
from bilateral.cli import app
from bilateral.ingest.count import count_documents
from bilateral.samples import sample_corpus
from bilateral.store import Store

runner = CliRunner()


def test_cli_output_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"bilateral {__version__}"


@pytest.mark.parametrize("command", ["events", "timeline", "network", "code", "report", "eval"])
def test_cli_output_every_data_command_takes_format_and_output(command: str) -> None:
    text = runner.invoke(app, [command, "--help"], terminal_width=200).stdout
    assert "--format" in text and "--output" in text and "-o" in text, command


def test_cli_output_machine_formats_are_plain_and_o_writes_the_same(dyad_store: Store, tmp_path: Path) -> None:
    base = ["timeline", "USA", "RWA", "--freq", "year", "--db", dyad_store.path]
    shown = runner.invoke(app, [*base, "--format", "csv"])
    assert shown.exit_code == 0
    header = shown.stdout.splitlines()[0]
    assert header == ("period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,"
                      "goldstein_mean,coop_minus_conflict"), "one line, however long"
    written = runner.invoke(app, [*base, "--format", "csv", "-o", str(tmp_path / "t.csv")])
    assert written.exit_code == 0 and (tmp_path / "t.csv").read_text() == shown.stdout
    as_json = runner.invoke(app, [*base, "--format", "json"]).stdout
    assert "\x1b[" not in as_json and json.loads(as_json)["points"]
    table = runner.invoke(app, [*base, "-o", str(tmp_path / "t.txt")])
    assert table.exit_code == 0 and "period" in (tmp_path / "t.txt").read_text()


def test_cli_output_network_json_alias_and_formats(dyad_store: Store, tmp_path: Path) -> None:
    old = runner.invoke(app, ["network", "--json", "--db", dyad_store.path])
    new = runner.invoke(app, ["network", "--format", "json", "--db", dyad_store.path])
    assert old.exit_code == new.exit_code == 0 and json.loads(old.stdout) == json.loads(new.stdout)
    assert runner.invoke(app, ["network", "--format", "csv", "-o", str(tmp_path / "n.csv"), "--db",
                               dyad_store.path]).exit_code == 0
    assert (tmp_path / "n.csv").read_text().splitlines()[0] == "a,b,events,goldstein_mean,cooperative,conflictual"


def test_cli_output_events_brief_and_table_say_1_event(dyad_store: Store) -> None:
    result = runner.invoke(app, ["events", "--db", dyad_store.path, "--dyad", "USA", "UKR", "--format", "brief"])
    assert result.stdout.rstrip().endswith("\n1 event")


def test_cli_output_progress_total_counts_documents_cheaply(tmp_path: Path) -> None:
    assert count_documents([str(sample_corpus())]) == 47
    (tmp_path / "a.csv").write_text("id,text\n1,x\n")
    assert count_documents([str(tmp_path / "a.csv")]) is None, "CSV fields may span lines: no total"
    assert count_documents(["-"]) is None
    (tmp_path / "b.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n')
    assert count_documents([str(tmp_path / "b.jsonl"), str(tmp_path / "missing.txt")]) == 2


def test_cli_output_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path), "--published", "yesterday", "--db",
                                 str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


@pytest.mark.slow
@pytest.mark.model
def test_cli_output_undated_text_is_said_once_and_published_dates_it(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    for i, text in enumerate(["Rwanda accused Uganda of backing the rebels.", "Kenya accused Somalia of arming them."]):
        (notes / f"note{i}.txt").write_text(text + "\n", encoding="utf-8")
    plain = runner.invoke(app, ["code", str(notes), "--format", "jsonl"])
    assert plain.exit_code == 0, plain.output
    assert {json.loads(line)["date"] for line in plain.stdout.splitlines()} == {None}
    assert plain.stderr.count("note: 2 documents had no publication date") == 1 and "--published" in plain.stderr
    dated = runner.invoke(app, ["code", str(notes), "--published", "2022-08-12", "-o", str(tmp_path / "e.jsonl")])
    assert dated.exit_code == 0 and "no publication date" not in dated.stderr
    events = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert events and {e["date"] for e in events} == {"2022-08-12"}
    stored = runner.invoke(app, ["ingest", str(notes / "note0.txt"), "--db", str(tmp_path / "s.duckdb"), "-q"])
    assert stored.exit_code == 0 and "note: 1 document had no publication date" in stored.stderr
