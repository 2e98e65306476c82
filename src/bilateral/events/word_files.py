"""The packaged word files of single constructions (``data/lexicon/*.json``: stance participles, linked
participles, faced charges, support words, facilities, weapon systems), read one way.

Each rule module keeps its own file, its own record of the words and its own cache; this reads the file and turns
any fault in it into one clear ``KnowledgeError`` naming the file and pointing at its 'about', so each loader says
only what it builds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields
from importlib import resources
from typing import Any, TypeVar

from bilateral.errors import KnowledgeError

T = TypeVar("T")


def read_word_file(name: str, what: str, build: Callable[[Any], T]) -> T:
    """``build`` applied to the JSON of ``data/lexicon/<name>``; a file ``build`` cannot read (a key missing, a
    value of the wrong kind, broken JSON) raises a ``KnowledgeError`` that names the file and ``what`` it holds."""
    path = resources.files("bilateral") / "data" / "lexicon" / name
    try:
        return build(json.loads(path.read_text(encoding="utf-8")))
    except (KeyError, TypeError, AttributeError, ValueError) as e:
        raise KnowledgeError(f"{path}: malformed {what} ({e}); see its 'about' for the format") from e


def word_sets(record: type[T]) -> Callable[[Any], T]:
    """The ``build`` of a record whose fields are all word sets: each field is the list under the key of its own
    name, as a frozenset ("the words of the construction" records of abroad_plotters, charge_answers,
    repatriated_groups), so such a module declares its record and nothing else to read it."""
    def build(data: Any) -> T:
        names = [f.name for f in fields(record)]  # type: ignore[arg-type]  # a dataclass record, as documented
        return record(**{name: frozenset(str(w) for w in data[name]) for name in names})
    return build
