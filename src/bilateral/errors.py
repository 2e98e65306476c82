"""The one exception tree of bilateral.

Every error the library raises on purpose is a ``BilateralError``; the CLI turns it into exit code 1 and
one line on stderr. Anything else reaching the user is a bug.

::

    BilateralError
    ├── InputError          an input file, record or argument cannot be read or understood
    │   └── InputTooLarge   an input exceeds a size limit set in Settings
    ├── ConfigError         a settings file or option is invalid
    ├── KnowledgeError      a packaged or user data file (actors, lexicon, codes, places) is invalid
    ├── ModelError          the spaCy model is missing or cannot be loaded offline
    ├── StoreError          the DuckDB store cannot be opened, migrated, read or written
    │   └── StoreBusy       another process holds the store's write lock
    └── QueryError          a query names an unknown actor, code, period or parameter
"""

from __future__ import annotations


class BilateralError(Exception):
    """Base of every error bilateral raises on purpose; its message says what to do."""


class InputError(BilateralError):
    """An input file, record or argument cannot be read or understood."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")
        self.reason = message


class InputTooLarge(InputError):
    """An input exceeds a size limit configured in Settings."""


class ConfigError(BilateralError):
    """A settings file or option is invalid."""


class KnowledgeError(BilateralError):
    """A packaged or user-supplied data file (actors, lexicon, codes, places) is invalid."""


class ModelError(BilateralError):
    """The spaCy model is missing or cannot be loaded offline."""


class StoreError(BilateralError):
    """The DuckDB store cannot be opened, migrated, read or written."""


class StoreBusy(StoreError):
    """Another process holds the store's write lock."""


class QueryError(BilateralError):
    """A query names an unknown actor, code, period or parameter."""
