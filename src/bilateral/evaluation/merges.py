"""How well the store merges mentions into events: pairwise merge precision and recall against gold happenings.

Gold mentions carry a ``happening`` id (the VOA gold's, or ``eval/samples_merges.jsonl`` for the project's own
samples). The stories are ingested into a temporary store by the real pipeline (``ingest_documents``, as ``bilateral
ingest`` does); each stored mention is matched to a gold event of the same story and sentence on the scoring key
(source country, target country, PLOVER type), as ``voa.match_sentence`` does. Over every pair of matched
mentions:

* the store merges the pair when both mentions belong to one stored event;
* the gold merges it when both share a happening, the same dyad, and the same PLOVER type or one of them is an
  announcement (modality ``future``) of what the other realises (the type of the announced act, from the
  announcement's CAMEO code as ``merging.vocabulary.realised_type`` reads it, is the other's type, or both announce
  acts of one type): one event per (dyad, type) happening, since stored events are directed and typed, and no
  merge may join other types.

Precision is the share of the store's merged pairs that the gold merges, recall the share of the gold's merged
pairs that the store merges. Since the coder finds few of the gold events, the merging is also measured on the
gold codings themselves (``gold_coded_events``: each gold event as a mention, with its sentence, trigger and date,
clustered by ``dedup.cluster_events``): what merging does when the coding is right; a perfect coder's trigger is
the sentence's word for the gold trigger (its lemma or its first letters: "met" for "meet") and that word's
token position. Separately, every stored
event whose mentions join different PLOVER types other than
an announcement and its realisation is listed (the rule merging must never break).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from bilateral.errors import InputError
from bilateral.evaluation.voa import SCORED, Coded, Key, gold_key
from bilateral.evaluation.voagold import VoaSentence
from bilateral.models import Event
from bilateral.settings import Settings


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A gold event with its happening: where it is, its scoring key, and whether it only announces the act."""

    doc_id: str
    sentence: int
    key: Key
    happening: str | None
    announced: bool
    announces: str | None = None
    """For an announcement, the PLOVER type of the act it announces (None when not known: any type)."""


@dataclass(frozen=True, slots=True)
class StoredMention:
    """A stored mention as merge scoring sees it: the event it was merged into, and the mention itself."""

    event_id: str
    mention: Event


@dataclass(frozen=True, slots=True)
class MergeResult:
    """Pairwise merge figures of one gold over one store."""

    name: str
    matched: int
    store_pairs: int
    gold_pairs: int
    both: int
    multi_mention_events: int
    multi_document_events: int
    mixed_types: tuple[tuple[str, tuple[str, ...]], ...]
    """Stored events that join different PLOVER types other than announced -> realised: (event id, types)."""

    @property
    def precision(self) -> float | None:
        """Share of the store's merged pairs that the gold merges (None when the store merged none)."""
        return self.both / self.store_pairs if self.store_pairs else None

    @property
    def recall(self) -> float | None:
        """Share of the gold's merged pairs that the store merges (None when the gold merges none)."""
        return self.both / self.gold_pairs if self.gold_pairs else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures."""
        return {"merges": self.name, "matched_mentions": self.matched, "store_pairs": self.store_pairs,
                "gold_pairs": self.gold_pairs, "pairs_in_both": self.both,
                "merge_precision": _round(self.precision), "merge_recall": _round(self.recall),
                "multi_mention_events": self.multi_mention_events,
                "multi_document_events": self.multi_document_events,
                "mixed_type_merges": [{"event_id": e, "types": list(t)} for e, t in self.mixed_types]}

    def table(self) -> str:
        """The figures as plain text."""
        def fig(v: float | None) -> str:
            return "n/a" if v is None else f"{v:.3f}"
        lines = [f"merges ({self.name}): {self.matched} stored mentions matched to gold events",
                 f"  pairwise merge precision {fig(self.precision)} ({self.both}/{self.store_pairs}), "
                 f"recall {fig(self.recall)} ({self.both}/{self.gold_pairs})",
                 f"  stored events with several mentions: {self.multi_mention_events}, "
                 f"across documents: {self.multi_document_events}",
                 f"  merges joining different PLOVER types (other than announced -> realised): "
                 f"{len(self.mixed_types)}"]
        lines += [f"    {e}: {' + '.join(t)}" for e, t in self.mixed_types[:10]]
        return "\n".join(lines)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _announces(cameo: str, plover: str, modality: str) -> str | None:
    """The PLOVER type an announcement (modality ``future``) merges under: the announced act's, else its own."""
    from bilateral.merging.vocabulary import realised_type

    return (realised_type(cameo) or plover) if modality == "future" else None


