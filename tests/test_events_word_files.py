"""The shared reading of per-construction word files (events/word_files.py): a record of word sets is filled from
the keys of its own field names, and a file missing one names itself in a KnowledgeError."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bilateral.errors import KnowledgeError
from bilateral.events.word_files import read_word_file, word_sets


@dataclass(frozen=True, slots=True)
class _Words:
    verbs: frozenset[str]
    nouns: frozenset[str]


def test_word_files_word_sets_fill_each_field_from_its_key() -> None:
    built = word_sets(_Words)({"verbs": ["seize", "board"], "nouns": ["bus"], "about": "ignored"})
    assert built == _Words(frozenset({"seize", "board"}), frozenset({"bus"}))


def test_word_files_a_missing_key_is_a_knowledge_error_naming_the_file() -> None:
    with pytest.raises(KnowledgeError, match=r"charge_answers\.json: malformed test words"):
        read_word_file("charge_answers.json", "test words", word_sets(_Words))
