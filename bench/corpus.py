"""Build a varied synthetic corpus from the bundled samples, for benchmarks.

Articles are recombined, not copied: each synthetic article takes paragraphs from several sample
articles, swaps actors between comparable pairs, shifts the dateline year, and varies numbers, so
exact- and near-duplicate detection does not make the benchmark trivial.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from bilateral.samples import sample_corpus

SAMPLES = sample_corpus()

SWAPS = [
    ("Rwanda", "Uganda"), ("Rwandan", "Ugandan"), ("Kigali", "Kampala"), ("Kagame", "Museveni"),
    ("Congo", "Burundi"), ("Congolese", "Burundian"), ("Kinshasa", "Gitega"),
    ("Kenya", "Tanzania"), ("Kenyan", "Tanzanian"), ("Nairobi", "Dodoma"),
    ("Britain", "France"), ("British", "French"), ("London", "Paris"),
]


def _paragraphs() -> list[str]:
    paras: list[str] = []
    for path in sorted((SAMPLES / "articles").glob("*.txt")):
        body = path.read_text(encoding="utf-8").split("\n\n", 1)[-1]
        paras += [p.strip() for p in body.split("\n\n") if p.strip()]
    for line in (SAMPLES / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        paras += [p.strip() for p in json.loads(line)["text"].split("\n\n") if p.strip()]
    return paras


def _vary(text: str, rng: random.Random) -> str:
    for a, b in SWAPS:
        if rng.random() < 0.3:
            text = re.sub(rf"\b{a}\b", b, text)
    return re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group(1)) + rng.randint(1, 40)), text)


def build_corpus(n: int, seed: int = 7) -> list[dict[str, str]]:
    """n varied articles as JSONL-ready records (id, published, title, text)."""
    rng = random.Random(seed)
    paras = _paragraphs()
    out = []
    for i in range(n):
        k = rng.randint(3, 7)
        body = "\n\n".join(_vary(p, rng) for p in rng.sample(paras, k))
        year = rng.randint(2008, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        out.append({"id": f"bench-{i:05d}", "published": f"{year}-{month:02d}-{day:02d}",
                    "title": f"Synthetic article {i}", "text": body})
    return out


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """Write n articles to a JSONL file."""
    with path.open("w", encoding="utf-8") as f:
        for rec in build_corpus(n, seed):
            f.write(json.dumps(rec) + "\n")
    return path
