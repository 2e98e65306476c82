"""The parse with numpy's BLAS against spaCy's default, blis, side by side: time and what the parser reads.

    python bench/blas.py [--articles 300] [--rounds 2]

Splits a varied corpus (bench/corpus.py) into sentences and parses them with the project's pipeline twice per
round, once with ``blas = "numpy"`` (the default) and once with ``blas = "blis"``, each with one BLAS thread.
Prints the CPU seconds of each (best round), their ratio, and how many tokens' tag, head, dependency or lemma
differ between the two: the choice of library must change the speed, never the parse.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

from bilateral.nlp import load_nlp, split_sentences  # noqa: E402
from bilateral.settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(Path(tmp) / "corpus.jsonl", args.articles, seed=7)
        texts = [s.text for line in path.open(encoding="utf-8") for s in split_sentences(json.loads(line)["text"])]
    pipes = {name: load_nlp(Settings(blas=name, blas_threads=1)) for name in ("numpy", "blis")}
    best: dict[str, float] = {}
    parses: dict[str, list[tuple[str, str, int, str]]] = {}
    for _ in range(args.rounds):
        for name, nlp in pipes.items():
            start = time.process_time()
            docs = list(nlp.pipe(texts, batch_size=256))
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
            parses[name] = [(t.tag_, t.dep_, t.head.i, t.lemma_) for doc in docs for t in doc]
    differ = sum(a != b for a, b in zip(parses["numpy"], parses["blis"], strict=True))
    print(f"{len(texts)} sentences, {len(parses['numpy'])} tokens, best of {args.rounds} rounds (CPU seconds)")
    for name in pipes:
        print(f"parse with {name:<6} {best[name]:7.2f} s")
    print(f"tokens read differently: {differ}")
    print(f"ratio_blis_vs_numpy={best['blis'] / best['numpy']:.2f}")


if __name__ == "__main__":
    main()