def voa_gold_mentions(gold: Mapping[str, Sequence[VoaSentence]]) -> list[GoldMention]:
    """The scored events of a VOA gold folder as gold mentions."""
    return [GoldMention(story, sent.key.index, gold_key(e), e.happening, e.modality == "future",
                        _announces(e.cameo, e.plover, e.modality))
            for story, sentences in gold.items() for sent in sentences for e in sent.events if e.scored]


def read_merge_gold(path: Path) -> list[GoldMention]:
    """A merge gold file: one JSON object per gold event, ``{"doc", "sentence", "source", "target", "plover",
    "modality", "happening"}`` with source and target at the scoring level (a country, ``IGO``, ``NGO``, ``---``),
    and for an announcement optionally ``"announces"``, the PLOVER type of the act it announces."""
    out: list[GoldMention] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read the merge gold: {e}", path=str(path)) from e
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            key = (str(raw["source"]), str(raw["target"]) if raw.get("target") else None, str(raw["plover"]))
            announces = raw.get("announces")
            out.append(GoldMention(str(raw["doc"]), int(raw["sentence"]), key, str(raw["happening"]),
                                   raw.get("modality") == "future", str(announces) if announces else None))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise InputError(f"bad merge gold line ({e})", path=str(path), line=n) from e
    return out


def _merges_as(m: GoldMention) -> str | None:
    """The type a gold mention merges under: an announcement's announced act (None when not known), else its own."""
    return m.announces if m.announced else m.key[2]


def gold_merges(a: GoldMention, b: GoldMention) -> bool:
    """Whether the gold puts two mentions in one event: one happening, one dyad, one type or announced -> realised
    (an announcement of an act of another type than the other mention's is not its realisation)."""
    if a.happening is None or a.happening != b.happening or a.key[:2] != b.key[:2]:
        return False
    if a.key[2] == b.key[2]:
        return True
    if not (a.announced or b.announced):
        return False
    ta, tb = _merges_as(a), _merges_as(b)
    return ta is None or tb is None or ta == tb


def match_mentions(gold: Iterable[GoldMention], stored: Iterable[StoredMention]
                   ) -> list[tuple[GoldMention, StoredMention]]:
    """Pair stored mentions with gold events of the same document and sentence on the scoring key, one to one."""
    by_place: dict[tuple[str, int], list[StoredMention]] = {}
    for s in sorted(stored, key=lambda s: (s.mention.doc_id, s.mention.sentence_index, s.mention.event_id)):
        if s.mention.modality in SCORED:
            by_place.setdefault((s.mention.doc_id, s.mention.sentence_index), []).append(s)
    pairs: list[tuple[GoldMention, StoredMention]] = []
    for g in gold:
        left = by_place.get((g.doc_id, g.sentence), [])
        hit = next((s for s in left if Coded.from_event(s.mention).key == g.key), None)
        if hit is not None:
            left.remove(hit)
            pairs.append((g, hit))
    return pairs


def mixed_type_events(stored: Iterable[StoredMention]) -> list[tuple[str, tuple[str, ...]]]:
    """Stored events whose mentions differ in PLOVER type, other than announcements of the event's realised type."""
    from bilateral.dedup import merge_type
    from bilateral.merging.vocabulary import own_type

    by_event: dict[str, list[Event]] = {}
    for s in stored:
        by_event.setdefault(s.event_id, []).append(s.mention)
    out = []
    for event_id, mentions in sorted(by_event.items()):
        types = {own_type(m.event_type, m.cameo) for m in mentions}
        if len(types) > 1 and len({merge_type(m) for m in mentions}) > 1:
            out.append((event_id, tuple(sorted(types))))
    return out


