"""The embedded DuckDB store: documents, event mentions, deduplicated events and run reports.

Connections are short-lived: a writer opens the file read-write only to commit one batch, and readers
(the HTTP server, ``bilateral events``) open it read-only per request, so an ingest and a server can
share one file. DuckDB lets one process hold a read-write handle at a time; opening while another
process holds it is retried for ``busy_timeout_s`` (``on_wait`` is told) and then reported as
``StoreBusy``. Every DuckDB error leaves as one ``StoreError`` line naming the file (see ``connection``).

Every batch is one transaction: a document is stored with all its mentions or not at all, so a
killed ingest leaves no partial document and a rerun resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from bilateral.errors import StoreError
from bilateral.models import CodedDocument, Document, Event, Failure, RunReport, StoredEvent
from bilateral.store import rows
from bilateral.store.connection import NO_NETWORK, OnWait, connect_file, rollback_quietly, store_failure
from bilateral.store.recluster import arrow_table, insert, insert_table, keys_of_docs, merge_type, recluster
from bilateral.store.schema import SCHEMA_VERSION, current_version, migrate

_MAX_CACHED_MENTIONS = 100_000


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A stored document with its ingest status (what the documents table holds)."""

    doc: Document
    status: str
    failed_stage: str | None
    error: str | None
    duplicate_of: str | None
    sentences: int | None


