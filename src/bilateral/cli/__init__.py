"""The command line: thin shells over the library, one module per group of commands.

Each command parses its options, calls one library function and maps its exceptions to exit codes
(see ``bilateral.cli.common``).
"""

from typing import Annotated

import typer

from bilateral.cli import actors, analysis, code, evaluate, events, ingest, serve  # noqa: F401 - registers the commands
from bilateral.cli.common import app

__all__ = ["app", "main"]


def _print_version(value: bool) -> None:
    if value:
        from bilateral import __version__

        typer.echo(f"bilateral {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                                   help="Print the version and exit.")] = False) -> None:
    """Turn news articles into a sourced, dated dataset of political events and dyad time series."""


def main() -> None:
    """Entry point of the ``bilateral`` script."""
    app()
