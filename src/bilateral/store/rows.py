"""Conversions between records and the flat rows of the store's tables."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilateral.models import Actor, CameoCode, Document, Event, EventMention, Location, PloverType

ACTOR_FIELDS = ("text", "name", "code", "country", "sector", "kind", "person")
LOCATION_FIELDS = ("name", "country", "admin1", "lat", "lon", "precision")

MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id", "doc_id", "sentence_index", "sentence", "char_start", "char_end",
    "date", "date_precision", "date_source", "date_start",
    *(f"source_{f}" for f in ACTOR_FIELDS), *(f"target_{f}" for f in ACTOR_FIELDS),
    "event_type", "cameo", "quad_class", "goldstein", "modality",
    *(f"loc_{f}" for f in LOCATION_FIELDS),
    "trigger", "trigger_start", "confidence", "coder", "run_id",
)

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "content_hash", "title", "url", "source", "published", "language", "origin", "text",
    "status", "failed_stage", "error", "duplicate_of", "sentences", "minhash", "run_id", "ingested_at",
)


def date_start(date: str | None) -> dt.date | None:
    """First day of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date, for sorting and filtering."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _actor_row(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {f"{prefix}_{f}": (getattr(actor, f) if actor else None) for f in ACTOR_FIELDS}


def mention_row(event: Event, run_id: str) -> dict[str, Any]:
    """The ``mentions`` row of one coded event mention."""
    loc = event.location
    row: dict[str, Any] = {
        "mention_id": event.event_id, "doc_id": event.doc_id,
        "sentence_index": event.sentence_index, "sentence": event.sentence,
        "char_start": event.char_start, "char_end": event.char_end,
        "date": event.date, "date_precision": event.date_precision, "date_source": event.date_source,
        "date_start": date_start(event.date),
        **_actor_row("source", event.source), **_actor_row("target", event.target),
        "event_type": event.event_type, "cameo": event.cameo, "quad_class": event.quad_class,
        "goldstein": event.goldstein, "modality": event.modality,
        **{f"loc_{f}": (getattr(loc, f) if loc else None) for f in LOCATION_FIELDS},
        "trigger": event.trigger, "trigger_start": event.trigger_start, "confidence": event.confidence,
        "coder": event.coder, "run_id": run_id,
    }
    return row


def _actor_from(row: dict[str, Any], prefix: str) -> Actor | None:
    if row.get(f"{prefix}_code") is None:
        return None
    return Actor(**{f: row[f"{prefix}_{f}"] for f in ACTOR_FIELDS})


def event_from_row(row: dict[str, Any]) -> Event:
    """Rebuild an Event from a ``mentions`` row."""
    loc = None
    if row.get("loc_name") is not None:
        loc = Location(**{f: row[f"loc_{f}"] for f in LOCATION_FIELDS})
    source = _actor_from(row, "source")
    if source is None:
        raise ValueError(f"mention {row.get('mention_id')} has no source actor")
    return Event(
        doc_id=row["doc_id"], sentence_index=row["sentence_index"], sentence=row["sentence"],
        char_start=row["char_start"], char_end=row["char_end"], source=source,
        target=_actor_from(row, "target"),
        event_type=PloverType(row["event_type"]) if row["event_type"] else None,
        cameo=CameoCode(row["cameo"]), quad_class=row["quad_class"], goldstein=row["goldstein"],
        modality=row["modality"], trigger=row["trigger"] or "", confidence=row["confidence"],
        coder=row["coder"] or "", trigger_start=row["trigger_start"] or 0, date=row["date"],
        date_precision=row["date_precision"], date_source=row["date_source"], location=loc,
    )


def mention_ref(row: dict[str, Any]) -> EventMention:
    """The provenance part of a ``mentions`` row."""
    return EventMention(row["doc_id"], row["sentence_index"], row["sentence"], row["char_start"], row["char_end"])


def document_from_row(row: dict[str, Any]) -> Document:
    """Rebuild a Document from a ``documents`` row."""
    return Document(
        id=row["doc_id"], text=row["text"], title=row["title"], url=row["url"], source=row["source"],
        published=row["published"], language=row["language"], origin=row["origin"],
    )
