"""Actor benchmark: do the gold actor spans resolve to the gold country?

    python bench/actors.py [GOLD.jsonl]   (default ../shared/eval/plover_gsr_cameo.jsonl)

For every gold event side with a text span (``source_text`` / ``target_text``), the sentence is parsed and
resolved (``bilateral.actors``, coded for the record's date); the side counts as resolved when a mention
overlapping the span carries the gold country (an international body counts when the gold says IGO).
Prints the share resolved, the share the resolver finds anywhere in the sentence, and the most common
misses, so a regression shows as a number. Reads the gold file; copies nothing from it.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.evaluation import COUNTRY_ALIASES
from bilateral.models import Mention
from bilateral.nlp import load_nlp
from bilateral.settings import Settings

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "plover_gsr_cameo.jsonl"


def _country(m: Mention) -> str:
    if m.actor.country:
        return m.actor.country
    return "IGO" if m.actor.sector == "IGO" or m.actor.code.startswith("IGO") else m.actor.code[:3]


def main() -> None:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not gold.exists():
        raise SystemExit(f"{gold}: no gold file (pass one, or put the shared eval data next to the project)")
    settings = Settings()
    kb, nlp = KnowledgeBase.load(settings), load_nlp(settings)
    spans = resolved = anywhere = 0
    misses: Counter[str] = Counter()
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        on = dt.date.fromisoformat(record["date"]) if record.get("date") else None
        doc = nlp(text)
        mentions = resolve_actors(doc, kb, on, kb.document_context(text, on))
        seen = {_country(m) for m in mentions}
        done: set[tuple[str, str]] = set()
        for event in record["events"]:
            for side in ("source", "target"):
                code, span_text = event.get(side), event.get(f"{side}_text")
                if not code or not span_text or (span_text, code) in done:
                    continue
                done.add((span_text, code))
                code = COUNTRY_ALIASES.get(code, code)
                start = text.find(span_text)
                if start < 0:
                    continue
                end = start + len(span_text)
                spans += 1
                anywhere += code in seen
                here = [m for m in mentions if m.start_char < end and start < m.end_char]
                if any(_country(m) == code for m in here):
                    resolved += 1
                else:
                    got = ",".join(sorted({m.actor.code for m in here})) or "nothing"
                    misses[f"{span_text!r} ({code}) -> {got}"] += 1
    print(f"gold actor spans: {spans}")
    print(f"resolved to the gold country at the span: {resolved} ({resolved / spans:.1%})")
    print(f"gold country found anywhere in the sentence: {anywhere} ({anywhere / spans:.1%})")
    print("most common misses:")
    for miss, n in misses.most_common(int(__import__("os").environ.get("MISSES", "25"))):
        print(f"  {n:3d}  {miss}")
    print(f"actor_span_accuracy={resolved / spans:.3f}")


if __name__ == "__main__":
    main()
