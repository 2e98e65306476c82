"""Scoring the whole pipeline on real news against the project's own VOA gold (``bilateral eval VOA.jsonl``).

The stories are read as a user's input would be (``ingest.read_inputs``) and coded by the pipeline's own
``code_documents`` (pre-filter, document context, dating and all), so the figures are those of ``bilateral
ingest``. Coded events count when they assert that something happened, was alleged or was announced (negated and
hypothetical ones are what the store keeps apart); gold events count under the same rule
(``voagold.SCORED_MODALITIES``). Matching is per sentence, on (source country, target country, PLOVER type)
multisets, as ``score.py`` does for the codebook sets. Each miss and each false event is given a cause, so the
figures say what to work on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bilateral.evaluation.codebook import LevelScore, untyped_line
from bilateral.evaluation.voagold import VoaEvent, VoaSentence, country_of, read_gold_folder
from bilateral.models import Actor, Event
from bilateral.settings import Settings

Key = tuple[str | None, str | None, str]
"""(source country, target country, PLOVER type)."""
MISS_CAUSES = ("needs an earlier sentence", "actor unknown", "trigger unknown", "construction")
FALSE_CAUSES = ("no event in the sentence", "did not happen (gold: negated or hypothetical)", "wrong type",
                "wrong actors", "another event")
SCORED = frozenset({"asserted", "alleged", "future"})
"""Coded modalities that count: the same rule as the gold's."""


def actor_country(actor: Actor) -> str:
    """An actor at the scoring level: its country, ``IGO``/``NGO`` for international bodies, else ``---``.

    As ``voagold.country_of`` reads a gold code: an agent of unknown country is ``---`` whatever its sector, so a
    coded ``---NGO`` ("media advocates") meets the gold's ``---NGO``; only an international body's own code
    (``NGORSF``, ``IGOUNO``) scores as ``NGO``/``IGO``."""
    if actor.country:
        return actor.country
    if actor.code.startswith("---"):
        return "---"
    for prefix in ("IGO", "NGO"):
        if actor.code.startswith(prefix) or actor.sector == prefix:
            return prefix
    return "---"


def gold_key(event: VoaEvent) -> Key:
    """A gold event at the scoring level."""
    return (country_of(event.source), country_of(event.target), event.plover)


@dataclass(frozen=True, slots=True)
class Coded:
    """A coded event as scoring sees it: its key, date and modality, and a line that shows it."""

    key: Key
    date: str | None
    modality: str
    label: str
    codes: tuple[str | None, str | None, str | None] = (None, None, None)
    """Its own (source code, target code, CAMEO code): which of a sentence's gold events of the same key it is."""

    @classmethod
    def from_event(cls, event: Event) -> Coded:
        """A pipeline event."""
        key = (actor_country(event.source), actor_country(event.target) if event.target else None,
               str(event.event_type))
        label = (f"{event.source.code}->{event.target.code if event.target else None} {event.cameo} "
                 f"{event.event_type} {event.modality} ({event.trigger})")
        return cls(key, event.date, event.modality, label,
                   (event.source.code, event.target.code if event.target else None, str(event.cameo)))

    @classmethod
    def from_gold(cls, event: VoaEvent) -> Coded:
        """A gold event of a second coding, compared with the first."""
        return cls(gold_key(event), event.date, event.modality,
                   f"{event.source}->{event.target} {event.cameo} {event.plover} {event.modality} ({event.trigger})",
                   (event.source, event.target, event.cameo))


def date_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


