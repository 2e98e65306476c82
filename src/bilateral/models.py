"""The records that flow between bilateral's stages.

Every stage takes and returns these frozen records; no nested dicts cross a module boundary. The JSON
shape of an event (the output contract in DESIGN.md) is produced by ``event_to_dict`` /
``stored_event_to_dict`` here, so every output (JSONL, HTTP, report) agrees.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal, NewType

CameoCode = NewType("CameoCode", str)
"""A CAMEO code string of 2-4 digits, e.g. ``"042"`` or ``"1622"``."""

PloverType = NewType("PloverType", str)
"""One of the 16 PLOVER event types, e.g. ``"CONSULT"``."""

Modality = Literal["asserted", "alleged", "negated", "future", "hypothetical"]
DatePrecision = Literal["day", "month", "year"]
DateSource = Literal["text", "publication"]
PlacePrecision = Literal["city", "admin1", "country"]

MODALITIES: tuple[str, ...] = ("asserted", "alleged", "negated", "future", "hypothetical")
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "REB", "OPP", "JUD", "LEG", "COP", "PTY", "MED", "BUS",
    "NGO", "IGO", "CVL", "REF", "CRM", "EDU", "REL", "LAB",
)
ACTOR_KINDS: tuple[str, ...] = (
    "state", "person", "organization", "armed_group", "igo", "ngo", "company", "group",
)


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from an input (file, record, feed entry)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    language: str | None = None
    origin: str | None = None
    """Where it was read from (path, path:line, URL), for error messages and provenance."""

    @property
    def content_hash(self) -> str:
        """Hash of the whitespace-normalised text: equal for exact duplicates."""
        norm = " ".join(self.text.split()).casefold()
        return hashlib.sha1(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Failure:
    """One input or document that could not be processed, and why (a row of the run report)."""

    origin: str
    reason: str
    stage: str = "read"
    line: int | None = None
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an actor is, coded on the event's date (the actor object of the output contract)."""

    text: str
    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    person: str | None = None
    """Canonical name of the person behind this actor, if any, so it can be recoded for another date."""

    def to_dict(self) -> dict[str, Any]:
        """The contract's actor object."""
        return {
            "text": self.text, "name": self.name, "code": self.code,
            "country": self.country, "sector": self.sector, "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor found in the parsed document: its token span and character offsets (document-relative)."""

    actor: Actor
    start: int
    """First token index in the spaCy Doc."""
    end: int
    """Token index one past the last token."""
    start_char: int
    end_char: int
    confidence: float = 1.0
    resolved_by: str = "dictionary"
    """How it was coded: dictionary, title, coreference, metonym, demonym."""
    posting: Mention | None = None
    """For a posted title with a sender ("the UN envoy for Syria"), the state named where its holder serves."""


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened (the contract's location object)."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: PlacePrecision

    def to_dict(self) -> dict[str, Any]:
        """The contract's location object."""
        return {
            "name": self.name, "country": self.country, "admin1": self.admin1,
            "lat": self.lat, "lon": self.lon, "precision": self.precision,
        }


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as resolved by the dating stage."""

    date: str | None
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; None when neither text nor publication dates it."""
    precision: DatePrecision | None
    source: DateSource | None
    text: str | None = None
    """The time expression that dated it, if any."""


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event as read in one sentence (an event mention before deduplication)."""

    doc_id: str
    sentence_index: int
    sentence: str
    char_start: int
    char_end: int
    source: Actor
    target: Actor | None
    event_type: PloverType | None
    """The PLOVER type; None for a CAMEO 01x public statement, which PLOVER leaves untyped."""
    cameo: CameoCode
    quad_class: int
    goldstein: float
    modality: Modality
    trigger: str
    confidence: float
    coder: str
    trigger_start: int = 0
    """Token index of the trigger's head in the spaCy Doc (internal, for dating and places)."""
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_source: DateSource | None = None
    location: Location | None = None

    @property
    def event_id(self) -> str:
        """Stable id: hash of doc id, sentence index, source code, type, target code (and trigger)."""
        target = self.target.code if self.target else ""
        key = "|".join(
            [self.doc_id, str(self.sentence_index), self.source.code, self.event_type or "", self.cameo,
             target, str(self.trigger_start)]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class EventMention:
    """Provenance of a stored event: one sentence of one document that reports it."""

    doc_id: str
    sentence_index: int
    sentence: str
    char_start: int
    char_end: int

    def to_dict(self) -> dict[str, Any]:
        """The contract's mention object."""
        return {
            "doc_id": self.doc_id, "sentence_index": self.sentence_index, "sentence": self.sentence,
            "char_start": self.char_start, "char_end": self.char_end,
        }


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A deduplicated event: the best-supported mention's fields plus every mention behind it."""

    event: Event
    event_id: str
    num_mentions: int
    num_documents: int
    mentions: tuple[EventMention, ...]


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """What an export or a report cites of a stored document: its title, URL, outlet and publication date."""

    doc_id: str
    title: str | None
    url: str | None
    outlet: str | None
    """The news source (the documents table's ``source``), e.g. "VOA"."""
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class DyadPoint:
    """One period of a dyad series: event counts and intensity (events, not mentions)."""

    period: str
    """Period start as ``YYYY-MM-DD``."""
    events: int
    quad_counts: tuple[int, int, int, int]
    """Counts for quad classes 1..4."""
    goldstein_sum: float
    goldstein_mean: float | None
    coop_minus_conflict: int
    type_counts: tuple[tuple[str, int], ...] = ()
    """Events by PLOVER type, in ``PLOVER_TYPES`` order."""
    untyped: int = 0
    """Events with no PLOVER type (CAMEO 01x statements): in ``events``, the quad counts (root 01 is verbal
    cooperation) and the Goldstein sums, never in ``type_counts``."""


@dataclass(frozen=True, slots=True)
class DyadSeries:
    """A dyad's relationship over time at one frequency, with the events behind each period."""

    a: str
    b: str
    directed: bool
    freq: str
    points: tuple[DyadPoint, ...]
    events: tuple[tuple[StoredEvent, ...], ...] = ()
    """The events of each point, in the same order."""
    coarser: int = 0
    """Events left out because their date is less precise than the frequency."""
    undated: int = 0
    modalities: tuple[str, ...] = ("asserted",)
    """The modalities counted (asserted, and alleged when asked); other events are set apart."""
    set_apart: tuple[StoredEvent, ...] = ()
    """Events of the dyad in the span that are not counted: negated, future, hypothetical (and alleged unless
    counted), by date."""
    coarser_events: tuple[StoredEvent, ...] = ()
    """The counted events left out of the periods because their date is less precise than the frequency."""


@dataclass(frozen=True, slots=True)
class ChangePoint:
    """A shift in a dyad series: the first period of the new regime, means before/after, key events."""

    period: str
    before_mean: float
    after_mean: float
    events: tuple[StoredEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class Tie:
    """An undirected tie of the actor network: event count and mean Goldstein (its balance)."""

    a: str
    b: str
    events: int
    goldstein_mean: float
    cooperative: int
    conflictual: int


@dataclass(frozen=True, slots=True)
class ReportEpisode:
    """A burst of events inside a report period, set apart from the next by a long silence."""

    start: str
    end: str
    events: int
    type_counts: tuple[tuple[str, int], ...]
    key_events: tuple[StoredEvent, ...]


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """A stretch of a relationship between two change points, summarised, with its key events and episodes."""

    start: str
    end: str
    events: int
    quad_counts: tuple[int, int, int, int]
    goldstein_mean: float | None
    key_events: tuple[StoredEvent, ...]
    episodes: tuple[ReportEpisode, ...] = ()
    freq: str = "month"
    """The frequency of the periods ``start`` and ``end`` begin (the period ends with the last day of ``end``'s)."""
    coarser: int = 0
    """Counted events of the period dated less precisely than the frequency (in ``events``, not in the chart)."""
    set_apart: tuple[StoredEvent, ...] = ()
    """Events of the period that are not counted (announced, denied, hypothetical...), by date."""


@dataclass(frozen=True, slots=True)
class DyadReport:
    """Everything a dyad report shows: the series, its change points, periods and where events happened."""

    series: DyadSeries
    change_points: tuple[ChangePoint, ...]
    periods: tuple[ReportPeriod, ...]
    located: tuple[StoredEvent, ...]
    total_events: int
    documents: int
    sources: tuple[DocumentRef, ...] = ()
    """The stored documents its events cite (title, URL, outlet), for links."""
    undated: tuple[StoredEvent, ...] = ()
    """Events without a date: counted ones, listed after the periods."""


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """A document after the pipeline: its events, or the stage that failed, ready to be stored."""

    doc: Document
    status: Literal["coded", "failed", "near_duplicate"]
    events: tuple[Event, ...] = ()
    sentences: int = 0
    failure: Failure | None = None
    duplicate_of: str | None = None
    minhash: tuple[int, ...] | None = None


@dataclass(slots=True)
class RunReport:
    """Counts and failures of one ingest run, summarised once at the end (mutable while the run goes)."""

    run_id: str
    inputs: int = 0
    documents_read: int = 0
    documents_new: int = 0
    documents_duplicate: int = 0
    sentences: int = 0
    sentences_parsed: int = 0
    event_mentions: int = 0
    failures: list[Failure] = field(default_factory=list)
    undated_documents: int = 0
    """New documents coded without a publication date: their events are dated only where the text names a date."""

    @property
    def ok(self) -> bool:
        """True when no input or document failed."""
        return not self.failures


def event_to_dict(event: Event, event_id: str | None = None) -> dict[str, Any]:
    """The output contract's JSON object for one event mention."""
    return {
        "event_id": event_id or event.event_id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "char_start": event.char_start,
        "char_end": event.char_end,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_source": event.date_source,
        "source": event.source.to_dict(),
        "target": event.target.to_dict() if event.target else None,
        "event_type": event.event_type,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "location": event.location.to_dict() if event.location else None,
        "trigger": event.trigger,
        "confidence": round(event.confidence, 3),
        "coder": event.coder,
    }


def stored_event_to_dict(stored: StoredEvent) -> dict[str, Any]:
    """The output contract's JSON object for a deduplicated, stored event."""
    out = event_to_dict(stored.event, stored.event_id)
    out["num_mentions"] = stored.num_mentions
    out["num_documents"] = stored.num_documents
    out["mentions"] = [m.to_dict() for m in stored.mentions]
    return out
