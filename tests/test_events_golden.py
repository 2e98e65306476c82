"""Golden cases of the rule coder: sentences written for these tests, actor spans marked in the file.

Each line of ``tests/data/events_golden.jsonl`` has the sentence, the actor names it contains with their
codes (coded here by exact string match, longest first, so the test does not depend on the actor
resolver), and the exact set of (source, target, cameo, modality) the coder must produce at or above
the pipeline's minimum confidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from tests.marking import coded_events


GOLDEN = Path(__file__).parent / "data" / "events_golden.jsonl"
CASES: list[dict[str, Any]] = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()
                               if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_events_golden_case(case: dict[str, Any], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, case["text"], case["actors"])}
    want = {(e["source"], e["target"], e["cameo"], e["modality"]) for e in case["events"]}
    assert got == want


def test_events_golden_covers_every_plover_type() -> None:
    from bilateral.codes import PLOVER_TYPES, load_codes
    codes = load_codes()
    seen = {codes.get(e["cameo"]).plover for c in CASES for e in c["events"]}
    assert set(PLOVER_TYPES) <= seen
    assert len(CASES) >= 40
