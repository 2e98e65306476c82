"""How commands write data: ``--format`` and ``-o`` everywhere, machine formats never wrapped or coloured.

Rich wraps printed text at the terminal's width (80 columns when stdout is a file or a pipe) and colours
JSON, which breaks CSV headers and JSON for the program reading them. Machine formats (csv, json, jsonl,
tsv) are therefore written as plain text, to ``-o FILE`` or to stdout; only tables go through Rich.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from bilateral.cli.common import out

OutputOption = Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file (default: stdout).")]
CountedOption = Annotated[str | None, typer.Option(
    "--modality", help="Which events to count: asserted (default), or asserted,alleged. Negated, future and "
                       "hypothetical events are never counted; they are listed apart.")]


def emit(text: str, output: Path | None) -> None:
    """Plain text to a file or stdout, as it is (no wrapping, no colour, no markup)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.write_text(text, encoding="utf-8")


def emit_json(data: Any, output: Path | None) -> None:
    """Indented JSON to a file or stdout, never coloured."""
    emit(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n", output)


def emit_table(table: Table, output: Path | None, note: str | None = None) -> None:
    """A Rich table (and a closing note) to the terminal, or as plain text to a file."""
    if output is None:
        out.print(table)
        if note:
            out.print(note, highlight=False, markup=False, soft_wrap=True)
        return
    with output.open("w", encoding="utf-8") as f:
        console = Console(file=f, width=200, no_color=True, highlight=False)
        console.print(table)
        if note:
            console.print(note, markup=False, soft_wrap=True)


def plural(n: int, noun: str) -> str:
    """``1 event``, ``2 events``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def say_written(what: str, output: Path | None) -> None:
    """Tell the user (on the terminal) what went to the ``-o`` file."""
    if output is not None:
        out.print(f"{what} written to {output}", highlight=False, markup=False, soft_wrap=True)
