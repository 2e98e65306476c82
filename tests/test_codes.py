"""CAMEO and PLOVER tables: facts of the published standards."""

from __future__ import annotations

import pytest

from bilateral.codes import PLOVER_TYPES, QUAD_CLASS, cameo_to_plover, load_codes
from bilateral.errors import KnowledgeError


@pytest.mark.parametrize(("code", "plover", "quad", "goldstein"), [
    ("042", "CONSULT", 1, 1.9), ("043", "CONSULT", 1, 2.8), ("057", "SUPPORT", 1, 8.0),
    ("112", "ACCUSE", 3, -2.0), ("1621", "SANCTION", 4, -5.6), ("163", "COERCE", 4, -8.0),
    ("174", "COERCE", 4, -5.0), ("190", "ASSAULT", 4, -10.0), ("0234", "REQUEST", 3, 3.4),
])
def test_codes_known_entries(code: str, plover: str, quad: int, goldstein: float) -> None:
    entry = load_codes().get(code)
    assert (entry.plover, entry.quad_class, entry.goldstein) == (plover, quad, goldstein)


def test_codes_statements_have_no_plover_type() -> None:
    assert cameo_to_plover("010") is None
    assert load_codes().get("010").quad_class is None


def test_codes_table_is_complete_and_consistent() -> None:
    table = load_codes()
    assert len(table.entries) == 312
    assert set(QUAD_CLASS) == set(PLOVER_TYPES)
    used = {e.plover for e in table.entries.values() if e.plover}
    assert used == set(PLOVER_TYPES)


def test_codes_unknown_code_is_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="unknown CAMEO code '999'"):
        load_codes().get("999")