def score_merges(gold: Sequence[GoldMention], stored: Sequence[StoredMention], name: str) -> MergeResult:
    """Pairwise merge precision and recall of the stored events against the gold happenings."""
    return _score_matched(match_mentions(gold, stored), stored, name)


def _score_matched(matched: Sequence[tuple[GoldMention, StoredMention]], stored: Sequence[StoredMention],
                   name: str) -> MergeResult:
    store_pairs = gold_pairs = both = 0
    for (ga, sa), (gb, sb) in combinations(matched, 2):
        merged, truth = sa.event_id == sb.event_id, gold_merges(ga, gb)
        store_pairs += merged
        gold_pairs += truth
        both += merged and truth
    by_event: dict[str, set[str]] = {}
    for s in stored:
        by_event.setdefault(s.event_id, set()).add(s.mention.doc_id)
    sizes: dict[str, int] = {}
    for s in stored:
        sizes[s.event_id] = sizes.get(s.event_id, 0) + 1
    return MergeResult(name, len(matched), store_pairs, gold_pairs, both,
                       sum(1 for n in sizes.values() if n > 1), sum(1 for d in by_event.values() if len(d) > 1),
                       tuple(mixed_type_events(stored)))


def stored_mentions(store: Any) -> list[StoredMention]:
    """Every stored mention with the event it was merged into."""
    from bilateral.store.rows import event_from_row

    found = store.sql("SELECT l.event_id AS merged_into, m.* FROM event_mentions l "
                      "JOIN mentions m ON m.mention_id = l.mention_id ORDER BY m.mention_id")
    return [StoredMention(r["merged_into"], event_from_row(r)) for r in found]


def ingest_into_memory(inputs: Sequence[str], settings: Settings, ids: Iterable[str] | None = None) -> Any:
    """A temporary in-memory store holding the inputs (only documents ``ids`` when given) as ``bilateral ingest``
    would store them."""
    from bilateral.ingest import read_inputs
    from bilateral.models import Document
    from bilateral.runs import ingest_documents
    from bilateral.store import Store

    wanted = set(ids) if ids is not None else None
    items = (d for d in read_inputs(list(inputs), settings)
             if wanted is None or (isinstance(d, Document) and d.id in wanted))
    store = Store(":memory:")
    ingest_documents(items, settings, store)
    return store


def _gold_actor(code: str | None) -> Any:
    from bilateral.models import Actor

    if not code:
        return None
    country = None if code[:3] in ("IGO", "NGO", "---") else code[:3]
    return Actor(text=code, name=code, code=code, country=country, sector=code[3:6] or None, kind="state")


def _locate_trigger(tokens: Sequence[tuple[str, str]], trigger: str) -> tuple[str, int]:
    """A perfect coder's trigger text and token position for a gold trigger in a sentence of (text, lemma) tokens:
    the first token whose lemma is the trigger's first word or that starts with its first four letters ("met" for
    "meet", "pointed a finger" for "point a finger"); the gold trigger at the sentence's start when none does."""
    words = trigger.split()
    if not words:
        return trigger, 0
    first = words[0].casefold()
    for i, (text, lemma) in enumerate(tokens):
        if lemma.casefold() == first or text.casefold().startswith(first[:4]):
            return " ".join([text, *words[1:]]), i
    return trigger, 0