def date_agrees(gold: str | None, coded: str | None) -> bool:
    """A coded date is right when it lies within the gold date, at the gold's precision or finer."""
    g, c = date_range(gold), date_range(coded)
    return g is not None and c is not None and g[0] <= c[0] and c[1] <= g[1]


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold event the coder did not find, and why."""

    story: str
    sentence: int
    event: VoaEvent
    cause: str


@dataclass(frozen=True, slots=True)
class FalseEvent:
    """A coded event the gold does not hold, and why."""

    story: str
    sentence: int
    event: Coded
    cause: str


@dataclass(frozen=True, slots=True)
class VoaResult:
    """The figures of one run over the gold stories."""

    name: str
    stories: int
    sentences: int
    levels: Mapping[str, LevelScore]
    dates_scored: int
    dates_right: int
    misses: tuple[Miss, ...]
    false_events: tuple[FalseEvent, ...]
    texts: Mapping[tuple[str, int], str] = field(default_factory=dict)
    with_causes: bool = True
    """False when nothing was seen of the coder's parse (two gold codings compared): no cause tables."""
    untyped: int | None = None
    """Coded CAMEO 01x statements left out: the gold codes PLOVER types only (None when no coder ran)."""

    @property
    def type_accuracy(self) -> float | None:
        """Of the coded events whose dyad matches a gold event, the share with the gold type too."""
        dyad, plover = self.levels["dyad"], self.levels["plover"]
        return min(1.0, plover.tp / dyad.tp) if dyad.tp else None

    @property
    def date_accuracy(self) -> float | None:
        """Of the matched events whose gold date is known, the share dated right."""
        return self.dates_right / self.dates_scored if self.dates_scored else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {
            "gold": self.name, "stories": self.stories, "sentences": self.sentences,
            **{name: s.to_dict() for name, s in self.levels.items()},
            "type_accuracy_on_matched_dyads": _round(self.type_accuracy),
            "date_accuracy_on_matched": _round(self.date_accuracy), "dates_scored": self.dates_scored,
            "misses_by_cause": dict(Counter(m.cause for m in self.misses)),
            "false_events_by_cause": dict(Counter(f.cause for f in self.false_events)),
            "untyped_not_scored": self.untyped,
        }

    def table(self, listed: int = 0) -> str:
        """The figures as plain text; ``listed`` misses and false events listed after them."""
        rows = [f"{self.name}: {self.stories} stories, {self.sentences} sentences",
                f"{'level':<34}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        labels = {"plover": "(source, target, PLOVER type)", "dyad": "(source, target)",
                  "type": "PLOVER type alone"}
        for name, s in self.levels.items():
            rows.append(f"{labels[name]:<34}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}"
                        f"{s.fn:>6}")
        if self.type_accuracy is not None:
            rows.append(f"type accuracy on matched dyads: {self.type_accuracy:.3f}")
        if self.date_accuracy is not None:
            rows.append(f"date accuracy on matched events: {self.date_accuracy:.3f} ({self.dates_right}/"
                        f"{self.dates_scored})")
        if self.untyped is not None:
            rows.append(untyped_line(self.untyped))
        if self.with_causes:
            rows.append(_cause_table("misses by cause", Counter(m.cause for m in self.misses), MISS_CAUSES))
            rows.append(_cause_table("false events by cause", Counter(f.cause for f in self.false_events),
                                     FALSE_CAUSES))
        for m in self.misses[:listed]:
            e = m.event
            rows.append(f"MISS [{m.cause}] {m.story}#{m.sentence} {e.source}->{e.target} {e.cameo} {e.plover} "
                        f"({e.trigger}): {self.texts.get((m.story, m.sentence), '')}")
        for f in self.false_events[:listed]:
            rows.append(f"FALSE [{f.cause}] {f.story}#{f.sentence} {f.event.label}: "
                        f"{self.texts.get((f.story, f.sentence), '')}")
        return "\n".join(rows)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _cause_table(title: str, counts: Counter[str], order: Sequence[str]) -> str:
    total = sum(counts.values())
    lines = [f"{title} ({total}):"]
    lines += [f"  {cause:<50}{counts.get(cause, 0):>5}{counts.get(cause, 0) / total if total else 0:>8.1%}"
              for cause in order]
    return "\n".join(lines)


def level_keys(keys: Iterable[Key], level: str) -> Counter[tuple[str | None, ...]]:
    """Keys reduced to a level: the full key, the dyad or the type."""
    reduce = {"plover": lambda k: k, "dyad": lambda k: k[:2], "type": lambda k: k[2:]}[level]
    return Counter(reduce(k) for k in keys)


def likeness(gold: VoaEvent, coded: Coded) -> int:
    """How many of a gold event's own codes (source, target, CAMEO, modality) a coded event of its key repeats."""
    source, target, cameo = coded.codes
    return (gold.source == source) + (gold.target == target) + (gold.cameo == cameo) + (gold.modality == coded.modality)


def match_sentence(gold: Sequence[VoaEvent], coded: Sequence[Coded]) -> tuple[list[tuple[VoaEvent, Coded]],
                                                                          list[VoaEvent], list[Coded]]:
    """Pair gold and coded events of one sentence on the full key: (matched pairs, missed gold, false coded).

    The key decides how many pair; among gold events of one key ("the rebels fought the army" and "the army
    attacked the rebels", both CAF->CAF ASSAULT) a coded event pairs with the one whose own codes it repeats most,
    so the miss listed and the date compared are those of the gold event the coder did not find."""
    candidates = sorted(((gi, ci) for gi, g in enumerate(gold) for ci, c in enumerate(coded) if gold_key(g) == c.key),
                        key=lambda p: -likeness(gold[p[0]], coded[p[1]]))
    paired: dict[int, int] = {}
    for gi, ci in candidates:
        if gi not in paired and ci not in paired.values():
            paired[gi] = ci
    pairs = [(g, coded[paired[gi]]) for gi, g in enumerate(gold) if gi in paired]
    missed = [g for gi, g in enumerate(gold) if gi not in paired]
    return pairs, missed, [c for ci, c in enumerate(coded) if ci not in paired.values()]