class Store:
    """A bilateral store in one DuckDB file (or ``:memory:`` for tests)."""

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0, on_wait: OnWait | None = None) -> None:
        self.path = str(path)
        self.busy_timeout_s = busy_timeout_s
        self.on_wait = on_wait
        """Told once per wait when another process holds the store's lock (the CLI prints it)."""
        self._memory: duckdb.DuckDBPyConnection | None = None
        self._mentions: dict[str, tuple[str | None, Event]] = {}
        """Mentions already read back for re-clustering, by mention id, with the run that wrote them."""
        self._up_to_date = False
        """Whether the file's schema is known to be current (checked on the first read)."""
        if self.path == ":memory:":
            self._memory = duckdb.connect(":memory:", config=dict(NO_NETWORK))
            migrate(self._memory, self.path)

    # -- connections -------------------------------------------------------------------------
    @contextmanager
    def connect(self, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one unit of work, closed afterwards (file stores); migrates on write.

        Any DuckDB error inside, closing included, leaves as one ``StoreError`` naming the file.
        """
        action = "writing" if write else "reading"
        if self._memory is not None:
            try:
                yield self._memory
            except duckdb.Error as e:
                raise store_failure(self.path, action, e) from e
            return
        con = connect_file(self.path, read_only=not write, busy_timeout_s=self.busy_timeout_s, on_wait=self.on_wait)
        if not write and not self._up_to_date:
            con = self._upgraded(con)
        failed = True
        try:
            if write:
                migrate(con, self.path)
            yield con
            failed = False
        except duckdb.Error as e:
            raise store_failure(self.path, action, e) from e
        finally:
            try:
                con.close()  # a write connection checkpoints here, which can fail like a commit
            except duckdb.Error as e:
                if not failed:
                    raise store_failure(self.path, action, e) from e

    def _upgraded(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """A read connection to a store whose schema is current: an older store (quad classes of schema 1) is
        migrated first, since reading it as it is would count events in the wrong classes."""
        try:
            version = current_version(con)
        except duckdb.Error as e:
            con.close()
            raise store_failure(self.path, "reading", e) from e
        if version >= SCHEMA_VERSION:
            self._up_to_date = True
            return con
        con.close()
        try:
            with self.connect(write=True):
                pass
        except StoreError as e:
            raise StoreError(f"{self.path}: this store has schema version {version} and must be migrated to "
                             f"{SCHEMA_VERSION} (quad classes by CAMEO root, untyped 01x statements) before it is "
                             f"read, which failed: {e}; "
                             "make the file writable and run `bilateral ingest --retry-failed --db FILE` once") from e
        self._up_to_date = True
        return connect_file(self.path, read_only=True, busy_timeout_s=self.busy_timeout_s, on_wait=self.on_wait)

    def init(self) -> None:
        """Create the file and bring its schema up to date."""
        with self.connect(write=True):
            pass

    # -- writing -----------------------------------------------------------------------------
    def known_documents(self, doc_ids: Sequence[str], hashes: Sequence[str]) -> dict[str, str]:
        """Status of already stored documents, keyed by doc id and by content hash."""
        if self._memory is None and not Path(self.path).exists():
            return {}
        with self.connect() as con:
            found = con.execute(
                "SELECT doc_id, content_hash, status FROM documents "
                "WHERE doc_id IN (SELECT unnest(?)) OR content_hash IN (SELECT unnest(?))",
                [list(doc_ids), list(hashes)],
            ).fetchall()
        out: dict[str, str] = {}
        for doc_id, content_hash, status in found:
            out[doc_id] = status
            out[content_hash] = status
        return out

    def signatures(self) -> Iterator[tuple[str, list[int]]]:
        """MinHash signatures of every coded document, for near-duplicate detection across runs."""
        if self._memory is None and not Path(self.path).exists():
            return
        with self.connect() as con:
            found = con.execute(
                "SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL AND status = 'coded' "
                "ORDER BY doc_id"
            ).fetchall()
        for doc_id, sig in found:
            yield doc_id, list(sig)

    def write_batch(self, coded: Sequence[CodedDocument], run_id: str, window_days: int) -> None:
        """Store coded documents and their mentions, then re-cluster the affected events; all or nothing."""
        if not coded:
            return
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        doc_rows = [self._document_row(c, run_id, now) for c in coded]
        mention_rows = [rows.mention_row(e, run_id) for c in coded for e in c.events]
        mention_rows = list({r["mention_id"]: r for r in mention_rows}.values())
        ids = [r["doc_id"] for r in doc_rows]
        new_keys = {(r["source_country"] or r["source_code"], (r["target_country"] or r["target_code"]) or "",
                     merge_type(r["event_type"], r["cameo"], r["modality"])) for r in mention_rows}
        doc_table = arrow_table(rows.DOCUMENT_COLUMNS, doc_rows)
        mention_table = arrow_table(rows.MENTION_COLUMNS, mention_rows)
        for r in mention_rows:  # rewritten rows are read back afresh
            self._mentions.pop(r["mention_id"], None)
        with self.connect(write=True) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                old_keys = keys_of_docs(con, ids)
                con.execute("DELETE FROM mentions WHERE doc_id IN (SELECT unnest(?))", [ids])
                con.execute("DELETE FROM documents WHERE doc_id IN (SELECT unnest(?))", [ids])
                insert_table(con, "documents", rows.DOCUMENT_COLUMNS, doc_table)
                insert_table(con, "mentions", rows.MENTION_COLUMNS, mention_table)
                recluster(con, old_keys | new_keys, window_days, self._read_mentions)
                con.execute("COMMIT")
            except duckdb.Error as e:
                rollback_quietly(con)
                failure = store_failure(self.path, f"storing a batch of {len(coded)} documents in", e)
                raise failure from e

    @staticmethod
    def _document_row(c: CodedDocument, run_id: str, now: dt.datetime) -> dict[str, Any]:
        d = c.doc
        return {
            "doc_id": d.id, "content_hash": d.content_hash, "title": d.title, "url": d.url,
            "source": d.source, "published": d.published, "language": d.language, "origin": d.origin,
            "text": d.text, "status": c.status,
            "failed_stage": c.failure.stage if c.failure else None,
            "error": c.failure.reason if c.failure else None, "duplicate_of": c.duplicate_of,
            "sentences": c.sentences, "minhash": list(c.minhash) if c.minhash else None,
            "run_id": run_id, "ingested_at": now,
        }

    def _read_mentions(self, con: duckdb.DuckDBPyConnection, ids: list[tuple[str, str | None]]) -> list[Event]:
        """The stored mentions ``(mention_id, run_id)`` as events; each row is read once per Store, not once
        per batch that re-clusters it (a row rewritten later has another run id, or was written here)."""
        missing = [m for m, run in ids if m not in self._mentions or self._mentions[m][0] != run]
        if len(self._mentions) + len(missing) > _MAX_CACHED_MENTIONS:
            self._mentions.clear()
            missing = [m for m, _ in ids]
        if missing:
            cur = con.execute("SELECT * FROM mentions WHERE mention_id IN (SELECT unnest(?))", [missing])
            names = [d[0] for d in cur.description]
            for r in cur.fetchall():
                row = dict(zip(names, r, strict=True))
                self._mentions[row["mention_id"]] = (row["run_id"], rows.event_from_row(row))
        return [self._mentions[m][1] for m, _ in ids]

    def record_run(self, report: RunReport, started: dt.datetime, status: str) -> None:
        """Store a run report and its failures."""
        finished = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with self.connect(write=True) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._write_run(con, report, started, finished, status)
                con.execute("COMMIT")
            except duckdb.Error as e:
                rollback_quietly(con)
                raise store_failure(self.path, f"recording run {report.run_id} in", e) from e

    @staticmethod
    def _write_run(con: duckdb.DuckDBPyConnection, report: RunReport, started: dt.datetime, finished: dt.datetime,
                   status: str) -> None:
        con.execute("DELETE FROM runs WHERE run_id = ?", [report.run_id])
        con.execute("DELETE FROM failures WHERE run_id = ?", [report.run_id])
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [report.run_id, started, finished, status, report.inputs, report.documents_read,
             report.documents_new, report.documents_duplicate, report.sentences,
             report.sentences_parsed, report.event_mentions, len(report.failures)],
        )
        insert(con, "failures", ("run_id", "origin", "line", "stage", "reason", "doc_id"), [
            {"run_id": report.run_id, "origin": f.origin, "line": f.line, "stage": f.stage,
             "reason": f.reason, "doc_id": f.doc_id} for f in report.failures
        ])

    # -- reading -----------------------------------------------------------------------------
    def failed_documents(self) -> list[Document]:
        """Documents stored with a failure, to be coded again by ``ingest --retry-failed``."""
        with self.connect() as con:
            return [rows.document_from_row(r) for r in _dicts(con.execute(
                "SELECT * FROM documents WHERE status = 'failed' ORDER BY doc_id"))]

    def document(self, doc_id: str) -> StoredDocument | None:
        """One stored document with its status, or None."""
        with self.connect() as con:
            found = _dicts(con.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id]))
        if not found:
            return None
        r = found[0]
        return StoredDocument(rows.document_from_row(r), r["status"], r["failed_stage"], r["error"],
                              r["duplicate_of"], r["sentences"])

    def documents(self, limit: int = 100, offset: int = 0) -> list[StoredDocument]:
        """Stored documents by id, one page at a time."""
        with self.connect() as con:
            found = _dicts(con.execute(
                "SELECT * FROM documents ORDER BY doc_id LIMIT ? OFFSET ?", [limit, offset]))
        return [StoredDocument(rows.document_from_row(r), r["status"], r["failed_stage"], r["error"],
                               r["duplicate_of"], r["sentences"]) for r in found]

    def counts(self) -> dict[str, int]:
        """Numbers of documents, mentions and events stored."""
        with self.connect() as con:
            out = {}
            for table in ("documents", "mentions", "events", "runs", "failures"):
                row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
                out[table] = int(row[0]) if row else 0
            return out

    def fetch_events(self, where: str, params: list[Any], limit: int | None, offset: int,
                     order: str = "e.date_start NULLS LAST, e.event_id") -> list[StoredEvent]:
        """Stored events matching a SQL condition on ``events e`` (built by store.query, parametrised)."""
        sql = f"SELECT e.event_id, e.num_mentions, e.num_documents, m.* FROM events e " \
              f"JOIN mentions m ON m.mention_id = e.best_mention_id WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        with self.connect() as con:
            found = _dicts(con.execute(sql, params))
            ids = [r["event_id"] for r in found]
            refs: dict[str, list[Any]] = {i: [] for i in ids}
            if ids:
                for r in _dicts(con.execute(
                    "SELECT l.event_id, m.doc_id, m.sentence_index, m.sentence, m.char_start, m.char_end "
                    "FROM event_mentions l JOIN mentions m ON m.mention_id = l.mention_id "
                    "WHERE l.event_id IN (SELECT unnest(?)) ORDER BY m.doc_id, m.sentence_index", [ids]
                )):
                    refs[r["event_id"]].append(rows.mention_ref(r))
        return [StoredEvent(rows.event_from_row(r), r["event_id"], r["num_mentions"], r["num_documents"],
                            tuple(refs[r["event_id"]])) for r in found]

    def count(self, where: str, params: list[Any]) -> int:
        """Number of stored events matching a condition on ``events e``."""
        with self.connect() as con:
            row = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def sql(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read-only, parametrised query (for analysis modules); rows as dicts."""
        with self.connect() as con:
            return _dicts(con.execute(query, list(params)))


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def failure_of(doc: Document, stage: str, error: BaseException) -> Failure:
    """A Failure record for a document that failed at a pipeline stage."""
    return Failure(origin=doc.origin or doc.id, reason=f"{type(error).__name__}: {error}", stage=stage,
                   doc_id=doc.id)
