"""Re-clustering stored mentions into events, and the Arrow inserts the store writes with.

A batch's mentions change the events of every (source family, target family, merge type) key they touch; those
events are rebuilt from all the key's mentions in the same transaction (``recluster``), so the events table is
always what ``dedup.summarise_clusters`` makes of the stored mentions, whatever order batches came in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import duckdb
import pyarrow as pa

from bilateral.models import Event
from bilateral.store import rows

FAMILY = "coalesce({p}_country, {p}_code, '')"
"""SQL for an actor's family: its country, else its code (an IGO), else '' for no target."""
OWN_TYPE = "coalesce({p}event_type, substr({p}cameo, 1, 3))"
"""SQL for ``merging.vocabulary.own_type``: the PLOVER type, else (a 01x statement) the three-digit CAMEO code."""


EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "best_mention_id", "num_mentions", "num_documents", "date_start", "source_code",
    "source_country", "target_code", "target_country", "event_type", "quad_class", "goldstein", "modality",
    "loc_country", "loc_lat", "loc_lon", "cameo",
)


def keys_of_docs(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> set[tuple[str, str, str]]:
    """The (source family, target family, type) keys the stored mentions of these documents are clustered under."""
    found = con.execute(
        f"SELECT DISTINCT {FAMILY.format(p='source')}, {FAMILY.format(p='target')}, event_type, cameo, modality "
        "FROM mentions WHERE doc_id IN (SELECT unnest(?))", [doc_ids],
    ).fetchall()
    # the raw type too: an event of announcements only is filed under it when its best mention is gone
    return {(a, b, t) for a, b, y, c, m in found for t in (merge_type(y, c, "asserted"), merge_type(y, c, m))}


def recluster(con: duckdb.DuckDBPyConnection, keys: set[tuple[str, str, str]], window_days: int,
              read_mentions: Callable[[duckdb.DuckDBPyConnection, list[tuple[str, str | None]]], list[Event]]) -> None:
    """Rebuild the events of the given (source, target, merge type) keys from all their mentions.

    Keys are actor families (the country, else the code), so every group that dedup may merge
    ("USA" with "USAGOV") is re-clustered together, whatever batch brought its mentions; the type is the one
    a mention merges under (``dedup.merge_type``: an announced act under the type of the act it announces).
    """
    from bilateral.dedup import summarise_clusters

    if not keys:
        return
    key_rows = [{"s": s, "t": t, "y": y} for s, t, y in sorted(keys)]
    con.register("_keys", pa.Table.from_pylist(key_rows))
    con.register("_realised", realised_table())
    mention_type = f"coalesce(CASE WHEN m.modality = 'future' THEN r.plover END, {OWN_TYPE.format(p='m.')})"
    event_type = f"coalesce(CASE WHEN e.modality = 'future' THEN r.plover END, {OWN_TYPE.format(p='e.')})"
    keyed_events = (
        "SELECT e.event_id FROM events e LEFT JOIN mentions b ON b.mention_id = e.best_mention_id "
        f"LEFT JOIN _realised r ON r.cameo = b.cameo JOIN _keys k ON {FAMILY.format(p='e.source')} = k.s "
        f"AND {FAMILY.format(p='e.target')} = k.t AND {event_type} = k.y"
    )
    try:
        ids = con.execute(
            "SELECT m.mention_id, m.run_id FROM mentions m LEFT JOIN _realised r ON r.cameo = m.cameo "
            f"JOIN _keys k ON {FAMILY.format(p='m.source')} = k.s "
            f"AND {FAMILY.format(p='m.target')} = k.t AND {mention_type} = k.y ORDER BY m.mention_id"
        ).fetchall()
        events = read_mentions(con, ids)
        doomed = [r[0] for r in con.execute(keyed_events).fetchall()]
        con.execute("DELETE FROM event_mentions WHERE event_id IN (SELECT unnest(?))", [doomed])
        con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?))", [doomed])
    finally:
        con.unregister("_keys")
        con.unregister("_realised")
    event_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    for cluster, best, eid in summarise_clusters(events, window_days):
        event_rows.append({
            "event_id": eid, "best_mention_id": best.event_id, "num_mentions": len(cluster),
            "num_documents": len({e.doc_id for e in cluster}),
            "date_start": rows.date_start(best.date), "source_code": best.source.code,
            "source_country": best.source.country,
            "target_code": best.target.code if best.target else None,
            "target_country": best.target.country if best.target else None,
            "event_type": best.event_type, "quad_class": best.quad_class, "goldstein": best.goldstein,
            "modality": best.modality,
            "loc_country": best.location.country if best.location else None,
            "loc_lat": best.location.lat if best.location else None,
            "loc_lon": best.location.lon if best.location else None, "cameo": best.cameo,
        })
        link_rows.extend({"event_id": eid, "mention_id": e.event_id} for e in cluster)
    insert(con, "events", EVENT_COLUMNS, event_rows)
    insert(con, "event_mentions", ("event_id", "mention_id"), link_rows)


def merge_type(event_type: str | None, cameo: str, modality: str) -> str:
    """``dedup.merge_type`` of a mention row (its ``event_type`` None for a 01x statement)."""
    from bilateral.dedup import realised_type
    from bilateral.merging.vocabulary import own_type

    return (realised_type(cameo) if modality == "future" else None) or own_type(event_type, cameo)


def realised_table() -> pa.Table:
    """Every announcement code with the PLOVER type of the act it announces, for the re-clustering SQL."""
    from bilateral.codes import load_codes
    from bilateral.dedup import realised_type

    pairs = [(c, realised_type(c)) for c in sorted(load_codes().entries)]
    return pa.table({"cameo": [c for c, p in pairs if p], "plover": [p for _, p in pairs if p]})


def arrow_table(columns: Sequence[str], data: list[dict[str, Any]]) -> pa.Table:
    """Rows as an Arrow table, built column by column (types inferred per column, as ``from_pylist`` does)."""
    return pa.table({c: pa.array([r.get(c) for r in data]) for c in columns})


def insert_table(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], arrow: pa.Table) -> None:
    if not arrow.num_rows:
        return
    con.register("_rows", arrow)
    try:
        cols = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _rows")
    finally:
        con.unregister("_rows")


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
            data: list[dict[str, Any]]) -> None:
    """Insert rows through Arrow (DuckDB's executemany is about a thousand rows a second)."""
    if data:
        insert_table(con, table, columns, arrow_table(columns, data))
