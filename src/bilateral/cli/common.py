"""What every command shares: the Typer app, error handling (exit codes), settings and store options.

Exit codes are a contract: 0 success; 1 a BilateralError (one line on stderr); 2 usage error (Typer);
3 finished, but some inputs failed (listed in the run report).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from bilateral.errors import BilateralError
from bilateral.settings import Settings, load_settings
from bilateral.store import Store

EXIT_ERROR = 1
EXIT_INPUT_FAILURES = 3

app = typer.Typer(
    name="bilateral",
    help="Turn news articles into a sourced, dated dataset of political events and dyad time series.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)
"""Errors, failures and progress: never wrapped, so each stays one line in a log (no width off a terminal)."""
out = Console()

F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB store file (default: settings db_path, ./bilateral.duckdb).")
]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="Settings file (TOML).")]


def handles_errors(fn: F) -> F:
    """Turn a BilateralError into one line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("bilateral.ingest").setLevel(logging.WARNING)  # altered text, renamed ids: say so
        try:
            return fn(*args, **kwargs)
        except BilateralError as e:
            err.print(f"error: {one_line(str(e))}", markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(EXIT_ERROR) from None

    return wrapper  # type: ignore[return-value]


def settings_from(config: Path | None, db: Path | None, **overrides: Any) -> Settings:
    """Settings from the config file and command-line overrides."""
    changes = {k: v for k, v in overrides.items() if v is not None}
    if db is not None:
        changes["db_path"] = str(db)
    return load_settings(config, changes)


def one_line(text: str) -> str:
    """``text`` on one line: a message quoting a multi-line error stays one line of the log."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def say_waiting(message: str) -> None:
    """Tell the user that a command waits for another process's lock on the store."""
    err.print(f"waiting: {message}", markup=False, highlight=False, soft_wrap=True)


def store_from(settings: Settings) -> Store:
    """The store named by the settings; a wait for another process's lock is announced on stderr."""
    return Store(settings.db_path, on_wait=say_waiting)
