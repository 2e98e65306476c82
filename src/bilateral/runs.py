"""Runs over a stream of documents: batches, exact and near-duplicate checks against the store, progress, and
the run report; the coding of each batch is ``pipeline.code_documents``.

Kept apart from the pipeline so the pipeline module holds only the composition of the coding stages (read ->
split -> parse -> actors -> events -> dating -> places), and this one only how a run feeds it and stores what it
returns (``bilateral ingest``, ``bilateral code``, the web upload and the merge evaluation all run through here;
``scale.dask`` reuses ``batches``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence

from bilateral.dedup import NearDuplicateIndex
from bilateral.ingest import read_inputs
from bilateral.models import CodedDocument, Document, Failure, RunReport
from bilateral.pipeline import Resources, code_documents, load_resources
from bilateral.scale.triage import triage_batch
from bilateral.settings import Settings
from bilateral.store import Store

Progress = Callable[[int, int], None]
"""Called as progress(documents_done, event_mentions_so_far) after each batch."""


def batches(items: Iterable[Document | Failure], size: int, report: RunReport) -> Iterator[list[Document]]:
    """The documents of ``items`` in lists of ``size``; read failures go to the report as they pass."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        report.documents_read += 1
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_stream(items: Iterable[Document | Failure], settings: Settings, *, report: RunReport | None = None,
                resources: Resources | None = None) -> Iterator[CodedDocument | Failure]:
    """Code documents without a store (``bilateral code``): one result per input, in input order.

    Exact duplicates (same normalised text) within the stream are coded once; the later copies are
    skipped, as the store would skip them.
    """
    report = report if report is not None else RunReport(run_id="code")
    res = resources or load_resources(settings)
    seen: set[str] = set()
    pending: list[Failure] = []

    def items_with_failures() -> Iterator[Document | Failure]:
        for item in items:
            if isinstance(item, Failure):
                pending.append(item)
            yield item

    for batch in batches(items_with_failures(), settings.batch_size, report):
        yield from pending
        pending.clear()
        fresh = []
        for doc in batch:
            if doc.content_hash in seen:
                report.documents_duplicate += 1
                continue
            seen.add(doc.content_hash)
            fresh.append(doc)
        for coded in code_documents(fresh, res, report):
            if coded.failure is not None:
                report.failures.append(coded.failure)
            report.event_mentions += len(coded.events)
            yield coded
        report.documents_new += len(fresh)
        report.undated_documents += sum(1 for d in fresh if d.published is None)
    yield from pending


def with_published(items: Iterable[Document | Failure], published: dt.date | None) -> Iterator[Document | Failure]:
    """Documents given ``published`` where their input had no publication date (``--published``)."""
    for item in items:
        if published is not None and isinstance(item, Document) and item.published is None:
            yield dataclasses.replace(item, published=published)
        else:
            yield item


def run_ingest(inputs: Sequence[str], settings: Settings, store: Store, *, retry_failed: bool = False,
               progress: Progress | None = None, resources: Resources | None = None,
               published: dt.date | None = None) -> RunReport:
    """Read inputs (or the failed documents), code them, store them deduplicated; return the run report.
    ``published`` dates the documents whose input gives no publication date."""
    if retry_failed:
        return ingest_documents(with_published(store.failed_documents(), published), settings, store,
                                retry_failed=True, progress=progress, resources=resources, inputs=len(inputs))
    return ingest_documents(with_published(read_inputs(inputs, settings), published), settings, store,
                            progress=progress, resources=resources, inputs=len(inputs))


def ingest_documents(items: Iterable[Document | Failure], settings: Settings, store: Store, *,
                     retry_failed: bool = False, progress: Progress | None = None,
                     resources: Resources | None = None, inputs: int = 0) -> RunReport:
    """Code a stream of documents (read failures pass through to the report) into the store."""
    started = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    report = RunReport(run_id=started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6], inputs=inputs)
    store.init()
    res = resources or load_resources(settings)
    index = NearDuplicateIndex(settings.near_duplicate_threshold)
    for doc_id, sig in store.signatures():
        index.add(doc_id, sig)
    done = 0
    for batch in batches(items, settings.batch_size, report):
        known = store.known_documents([d.id for d in batch], [d.content_hash for d in batch])
        triage = triage_batch(batch, known, index, report, retry_failed=retry_failed)  # as the Dask engine does
        fresh, near, sigs = triage.fresh, triage.near, triage.signatures
        coded = [dataclasses.replace(c, minhash=sigs[c.doc.id]) for c in code_documents(fresh, res, report)]
        for c in coded:
            if c.failure is not None:
                report.failures.append(c.failure)
            report.event_mentions += len(c.events)
        report.documents_new += len(fresh)
        report.undated_documents += sum(1 for d in fresh if d.published is None)
        store.write_batch([*coded, *near], report.run_id, settings.dedup_window_days)
        done += len(batch)
        if progress is not None:
            progress(done, report.event_mentions)
    store.record_run(report, started, "ok" if report.ok else "with_failures")
    return report
