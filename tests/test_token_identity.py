"""spaCy makes a new ``Token`` object each time one is reached (``doc[0] is doc[0]`` is False), so comparing
tokens with ``is`` is always false and silently disables the check (the parse root's ``tok.head is tok``,
"the object is not the matched noun"). Tokens compare with ``==`` (same document, same index); this test keeps
the event and actor rules free of identity comparisons between tokens."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

SOURCES = Path(__file__).resolve().parents[1] / "src" / "bilateral"
_TOKEN_NAMES = frozenset({"tok", "token", "verb", "noun", "head", "obj", "dobj", "patient", "pobj", "clause",
                          "trigger", "anchor", "subj", "w", "word", "root"})
"""Names the rules give tokens (and attributes holding one: ``frame.trigger``, ``tok.head``)."""


def _names_token(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in _TOKEN_NAMES
    return isinstance(node, ast.Attribute) and node.attr in _TOKEN_NAMES


def _identity_comparisons(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            left = node.left
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, ast.Is | ast.IsNot) and _names_token(left) and _names_token(right):
                    found.append(f"{node.lineno}: {ast.unparse(node)}")
                left = right
    return found


def test_token_identity_spacy_tokens_are_not_identical_objects() -> None:
    doc = spacy.blank("en")("Kenya met Uganda")
    assert doc[0] is not doc[0] and doc[0] == doc[0] and doc[0] != doc[1]


def test_token_identity_the_finder_flags_token_identity_and_leaves_none_checks() -> None:
    assert _identity_comparisons("if tok.head is tok: pass\nif dobj is not obj: pass")
    assert not _identity_comparisons("if tok.head == tok: pass\nif obj is None: pass\nif frame is other: pass")


def test_token_identity_rules_compare_tokens_by_equality() -> None:
    found = {str(p.relative_to(SOURCES)): hits for p in SOURCES.rglob("*.py")
             if (hits := _identity_comparisons(p.read_text(encoding="utf-8")))}
    assert found == {}