def false_cause(event: Coded, gold: Sequence[VoaEvent], missed: Sequence[VoaEvent]) -> str:
    """Why a coded event is false, from what the gold holds for its sentence."""
    k = event.key
    if not gold:
        return FALSE_CAUSES[0]
    unscored = [g for g in gold if not g.scored]
    if any(gold_key(g)[:2] == k[:2] or gold_key(g)[2] == k[2] for g in unscored):
        return FALSE_CAUSES[1]
    if any(gold_key(g)[:2] == k[:2] for g in missed):
        return FALSE_CAUSES[2]
    if any(gold_key(g)[2] == k[2] for g in missed):
        return FALSE_CAUSES[3]
    return FALSE_CAUSES[4]


@dataclass(frozen=True, slots=True)
class SentenceView:
    """What the coder saw of one sentence, for the causes of its misses: its actors' countries, the lexicon's words."""

    countries: frozenset[str | None]
    knows_trigger: Callable[[str], bool]
    """Whether the lexicon knows a gold trigger, written as in this sentence ("attacked", "imposed"): the lexicon's
    own pre-filter forms, so inflected and irregular forms count, and a light verb when one of its object words is
    in the sentence ("imposed" beside "tariffs")."""


def miss_cause(event: VoaEvent, view: SentenceView | None) -> str:
    """Why a gold event was missed: context, an actor the resolver does not find, a trigger the lexicon lacks, or
    else the construction (all that is left when nothing is known of what the coder saw)."""
    if event.context:
        return MISS_CAUSES[0]
    if view is None:
        return MISS_CAUSES[3]
    for code in (event.source, event.target):
        if code is not None and country_of(code) not in view.countries:
            return MISS_CAUSES[1]
    if event.trigger and not view.knows_trigger(event.trigger):
        return MISS_CAUSES[2]
    return MISS_CAUSES[3]


def score_stories(gold: Mapping[str, Sequence[VoaSentence]], coded: Mapping[tuple[str, int], Sequence[Coded]],
                  views: Mapping[tuple[str, int], SentenceView] | None = None, name: str = "voa gold",
                  texts: Mapping[tuple[str, int], str] | None = None) -> VoaResult:
    """Score coded events (by story and sentence index) against the gold; views give the causes of misses."""
    counts = {level: [0, 0, 0] for level in ("plover", "dyad", "type")}
    misses: list[Miss] = []
    falses: list[FalseEvent] = []
    dates_scored = dates_right = 0
    for story, sentences in gold.items():
        for sent in sentences:
            where = (story, sent.key.index)
            gold_events = [g for g in sent.events if g.scored]
            events = [e for e in coded.get(where, ()) if e.modality in SCORED]
            for level, row in counts.items():
                expected = level_keys(map(gold_key, gold_events), level)
                found = level_keys((e.key for e in events), level)
                hit = sum((expected & found).values())
                row[0] += hit
                row[1] += sum(found.values()) - hit
                row[2] += sum(expected.values()) - hit
            pairs, missed, false = match_sentence(gold_events, events)
            for g, c in pairs:
                if g.date is not None:
                    dates_scored += 1
                    dates_right += date_agrees(g.date, c.date)
            view = views.get(where) if views else None
            misses += [Miss(story, sent.key.index, g, miss_cause(g, view)) for g in missed]
            falses += [FalseEvent(story, sent.key.index, c, false_cause(c, sent.events, missed)) for c in false]
    return VoaResult(name, len(gold), sum(len(s) for s in gold.values()),
                     {level: LevelScore(*row) for level, row in counts.items()}, dates_scored, dates_right,
                     tuple(misses), tuple(falses), dict(texts or {}))


def agreement(first: Mapping[str, Sequence[VoaSentence]], second: Mapping[str, Sequence[VoaSentence]]) -> VoaResult:
    """Two codings of the same stories compared as gold and prediction (F1 is symmetric: the agreement)."""
    common = {story: first[story] for story in first if story in second}
    coded = {(story, s.key.index): [Coded.from_gold(e) for e in s.events] for story in common for s in second[story]}
    result = score_stories(common, coded, name=f"agreement on {len(common)} stories coded twice")
    return dataclasses.replace(result, with_causes=False)


def evaluate_voa(stories_path: Path, gold_folder: Path, settings: Settings) -> VoaResult:
    """Code the gold stories with the pipeline and score them."""
    from bilateral.evaluation.voarun import code_stories

    gold = read_gold_folder(gold_folder)
    coded, views, texts, untyped = code_stories(stories_path, set(gold), settings)
    result = score_stories(gold, coded, views, name=f"{stories_path.name} against {gold_folder}", texts=texts)
    return dataclasses.replace(result, untyped=untyped)
