"""Scoring the coder against gold event codings (``bilateral eval GOLD.jsonl``).

Gold format: one JSON object per line, ``{"id", "text", "date", "events": [{"source", "target", "code",
"plover"}]}``. Each gold sentence runs through the full chain (split, parse, ``actors.resolve_actors``,
``events.code_events``) with its ``date`` as the publication date. Predicted actors are mapped to the gold
convention: the ISO alpha-3 country, else ``IGO``/``NGO`` for international bodies. PLOVER 2021 names in the
gold are mapped to the 16 types used here: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT,
INVESTIGATE->ACCUSE. Scores are micro precision/recall/F1 over per-sentence multisets at the levels full
(source, target, code), root (code[:2]), dyad, code, rootonly, plover (source, target, type) and type (the
PLOVER type alone, actors ignored), plus a per-type table at the plover level, the type accuracy on matched
dyads (of the predicted events whose source and target match a gold event, the share with the gold type) and
the share of no-event sentences left without events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilateral.errors import InputError, KnowledgeError
from bilateral.models import Actor, Event, Mention
from bilateral.settings import Settings

PLOVER_ALIASES: dict[str, str] = {
    "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE",
}
"""PLOVER 2021 names mapped to the 16 types of this coder."""
COUNTRY_ALIASES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
"""Non-ISO country codes seen in gold files (the PLOVER records write Japan, Italy and Vietnam so, with the
countries named in the text), read as the ISO codes."""
LEVELS: tuple[str, ...] = ("full", "root", "dyad", "code", "rootonly", "plover", "type")

Resolver = Callable[[Any, str, dt.date | None], list[Mention]]
"""Actor resolver used by ``evaluate``: (parsed sentence, full text, date) -> mentions."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event in the gold convention (actors as country or IGO/NGO codes; code or type may be None)."""

    source: str | None
    target: str | None
    code: str | None
    plover: str | None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence with its reference date and expected events."""

    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    scored_empty: bool = True
    """Whether an empty event list counts as "no event expected" (False when the gold has no coding)."""


@dataclass(frozen=True, slots=True)
class LevelScore:
    """Micro counts and precision/recall/F1 at one level."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Rounded scores with the raw counts."""
        return {"P": round(self.precision, 3), "R": round(self.recall, 3), "F1": round(self.f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Scores of one gold file: per level, no-event accuracy, exact sentence matches."""

    gold: str
    sentences: int
    levels: Mapping[str, LevelScore]
    no_event_total: int
    no_event_correct: int
    exact_match: int
    predicted_events: int
    notes: tuple[str, ...] = field(default_factory=tuple)
    by_type: Mapping[str, LevelScore] = field(default_factory=dict)
    """Plover-level (source, target, type) counts split by PLOVER type."""

    @property
    def type_accuracy(self) -> float | None:
        """Of the predicted events whose dyad matches a gold event, the share with the gold type too."""
        dyad, plover = self.levels.get("dyad"), self.levels.get("plover")
        if dyad is None or plover is None or not dyad.tp:
            return None
        return min(1.0, plover.tp / dyad.tp)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary in the shape of the shared score.py output, plus counts."""
        out: dict[str, Any] = {"gold": self.gold, "sentences": self.sentences}
        out.update({name: score.to_dict() for name, score in self.levels.items()})
        if self.no_event_total:
            out["no_event_sentences"] = {"n": self.no_event_total, "correct": self.no_event_correct}
        out["sentence_exact_match_full"] = self.exact_match
        out["predicted_events"] = self.predicted_events
        if self.type_accuracy is not None:
            out["type_accuracy_on_matched_dyads"] = round(self.type_accuracy, 3)
        if self.by_type:
            out["by_type"] = {name: score.to_dict() for name, score in sorted(self.by_type.items())}
        out["notes"] = list(self.notes)
        return out

    def table(self) -> str:
        """A plain-text table, one row per level."""
        rows = [f"{self.gold}: {self.sentences} sentences, {self.predicted_events} predicted events",
                f"{'level':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for name, s in self.levels.items():
            rows.append(f"{name:<10}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        if self.type_accuracy is not None:
            rows.append(f"type accuracy on matched dyads: {self.type_accuracy:.3f}")
        if self.no_event_total:
            rows.append(f"no-event sentences left empty: {self.no_event_correct}/{self.no_event_total}")
        rows.append(f"sentences matched exactly (full): {self.exact_match}/{self.sentences}")
        if self.by_type:
            rows.append(f"per type (source, target, type):\n{'type':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}"
                        f"{'fn':>6}")
            for name, s in sorted(self.by_type.items()):
                rows.append(f"{name:<10}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
        rows.extend(self.notes)
        return "\n".join(rows)


def _norm_plover(value: Any) -> str | None:
    if value is None:
        return None
    name = str(value).upper()
    return PLOVER_ALIASES.get(name, name)


def _norm_actor(value: Any) -> str | None:
    if value is None:
        return None
    code = str(value).upper()
    return COUNTRY_ALIASES.get(code, code)


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Gold records of a JSONL file; InputError names the file and line of a bad record."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read the gold file: {e}", path=str(p)) from e
    out: list[GoldRecord] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            events = tuple(
                GoldEvent(_norm_actor(e.get("source")), _norm_actor(e.get("target")),
                          None if e.get("code") is None else str(e["code"]), _norm_plover(e.get("plover")))
                for e in raw.get("events", []))
            date = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
            meta = raw.get("meta") or {}
            out.append(GoldRecord(str(raw["id"]), str(raw["text"]), date, events,
                                  not meta.get("no_gold_coding", False)))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as e:
            raise InputError(f"bad gold record ({e}); expected {{id, text, date, events}}", path=str(p),
                             line=n) from e
    return out


def _keys(events: Iterable[GoldEvent], level: str) -> Counter[tuple[str | None, ...]]:
    keys: Counter[tuple[str | None, ...]] = Counter()
    for e in events:
        if level in ("full", "root", "code", "rootonly") and e.code is None:
            continue
        if level in ("plover", "type") and e.plover is None:
            continue
        code = e.code or ""
        key: tuple[str | None, ...] = {
            "full": (e.source, e.target, e.code), "root": (e.source, e.target, code[:2]),
            "dyad": (e.source, e.target), "code": (e.code,), "rootonly": (code[:2],),
            "plover": (e.source, e.target, e.plover), "type": (e.plover,),
        }[level]
        keys[key] += 1
    return keys


def score(gold: Sequence[GoldRecord], predicted: Mapping[str, Sequence[GoldEvent]], name: str = "gold",
          notes: Sequence[str] = ()) -> EvalResult:
    """Micro P/R/F1 of predicted events against gold records (ids missing from ``predicted``: no events)."""
    levels: dict[str, LevelScore] = {}
    for level in LEVELS:
        tp = fp = fn = 0
        for record in gold:
            g = _keys(record.events, level)
            p = _keys(predicted.get(record.id, ()), level)
            hit = sum((g & p).values())
            tp += hit
            fp += sum(p.values()) - hit
            fn += sum(g.values()) - hit
        if tp + fn:
            levels[level] = LevelScore(tp, fp, fn)
    per_type: dict[str, list[int]] = {}
    for record in gold:
        g = _keys(record.events, "plover")
        p = _keys(predicted.get(record.id, ()), "plover")
        hits = g & p
        for keys, slot in ((hits, 0), (p - hits, 1), (g - hits, 2)):
            for key, n in keys.items():
                per_type.setdefault(str(key[2]), [0, 0, 0])[slot] += n
    empty = [r for r in gold if not r.events and r.scored_empty]
    exact = sum(1 for r in gold if _keys(r.events, "full") == _keys(predicted.get(r.id, ()), "full"))
    return EvalResult(
        gold=name, sentences=len(gold), levels=levels, no_event_total=len(empty),
        no_event_correct=sum(1 for r in empty if not predicted.get(r.id)), exact_match=exact,
        predicted_events=sum(len(v) for v in predicted.values()), notes=tuple(notes),
        by_type={name: LevelScore(*counts) for name, counts in per_type.items()} if "plover" in levels else {})


def actor_key(actor: Actor) -> str:
    """An actor in the gold convention: its country, else IGO / NGO, else the first three code letters."""
    if actor.country:
        return actor.country
    for prefix in ("IGO", "NGO"):
        if actor.code.startswith(prefix) or actor.sector == prefix:
            return prefix
    return actor.code[:3]


def to_gold_event(event: Event) -> GoldEvent:
    """A coded event in the gold convention."""
    return GoldEvent(actor_key(event.source), actor_key(event.target) if event.target else None,
                     event.cameo, event.event_type)


def write_predictions(path: str | Path, predicted: Mapping[str, Sequence[Event]]) -> None:
    """Predictions in the score.py PRED format (extra keys: modality, trigger, confidence)."""
    with Path(path).open("w", encoding="utf-8") as out:
        for rec_id, events in predicted.items():
            rows = [{"source": g.source, "target": g.target, "code": g.code, "plover": g.plover,
                     "modality": e.modality, "trigger": e.trigger, "confidence": e.confidence}
                    for e, g in ((e, to_gold_event(e)) for e in events)]
            out.write(json.dumps({"id": rec_id, "events": rows}) + "\n")


def default_resolver(settings: Settings) -> Resolver:
    """The project's actor resolver (``bilateral.actors``), imported lazily."""
    try:
        from bilateral.actors import KnowledgeBase, resolve_actors
    except ImportError as e:
        raise KnowledgeError(
            f"the actor resolver (bilateral.actors) cannot be imported ({e}); install the full package or "
            f"pass a resolver to evaluate()") from e
    kb = KnowledgeBase.load(settings)

    def resolve(sent: Any, text: str, on: dt.date | None) -> list[Mention]:
        return list(resolve_actors(sent, kb, on, kb.document_context(text, on)))

    return resolve


def predict(records: Sequence[GoldRecord], settings: Settings, resolver: Resolver | None = None,
            exclude_modalities: frozenset[str] = frozenset({"negated"})) -> dict[str, list[Event]]:
    """Run split -> parse -> actors -> events on each gold text; events under min_confidence are dropped."""
    from bilateral.events import Lexicon, code_events
    from bilateral.nlp import load_nlp, parse_sentences, split_sentences

    resolve = resolver or default_resolver(settings)
    nlp = load_nlp(settings)
    lexicon = Lexicon.load()
    spans = [(r, s) for r in records for s in split_sentences(r.text)]
    out: dict[str, list[Event]] = {r.id: [] for r in records}
    parsed = parse_sentences(nlp, (s.text for _, s in spans), settings)
    for (record, span), sent in zip(spans, parsed, strict=True):
        mentions = resolve(sent, record.text, record.date)
        for event in code_events(sent, span, record.id, mentions, lexicon):
            if event.confidence >= settings.min_confidence and event.modality not in exclude_modalities:
                out[record.id].append(event)
    return out


def evaluate(gold_path: str | Path, settings: Settings, *, pred_path: str | Path | None = None,
             resolver: Resolver | None = None, limit: int | None = None) -> EvalResult:
    """Code every gold sentence and score it; optionally write the predictions (score.py PRED format)."""
    records = read_gold(gold_path)
    if limit is not None:
        records = records[:limit]
    predicted = predict(records, settings, resolver)
    if pred_path is not None:
        write_predictions(pred_path, predicted)
    as_gold = {k: [to_gold_event(e) for e in v] for k, v in predicted.items()}
    as_gold, scope = in_scope(records, as_gold)
    notes = ("PLOVER 2021 names mapped: " + ", ".join(f"{a}->{b}" for a, b in PLOVER_ALIASES.items()), *scope)
    return score(records, as_gold, name=Path(gold_path).name, notes=notes)


def in_scope(gold: Sequence[GoldRecord], predicted: Mapping[str, Sequence[GoldEvent]]
             ) -> tuple[dict[str, list[GoldEvent]], tuple[str, ...]]:
    """The predictions a gold can score, and a note of the untyped CAMEO 01x statements it cannot.

    A gold that codes PLOVER types only (no CAMEO code on any event, as the PLOVER GSR) cannot hold a statement,
    which PLOVER leaves untyped: scoring them there would count them false at the dyad level, so they are left
    out and counted in the note. A gold with CAMEO codes scores them at its code levels (full, root, dyad, code,
    rootonly); its type levels skip them as they skip its own untyped events.
    """
    if any(e.code for r in gold for e in r.events):
        return {k: list(v) for k, v in predicted.items()}, ()
    kept = {k: [g for g in v if g.plover is not None] for k, v in predicted.items()}
    untyped = sum(len(v) for v in predicted.values()) - sum(len(v) for v in kept.values())
    return kept, (untyped_line(untyped),)


def untyped_line(count: int) -> str:
    """The report line for untyped CAMEO 01x statements a PLOVER-only gold leaves out: one wording for every scorer,
    so a reader comparing the codebook and the VOA figures sees the same count named the same way."""
    return f"untyped CAMEO 01 statements, not scored: {count}"
