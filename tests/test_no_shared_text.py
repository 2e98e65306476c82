"""The project's own text holds no run of seven words from the shared eval sets or corpus.

Examples in docstrings and comments, test sentences and README examples must be invented (other actors, places,
numbers and wording, the same construction): the eval sets measure the coder, and a rule or test written on their
sentences would measure nothing. A whole-tree scan in 2026-12 found some seventy such lines from earlier work;
this test keeps them out. Names and definitions are facts and may repeat: CAMEO code names and definitions, the
names of organisations and offices, country names, and the actor records (people and organisations). Reads
``../shared`` beside the project and skips when it is absent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_RUN = 7
_WORD = re.compile(r"[a-z0-9]+")
_FOLDERS = ("src", "tests", "bench", "tools", "docs")
_SUFFIXES = frozenset({".py", ".json", ".jsonl", ".tsv", ".md", ".txt", ".html", ".js"})
_FACT_FILES = frozenset({"cameo.json", "organizations.jsonl", "foreign_ministers.jsonl", "public_figures.jsonl"})
"""Files of facts: CAMEO names and definitions, organisation and people records."""
_FACTS = (
    "arrest detain or charge with legal action",
    "express intent to de escalate military engagement",
    "the committee for freedom in hong kong",
    "the democratic forces for the liberation of rwanda",
    "the un high commissioner for human rights",
    "the democratic republic of the congo",
)
"""CAMEO definitions and proper names that any text about them repeats."""


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + _RUN]) for i in range(len(words) - _RUN + 1)}


def _shared_runs() -> set[str]:
    runs: set[str] = set()
    for path in sorted((SHARED / "eval").rglob("*.jsonl")):
        runs |= _runs(path.read_text(encoding="utf-8", errors="ignore"))
    for path in sorted((SHARED / "corpus").rglob("*")):
        if path.is_file():
            runs |= _runs(path.read_text(encoding="utf-8", errors="ignore"))
    return runs


def _allowed(run: str) -> bool:
    """A run inside a fact ("... of the committee for freedom in hong" is part of the name)."""
    return any(run in fact or _overlaps(run, fact) for fact in _FACTS)


def _overlaps(run: str, fact: str) -> bool:
    words, named = run.split(), fact.split()
    return any(" ".join(words[i:]) == " ".join(named[:len(words) - i]) and len(words) - i >= 4
               for i in range(1, len(words)))


def _project_files() -> list[Path]:
    files = [ROOT / "README.md"]
    for folder in _FOLDERS:
        files += [p for p in sorted((ROOT / folder).rglob("*")) if p.is_file() and p.suffix in _SUFFIXES
                  and p.name not in _FACT_FILES and ".venv" not in p.parts and "__pycache__" not in p.parts]
    return files


@pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared absent")
def test_no_shared_text_in_project_files() -> None:
    shared = _shared_runs()
    found: dict[str, list[str]] = {}
    for path in _project_files():
        text = path.read_text(encoding="utf-8", errors="ignore")
        hits = sorted(run for run in _runs(text) & shared if not _allowed(run))
        if hits:
            found[str(path.relative_to(ROOT))] = hits[:3]
    assert found == {}, json.dumps(found, indent=1)


def test_no_shared_text_allows_facts_but_not_sentences() -> None:
    assert _allowed("of the committee for freedom in hong")
    assert _allowed("arrest detain or charge with legal action")
    assert not _allowed("the rebels fired on the convoy at dawn")
