"""The DuckDB schema of a bilateral store, versioned, with forward-only migrations.

Tables: ``documents`` (every article read, with its status: coded, failed or near_duplicate),
``mentions`` (every coded event mention with its provenance: document, sentence, offsets),
``events`` (deduplicated happenings: one row per cluster of mentions, pointing at its best mention),
``event_mentions`` (which mentions make up each event),
``runs`` and ``failures`` (the run reports). ``meta`` holds the schema version.

Version 2 recomputes every quad class by the CAMEO root (01-05, 06-08, 09-13, 14-20), the convention
analysts expect; version 1 stores followed the PLOVER type and counted appeals (02x) as verbal conflict.
Version 3 stores CAMEO 01x statements, which have no PLOVER type: ``mentions.event_type`` may be NULL, and
``events`` carries its best mention's CAMEO code, the key an untyped event is re-clustered under.
"""

from __future__ import annotations

import duckdb

from bilateral.errors import StoreError
from bilateral.store.connection import one_line, rollback_quietly

SCHEMA_VERSION = 3

_ACTOR_COLS = "{p}_text VARCHAR, {p}_name VARCHAR, {p}_code VARCHAR, {p}_country VARCHAR, " \
              "{p}_sector VARCHAR, {p}_kind VARCHAR, {p}_person VARCHAR"

_V1 = [
    "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    """CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        title VARCHAR, url VARCHAR, source VARCHAR, published DATE, language VARCHAR, origin VARCHAR,
        text VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        failed_stage VARCHAR, error VARCHAR, duplicate_of VARCHAR,
        sentences INTEGER, minhash UBIGINT[],
        run_id VARCHAR, ingested_at TIMESTAMP
    )""",
    "CREATE INDEX documents_hash ON documents (content_hash)",
    f"""CREATE TABLE mentions (
        mention_id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL, sentence VARCHAR NOT NULL,
        char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
        date VARCHAR, date_precision VARCHAR, date_source VARCHAR, date_start DATE,
        {_ACTOR_COLS.format(p="source")},
        {_ACTOR_COLS.format(p="target")},
        event_type VARCHAR NOT NULL, cameo VARCHAR NOT NULL, quad_class INTEGER NOT NULL,
        goldstein DOUBLE NOT NULL, modality VARCHAR NOT NULL,
        loc_name VARCHAR, loc_country VARCHAR, loc_admin1 VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE,
        loc_precision VARCHAR,
        trigger VARCHAR, trigger_start INTEGER, confidence DOUBLE, coder VARCHAR, run_id VARCHAR
    )""",
    "CREATE INDEX mentions_doc ON mentions (doc_id)",
    "CREATE INDEX mentions_key ON mentions (source_code, target_code, event_type)",
    """CREATE TABLE events (
        event_id VARCHAR PRIMARY KEY,
        best_mention_id VARCHAR NOT NULL,
        num_mentions INTEGER NOT NULL, num_documents INTEGER NOT NULL,
        date_start DATE, source_code VARCHAR, source_country VARCHAR, target_code VARCHAR,
        target_country VARCHAR, event_type VARCHAR, quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,
        loc_country VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE
    )""",
    "CREATE INDEX events_dyad ON events (source_country, target_country)",
    "CREATE TABLE event_mentions (event_id VARCHAR NOT NULL, mention_id VARCHAR NOT NULL)",
    "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
    """CREATE TABLE runs (
        run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR,
        inputs INTEGER, documents_read INTEGER, documents_new INTEGER, documents_duplicate INTEGER,
        sentences INTEGER, sentences_parsed INTEGER, event_mentions INTEGER, failures INTEGER
    )""",
    """CREATE TABLE failures (
        run_id VARCHAR, origin VARCHAR, line INTEGER, stage VARCHAR, reason VARCHAR, doc_id VARCHAR
    )""",
]

_QUAD_BY_ROOT = ("CASE WHEN CAST(substr(cameo, 1, 2) AS INTEGER) <= 5 THEN 1 "
                 "WHEN CAST(substr(cameo, 1, 2) AS INTEGER) <= 8 THEN 2 "
                 "WHEN CAST(substr(cameo, 1, 2) AS INTEGER) <= 13 THEN 3 ELSE 4 END")

_V2 = [
    f"UPDATE mentions SET quad_class = {_QUAD_BY_ROOT}",
    "UPDATE events SET quad_class = m.quad_class FROM mentions m WHERE m.mention_id = events.best_mention_id",
]

_V3 = [
    "DROP INDEX IF EXISTS mentions_key",  # DuckDB alters no column of a table that has an index
    "DROP INDEX IF EXISTS mentions_doc",
    "ALTER TABLE mentions ALTER COLUMN event_type DROP NOT NULL",
    "CREATE INDEX mentions_doc ON mentions (doc_id)",
    "CREATE INDEX mentions_key ON mentions (source_code, target_code, event_type)",
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS cameo VARCHAR",
    "UPDATE events SET cameo = m.cameo FROM mentions m WHERE m.mention_id = events.best_mention_id",
]

MIGRATIONS: dict[int, list[str]] = {1: _V1, 2: _V2, 3: _V3}
"""Statements that bring a store from version N-1 to N."""


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the open store (0 for an empty file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Bring the store up to SCHEMA_VERSION in one transaction per step; returns the version reached."""
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version} is newer than this bilateral ({SCHEMA_VERSION}); "
            "upgrade bilateral"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in MIGRATIONS[target]:
                con.execute(stmt)
            con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(target)]
            )
            con.execute("COMMIT")
        except duckdb.Error as e:
            rollback_quietly(con)
            raise StoreError(f"{path}: migration to schema version {target} failed: {one_line(e)}") from e
    return SCHEMA_VERSION
