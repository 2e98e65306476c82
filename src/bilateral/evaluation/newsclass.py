"""Real news sentences with an event class (the ConfliBERT CAMEO set): does the coder find the right kind of event?

Each record is one news sentence that holds an event: ``{"id", "text", "pentaclass", "source_spans",
"target_spans"}``, with the class 0 statement or appeal (CAMEO 01-02), 1 verbal cooperation (03-05), 2 material
cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20). The figures: the share of sentences
where some coded event has the right class (an event's class from its CAMEO root), the share where the coder finds
no event at all, and, of the sentences with an annotated source, the share where a coded event's source overlaps
one of those spans. Sentences are coded one by one, out of context, as the set gives them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bilateral.errors import InputError
from bilateral.evaluation.codebook import GoldRecord, Resolver, predict
from bilateral.models import Event
from bilateral.settings import Settings

CLASS_NAMES: tuple[str, ...] = (
    "statement/appeal", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict",
)


def pentaclass(cameo: str) -> int:
    """The five-way class of a CAMEO code, from its root: 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(cameo[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True, slots=True)
class NewsSentence:
    """One sentence of the set: its text, gold class and annotated actor spans."""

    id: str
    text: str
    pentaclass: int
    source_spans: tuple[str, ...]
    target_spans: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceOutcome:
    """What the coder did with one sentence."""

    sentence: NewsSentence
    classes: tuple[int, ...]
    source_overlap: bool | None
    """Whether a coded source overlaps an annotated source span; None when no span is annotated."""

    @property
    def right_class(self) -> bool:
        """Some coded event has the gold class."""
        return self.sentence.pentaclass in self.classes


@dataclass(frozen=True, slots=True)
class NewsClassResult:
    """The figures of one run over the set."""

    name: str
    outcomes: tuple[SentenceOutcome, ...]

    @property
    def right_class(self) -> float:
        """Share of sentences with an event of the gold class."""
        return _share(sum(o.right_class for o in self.outcomes), len(self.outcomes))

    @property
    def no_event(self) -> float:
        """Share of sentences where the coder finds no event."""
        return _share(sum(not o.classes for o in self.outcomes), len(self.outcomes))

    @property
    def source_overlap(self) -> float:
        """Of the sentences with an annotated source, the share where a coded source overlaps it."""
        spans = [o for o in self.outcomes if o.source_overlap is not None]
        return _share(sum(bool(o.source_overlap) for o in spans), len(spans))

    def by_class(self) -> dict[int, tuple[int, int, int]]:
        """Per gold class: sentences, with the right class, with no event."""
        out: dict[int, list[int]] = {c: [0, 0, 0] for c in range(5)}
        for o in self.outcomes:
            row = out[o.sentence.pentaclass]
            row[0] += 1
            row[1] += o.right_class
            row[2] += not o.classes
        return {c: (n, right, empty) for c, (n, right, empty) in out.items()}

    def confusion(self) -> Counter[tuple[int, int]]:
        """(gold class, coded class) counts over all coded events' classes, one per sentence and class."""
        return Counter((o.sentence.pentaclass, c) for o in self.outcomes for c in set(o.classes))

    def misses(self, limit: int) -> list[SentenceOutcome]:
        """The first ``limit`` sentences without an event of the gold class."""
        return [o for o in self.outcomes if not o.right_class][:limit]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "gold": self.name, "sentences": len(self.outcomes), "right_class": round(self.right_class, 3),
            "no_event": round(self.no_event, 3), "source_overlap": round(self.source_overlap, 3),
            "by_class": {CLASS_NAMES[c]: {"sentences": n, "right_class": r, "no_event": e}
                         for c, (n, r, e) in self.by_class().items()},
        }

    def table(self, misses: int = 0) -> str:
        """The figures as plain text; ``misses`` missed sentences listed after them."""
        rows = [f"{self.name}: {len(self.outcomes)} news sentences, each holding an event",
                f"an event of the right class: {self.right_class:.3f}",
                f"no event at all:             {self.no_event:.3f}",
                f"source overlaps the annotated source span: {self.source_overlap:.3f} "
                f"(of {sum(o.source_overlap is not None for o in self.outcomes)} sentences with one)",
                f"{'gold class':<22}{'sentences':>10}{'right':>8}{'none':>8}"]
        for c, (n, right, empty) in self.by_class().items():
            rows.append(f"{CLASS_NAMES[c]:<22}{n:>10}{_share(right, n):>8.3f}{_share(empty, n):>8.3f}")
        rows.append("coded classes by gold class (rows gold, columns coded): "
                    + "; ".join(f"{g}->{c}: {n}" for (g, c), n in sorted(self.confusion().items())))
        for o in self.misses(misses):
            coded = ",".join(str(c) for c in o.classes) or "none"
            rows.append(f"MISS {o.sentence.id} gold {o.sentence.pentaclass} coded {coded}: {o.sentence.text}")
        return "\n".join(rows)


def _share(n: int, total: int) -> float:
    return n / total if total else 0.0


def is_newsclass_file(path: Path) -> bool:
    """Whether the first record of a JSON Lines file has a ``pentaclass`` field."""
    try:
        with path.open(encoding="utf-8") as f:
            first = next((line for line in f if line.strip()), "")
        return "pentaclass" in json.loads(first) if first else False
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError):
        return False


def read_news_sentences(path: Path) -> list[NewsSentence]:
    """The records of the set; InputError names the file and line of a bad one."""
    out: list[NewsSentence] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read the sentence set: {e}", path=str(path)) from e
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cls = int(raw["pentaclass"])
            if not 0 <= cls <= 4:
                raise ValueError(f"pentaclass {cls} is not 0-4")
            out.append(NewsSentence(str(raw["id"]), str(raw["text"]), cls, tuple(raw.get("source_spans") or ()),
                                    tuple(raw.get("target_spans") or ())))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise InputError(f"bad record ({e}); expected {{id, text, pentaclass, source_spans}}", path=str(path),
                             line=n) from e
    return out


def spans_overlap(text: str, actor_text: str, spans: Sequence[str]) -> bool:
    """Whether ``actor_text`` and one of ``spans`` cover a common character of ``text`` (first occurrences)."""
    a = text.find(actor_text)
    if a < 0 or not actor_text:
        return False
    for span in spans:
        s = text.find(span)
        if s >= 0 and span and a < s + len(span) and s < a + len(actor_text):
            return True
    return False


def outcomes(sentences: Sequence[NewsSentence], predicted: Mapping[str, Sequence[Event]]) -> list[SentenceOutcome]:
    """Each sentence's coded classes and source overlap."""
    out = []
    for s in sentences:
        events = predicted.get(s.id, ())
        overlap = (any(spans_overlap(s.text, e.source.text, s.source_spans) for e in events)
                   if s.source_spans else None)
        out.append(SentenceOutcome(s, tuple(sorted({pentaclass(e.cameo) for e in events})), overlap))
    return out


def evaluate_newsclass(path: Path, settings: Settings, *, resolver: Resolver | None = None,
                       limit: int | None = None) -> NewsClassResult:
    """Code every sentence of the set and measure it."""
    sentences = read_news_sentences(path)[:limit]
    records = [GoldRecord(s.id, s.text, None, ()) for s in sentences]
    predicted = predict(records, settings, resolver)
    return NewsClassResult(path.name, tuple(outcomes(sentences, predicted)))