def gold_coded_events(gold: Mapping[str, Sequence[VoaSentence]], texts: Mapping[str, str], nlp: Any = None
                      ) -> list[tuple[GoldMention, Event]]:
    """Each scored gold event as the mention a perfect coder would store (its story's text by id in ``texts``):
    with ``nlp`` (a spaCy pipeline), its trigger is the sentence's word for the gold trigger at that word's token
    position, as the coder stores it; without, the first whitespace-separated word starting like it."""
    from bilateral.codes import load_codes, quad_class_of
    from bilateral.models import CameoCode, PloverType
    from bilateral.nlp import split_sentences

    codes = load_codes()
    out = []
    for story, sentences in gold.items():
        spans = {s.index: s for s in split_sentences(texts[story])}
        wanted = [spans[sent.key.index].text for sent in sentences if any(x.scored for x in sent.events)]
        parsed = {} if nlp is None else {
            text: [(t.text, t.lemma_) for t in doc] for text, doc in zip(wanted, nlp.pipe(wanted), strict=True)}
        for sent in sentences:
            span = spans[sent.key.index]
            for e in (x for x in sent.events if x.scored):
                tokens = parsed.get(span.text) or [(w, w) for w in span.text.split()]
                trigger, at = _locate_trigger(tokens, e.trigger or "")
                precision = {4: "year", 7: "month", 10: "day"}.get(len(e.date or ""))
                event = Event(doc_id=story, sentence_index=span.index, sentence=span.text, char_start=span.start,
                              char_end=span.end, source=_gold_actor(e.source), target=_gold_actor(e.target),
                              event_type=PloverType(e.plover), cameo=CameoCode(e.cameo),
                              quad_class=quad_class_of(e.cameo), goldstein=codes.get(e.cameo).goldstein or 0.0,
                              modality=e.modality, trigger=trigger, confidence=1.0,  # type: ignore[arg-type]
                              coder="gold",
                              trigger_start=at, date=e.date, date_precision=precision,  # type: ignore[arg-type]
                              date_source="text" if e.date else None)
                out.append((GoldMention(story, span.index, gold_key(e), e.happening, e.modality == "future",
                                        _announces(e.cameo, e.plover, e.modality)), event))
    return out


def score_gold_clustering(pairs: Sequence[tuple[GoldMention, Event]], window_days: int, name: str) -> MergeResult:
    """Cluster the gold codings with the store's dedup and score the clusters against the gold happenings."""
    from bilateral.dedup import cluster_events

    gold_of = {id(e): g for g, e in pairs}
    stored: list[StoredMention] = []
    ordered: list[GoldMention] = []
    for n, cluster in enumerate(cluster_events([e for _, e in pairs], window_days)):
        for e in cluster:
            stored.append(StoredMention(str(n), e))
            ordered.append(gold_of[id(e)])
    return _score_matched(list(zip(ordered, stored, strict=True)), stored, name)


def evaluate_voa_merges(stories_path: Path, gold: Mapping[str, Sequence[VoaSentence]], settings: Settings
                        ) -> MergeResult:
    """Ingest the gold VOA stories into a temporary store and score its merges against the gold happenings."""
    store = ingest_into_memory([str(stories_path)], settings, set(gold))
    return score_merges(voa_gold_mentions(gold), stored_mentions(store), f"{len(gold)} VOA stories, as ingested")


def evaluate_voa_gold_merges(stories_path: Path, gold: Mapping[str, Sequence[VoaSentence]], settings: Settings
                             ) -> MergeResult:
    """The store's merging applied to the gold codings of the VOA stories, scored against the gold happenings."""
    from bilateral.evaluation.voagold import read_stories
    from bilateral.nlp import load_nlp

    texts = {k: v["text"] for k, v in read_stories(stories_path).items() if k in gold}
    return score_gold_clustering(gold_coded_events(gold, texts, load_nlp(settings)), settings.dedup_window_days,
                                 f"{len(gold)} VOA stories, gold codings clustered")


def evaluate_sample_merges(gold_path: Path, settings: Settings) -> MergeResult:
    """Ingest the project's sample corpus into a temporary store and score its merges against ``gold_path``."""
    from bilateral.samples import sample_corpus

    store = ingest_into_memory([str(sample_corpus())], settings)
    return score_merges(read_merge_gold(gold_path), stored_mentions(store), f"samples against {gold_path}")


def evaluate_merges(stories_path: Path, gold: Mapping[str, Sequence[VoaSentence]], settings: Settings,
                    sample_gold: Path | None = None) -> list[MergeResult]:
    """Every merge figure ``bilateral eval`` prints for the VOA stories: as ingested, on the gold codings, and on
    the bundled samples when their gold exists."""
    out = [evaluate_voa_merges(stories_path, gold, settings), evaluate_voa_gold_merges(stories_path, gold, settings)]
    if sample_gold is not None and sample_gold.is_file():
        out.append(evaluate_sample_merges(sample_gold, settings))
    return out
