"""The command line: every command documented, errors as one line and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_cli_every_command_has_help_and_is_in_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    commands = _commands()
    assert {"ingest", "events", "eval", "timeline", "report", "network", "serve"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert f"bilateral {name}" in readme, f"`bilateral {name}` is not documented in README.md"


def test_cli_missing_store_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "no such store" in result.output and "Traceback" not in result.output


def test_cli_bad_config_file_is_exit_1(tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("batch_sise = 3\n")
    result = runner.invoke(app, ["settings", "--config", str(cfg)])
    assert result.exit_code == 1 and "unknown setting(s) batch_sise" in result.output


@pytest.mark.parametrize("args", [["events", "--near", "north"], ["events", "--actor", "R W A"],
                                  ["events", "--since", "last week"]])
def test_cli_bad_query_values_are_exit_1(tmp_path: Path, args: list[str]) -> None:
    from bilateral.store import Store

    db = tmp_path / "s.duckdb"
    Store(db).init()
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("error:")


def test_cli_usage_error_is_exit_2() -> None:
    assert runner.invoke(app, ["events", "--no-such-option"]).exit_code == 2
