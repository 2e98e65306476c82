"""CAMEO and PLOVER tables: facts of the published standards."""

from __future__ import annotations

import pytest

from bilateral.codes import PLOVER_QUAD, PLOVER_TYPES, cameo_to_plover, load_codes, penta_class_of, quad_class_of
from bilateral.errors import KnowledgeError


@pytest.mark.parametrize(("code", "plover", "quad", "goldstein"), [
    ("042", "CONSULT", 1, 1.9), ("043", "CONSULT", 1, 2.8), ("057", "SUPPORT", 1, 8.0),
    ("112", "ACCUSE", 3, -2.0), ("1621", "SANCTION", 4, -5.6), ("163", "COERCE", 4, -8.0),
    ("174", "COERCE", 4, -5.0), ("190", "ASSAULT", 4, -10.0), ("0234", "REQUEST", 1, 3.4),
    ("020", "REQUEST", 1, 3.0), ("036", "AGREE", 1, 4.0), ("0831", "CONCEDE", 2, 5.0), ("128", "REJECT", 3, -5.0),
])
def test_codes_known_entries(code: str, plover: str, quad: int, goldstein: float) -> None:
    entry = load_codes().get(code)
    assert (entry.plover, entry.quad_class, entry.goldstein) == (plover, quad, goldstein)


def test_codes_statements_have_no_plover_type() -> None:
    assert cameo_to_plover("010") is None
    assert load_codes().get("010").plover_quad is None
    assert load_codes().get("010").quad_class == 1


def test_codes_table_is_complete_and_consistent() -> None:
    table = load_codes()
    assert len(table.entries) == 312
    assert set(PLOVER_QUAD) == set(PLOVER_TYPES)
    used = {e.plover for e in table.entries.values() if e.plover}
    assert used == set(PLOVER_TYPES)


def test_codes_unknown_code_is_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="unknown CAMEO code '999'"):
        load_codes().get("999")


def test_codes_quad_class_follows_the_cameo_root_everywhere() -> None:
    """GDELT's convention: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
    material conflict, whatever the PLOVER type (an appeal, 02x, is cooperation)."""
    expected = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2), **dict.fromkeys(range(9, 14), 3),
                **dict.fromkeys(range(14, 21), 4)}
    for code, entry in load_codes().entries.items():
        assert entry.quad_class == quad_class_of(code) == expected[int(code[:2])], code
        assert penta_class_of(code) == (0 if int(code[:2]) <= 2 else expected[int(code[:2])])


def test_codes_quad_class_of_a_bad_code_is_knowledge_error() -> None:
    with pytest.raises(KnowledgeError, match="root must be 01-20"):
        quad_class_of("21")
