"""The command line: thin shells over the library, one module per group of commands.

Each command parses its options, calls one library function and maps its exceptions to exit codes
(see ``bilateral.cli.common``).
"""

from bilateral.cli import actors, analysis, code, evaluate, events, ingest, serve  # noqa: F401 - registers the commands
from bilateral.cli.common import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``bilateral`` script."""
    app()
