"""Which documents of a batch are coded: the known/duplicate and near-duplicate checks, on the client.

``bilateral.runs.ingest_documents`` makes these checks batch by batch against a store it has
already written the earlier batches to. The Dask engine writes nothing until every partition is
coded, so ``Admission`` adds what this run has admitted so far to what the store knows; with the
same ``NearDuplicateIndex`` (seeded from the store, fed in input order) the same documents are coded,
skipped or stored as near-duplicates as in the single-process ingest. ``triage_batch`` is the
per-batch check itself, free of any engine, which the single-process ingest calls too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bilateral.dedup import NearDuplicateIndex, minhash_signature
from bilateral.models import CodedDocument, Document, RunReport
from bilateral.store import Store

PENDING = "pending"
"""Status of a document admitted earlier in this run but not stored yet."""


@dataclass(slots=True)
class Triage:
    """A batch after the checks: documents to code (with their signatures) and near-duplicates to store."""

    fresh: list[Document] = field(default_factory=list)
    near: list[CodedDocument] = field(default_factory=list)
    signatures: dict[str, tuple[int, ...]] = field(default_factory=dict)


def triage_batch(batch: Sequence[Document], known: Mapping[str, str], index: NearDuplicateIndex,
                 report: RunReport, *, retry_failed: bool = False) -> Triage:
    """Split a batch into fresh documents and near-duplicates; count known documents as duplicates.

    ``known`` maps doc ids and content hashes to their stored status (``Store.known_documents``);
    ``index`` is updated with every fresh document's signature.
    """
    out = Triage()
    for doc in batch:
        status = known.get(doc.id) or known.get(doc.content_hash)
        if status is not None and not (retry_failed and status == "failed"):
            report.documents_duplicate += 1
            continue
        sig = minhash_signature(doc.text)
        original = index.add(doc.id, sig)
        if original is not None and original != doc.id:
            out.near.append(CodedDocument(doc, "near_duplicate", duplicate_of=original, minhash=tuple(sig)))
            report.documents_duplicate += 1
            continue
        out.fresh.append(doc)
        out.signatures[doc.id] = tuple(sig)
    return out


class Admission:
    """The run-wide checks: the store's known documents and signatures, plus this run's admitted ones."""

    def __init__(self, store: Store, threshold: float) -> None:
        self.store = store
        self.index = NearDuplicateIndex(threshold)
        for doc_id, sig in store.signatures():
            self.index.add(doc_id, sig)
        self._admitted: set[str] = set()

    def admit(self, batch: Sequence[Document], report: RunReport) -> Triage:
        """Triage one batch and remember every document it will store (fresh and near-duplicates)."""
        ids = [d.id for d in batch]
        hashes = [d.content_hash for d in batch]
        known = dict(self.store.known_documents(ids, hashes))
        for key in (*ids, *hashes):
            if key in self._admitted:
                known.setdefault(key, PENDING)
        triage = triage_batch(batch, known, self.index, report)
        for doc in [*triage.fresh, *(c.doc for c in triage.near)]:
            self._admitted.add(doc.id)
            self._admitted.add(doc.content_hash)
        return triage
