"""Event queries: the filters users ask for (dyad, actor, period, type, place), as parametrised SQL.

An actor spec is a country (``RWA``: any actor of that country), a code or code prefix (``CODREB``,
``IGOUNO``, ``USAGOV``). A dyad is undirected unless ``directed`` is set. Every value reaches DuckDB as
a bound parameter, never as SQL text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bilateral.codes import PLOVER_TYPES, UNTYPED
from bilateral.errors import QueryError
from bilateral.models import MODALITIES, StoredEvent
from bilateral.store.store import Store

_ACTOR_SPEC = re.compile(r"^[A-Z]{3}([A-Z]{3}){0,2}$")


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters over stored events; all optional."""

    dyad: tuple[str, str] | None = None
    directed: bool = False
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_types: tuple[str, ...] = ()
    """PLOVER types; ``UNTYPED`` among them selects the CAMEO 01x statements, which have none."""
    quad_class: int | None = None
    modalities: tuple[str, ...] = ()
    country: str | None = None
    """ISO3 of the country where the event happened."""
    near: tuple[float, float, float] | None = None
    """(lat, lon, km): events located within km of a point."""
    doc_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def check_actor_spec(spec: str) -> str:
    """Normalise and validate an actor spec such as ``rwa`` or ``CODREB``."""
    norm = spec.strip().upper()
    if not _ACTOR_SPEC.match(norm):
        raise QueryError(
            f"actor {spec!r} is not a code: use a country (RWA, USA) or a CAMEO-style code (CODREB, IGOUNO)"
        )
    return norm


def _actor_sql(side: str, spec: str) -> tuple[str, list[Any]]:
    if len(spec) == 3:
        return f"(e.{side}_country = ? OR e.{side}_code LIKE ?)", [spec, spec + "%"]
    return f"(e.{side}_code LIKE ?)", [spec + "%"]


def where_clause(q: EventQuery) -> tuple[str, list[Any]]:
    """SQL condition on ``events e`` and its parameters for a query."""
    parts: list[str] = ["TRUE"]
    params: list[Any] = []
    if q.dyad:
        a, b = (check_actor_spec(x) for x in q.dyad)
        sa, pa_ = _actor_sql("source", a)
        tb, pb = _actor_sql("target", b)
        cond, cparams = f"({sa} AND {tb})", [*pa_, *pb]
        if not q.directed:
            sb, pb2 = _actor_sql("source", b)
            ta, pa2 = _actor_sql("target", a)
            cond, cparams = f"({cond} OR ({sb} AND {ta}))", [*cparams, *pb2, *pa2]
        parts.append(cond)
        params += cparams
    if q.actor:
        a = check_actor_spec(q.actor)
        s, ps = _actor_sql("source", a)
        t, pt = _actor_sql("target", a)
        parts.append(f"({s} OR {t})")
        params += [*ps, *pt]
    if q.since:
        parts.append("e.date_start >= ?")
        params.append(q.since)
    if q.until:
        parts.append("e.date_start <= ?")
        params.append(q.until)
    if q.event_types:
        wanted = [t.upper() for t in q.event_types]
        bad = [t for t, w in zip(q.event_types, wanted, strict=True) if w not in PLOVER_TYPES and w != UNTYPED]
        if bad:
            raise QueryError(f"unknown event type(s) {', '.join(bad)}; use PLOVER types: {' '.join(PLOVER_TYPES)}, "
                             f"or {UNTYPED} for CAMEO 01 statements (no PLOVER type)")
        untyped = " OR e.event_type IS NULL" if UNTYPED in wanted else ""
        parts.append(f"(e.event_type IN (SELECT unnest(?)){untyped})")
        params.append([w for w in wanted if w != UNTYPED])
    if q.quad_class is not None:
        if q.quad_class not in (1, 2, 3, 4):
            raise QueryError(f"quad class must be 1-4, got {q.quad_class}")
        parts.append("e.quad_class = ?")
        params.append(q.quad_class)
    if q.modalities:
        bad = [m for m in q.modalities if m not in MODALITIES]
        if bad:
            raise QueryError(f"unknown modality {', '.join(bad)}; use one of {', '.join(MODALITIES)}")
        parts.append("e.modality IN (SELECT unnest(?))")
        params.append(list(q.modalities))
    if q.country:
        parts.append("e.loc_country = ?")
        params.append(check_actor_spec(q.country)[:3])
    if q.near:
        lat, lon, km = q.near
        if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < km <= 20_000):
            raise QueryError(f"--near wants LAT,LON,KM with |lat|<=90, |lon|<=180, 0<km<=20000; got {q.near}")
        parts.append(
            "e.loc_lat IS NOT NULL AND 2 * 6371 * asin(sqrt(pow(sin(radians(e.loc_lat - ?) / 2), 2) + "
            "cos(radians(?)) * cos(radians(e.loc_lat)) * pow(sin(radians(e.loc_lon - ?) / 2), 2))) <= ?"
        )
        params += [lat, lat, lon, km]
    if q.doc_id:
        parts.append("e.event_id IN (SELECT l.event_id FROM event_mentions l JOIN mentions m "
                     "ON m.mention_id = l.mention_id WHERE m.doc_id = ?)")
        params.append(q.doc_id)
    return " AND ".join(parts), params


ORDERS: dict[str, str] = {
    "date": "e.date_start NULLS LAST, e.event_id",
    "importance": "e.num_documents DESC, e.num_mentions DESC, abs(e.goldstein) DESC, e.date_start NULLS LAST, "
                  "e.event_id",
}
"""Orders of an event listing: by date (oldest first), or by importance (most reported, then most intense)."""


def find_events(store: Store, q: EventQuery, limit: int | None = None, offset: int = 0,
                order: str = "date") -> list[StoredEvent]:
    """Stored (deduplicated) events matching a query, in one of the ``ORDERS`` (oldest first by default)."""
    if order not in ORDERS:
        raise QueryError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    where, params = where_clause(q)
    return store.fetch_events(where, params, limit, offset, order=ORDERS[order])


def count_events(store: Store, q: EventQuery) -> int:
    """Number of stored events matching a query."""
    where, params = where_clause(q)
    return store.count(where, params)


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """What a store holds: documents by status, sentences, event mentions, events by PLOVER type (``UNTYPED``
    for CAMEO 01x statements), and the failures (inputs that could not be read or coded) of the latest run."""

    documents: dict[str, int]
    sentences: int
    mentions: int
    events: int
    events_by_type: dict[str, int]
    failures: int


def summarize(store: Store) -> StoreSummary:
    """Counts over the whole store (events are deduplicated happenings, mentions their reports)."""
    docs = {r["status"]: int(r["n"]) for r in store.sql(
        "SELECT status, count(*) AS n FROM documents GROUP BY status ORDER BY status")}
    sentences = store.sql("SELECT coalesce(sum(sentences), 0) AS n FROM documents")[0]["n"]
    mentions = store.sql("SELECT count(*) AS n FROM mentions")[0]["n"]
    by_type = {r["event_type"] or UNTYPED: int(r["n"]) for r in store.sql(
        "SELECT event_type, count(*) AS n FROM events GROUP BY event_type ORDER BY n DESC, event_type NULLS LAST")}
    failures = store.sql("SELECT count(*) AS n FROM failures WHERE run_id = "
                         "(SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1)")[0]["n"]
    return StoreSummary(docs, int(sentences), int(mentions), sum(by_type.values()), by_type, int(failures))
