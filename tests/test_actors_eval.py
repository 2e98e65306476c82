"""Actor recall on the PLOVER gold sentences: share of gold source/target countries the resolver finds.

Reads /work/shared/eval (skips when absent); nothing from it is copied into the project.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.nlp import load_nlp
from bilateral.settings import Settings

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "plover_gsr_cameo.jsonl"
ALIASES = {"JAP": "JPN"}


@pytest.mark.skipif(not GOLD.exists(), reason="shared eval data absent")
def test_actors_eval_gold_country_recall() -> None:
    settings = Settings()
    kb, nlp = KnowledgeBase.load(settings), load_nlp(settings)
    total = found = 0
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        on = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        mentions = resolve_actors(nlp(record["text"]), kb, on)
        seen = {m.actor.country or m.actor.code[:3] for m in mentions}
        for event in record["events"]:
            for side in ("source", "target"):
                code = event.get(side)
                if code:
                    total += 1
                    found += ALIASES.get(code, code) in seen
    assert total > 300
    assert found / total >= 0.85, f"actor recall {found}/{total} = {found / total:.3f}"
