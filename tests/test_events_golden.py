"""Golden cases of the rule coder: sentences written for these tests, actor spans marked in the file.

Each line of ``tests/data/events_golden.jsonl`` has the sentence, the actor names it contains with their
codes (coded here by exact string match, longest first, so the test does not depend on the actor
resolver), and the exact set of (source, target, cameo, modality) the coder must produce at or above
the pipeline's minimum confidence.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from bilateral.events import Lexicon, code_events
from bilateral.models import Actor, Mention
from bilateral.nlp import split_sentences
from bilateral.settings import Settings

GOLDEN = Path(__file__).parent / "data" / "events_golden.jsonl"
CASES: list[dict[str, Any]] = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()
                               if line.strip()]


def marked_mentions(sent: Doc, actors: dict[str, str]) -> list[Mention]:
    """Mentions for the actor names listed in a golden case, matched as whole words, longest first."""
    out: list[Mention] = []
    for name in sorted(actors, key=len, reverse=True):
        code = actors[name]
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(o.start < span.end and span.start < o.end for o in out):
                continue
            international = code[:3] in ("IGO", "NGO")
            actor = Actor(text=name, name=name, code=code, country=None if international else code[:3],
                          sector=code[3:6] or None, kind="state")
            out.append(Mention(actor, span.start, span.end, m.start(), m.end()))
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_events_golden_case(case: dict[str, Any], nlp: Language) -> None:
    lexicon = Lexicon.load()
    got: set[tuple[Any, ...]] = set()
    for span in split_sentences(case["text"]):
        sent = nlp(span.text)
        for event in code_events(sent, span, case["id"], marked_mentions(sent, case["actors"]), lexicon):
            if event.confidence >= Settings().min_confidence:
                got.add((event.source.code, event.target.code if event.target else None, event.cameo,
                         event.modality))
    want = {(e["source"], e["target"], e["cameo"], e["modality"]) for e in case["events"]}
    assert got == want


def test_events_golden_covers_every_plover_type() -> None:
    from bilateral.codes import PLOVER_TYPES, load_codes
    codes = load_codes()
    seen = {codes.get(e["cameo"]).plover for c in CASES for e in c["events"]}
    assert set(PLOVER_TYPES) <= seen
    assert len(CASES) >= 40
