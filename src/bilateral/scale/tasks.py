"""The work a Dask worker does: code one partition of documents and write it as a Parquet shard.

This module is what the workers import (never ``__main__``), so it must not import Dask: a worker
needs bilateral and its model, nothing from the client. The parser, actor knowledge, lexicon and
gazetteer are loaded once per worker process and kept for every later partition with the same
settings.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from bilateral.models import Document, RunReport
from bilateral.pipeline import Resources, code_documents, load_resources
from bilateral.scale.shards import write_shard
from bilateral.settings import Settings


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a worker reports for one partition: where its shard is and what it counted."""

    index: int
    path: str
    documents: int
    sentences: int
    sentences_parsed: int
    event_mentions: int
    failures: int
    seconds: float


@functools.lru_cache(maxsize=2)
def worker_resources(settings: Settings) -> Resources:
    """The stages' resources for these settings, loaded on the first partition of this process."""
    return load_resources(settings)


def shard_path(shard_dir: str | Path, index: int) -> Path:
    """Where partition ``index`` of a run is written."""
    return Path(shard_dir) / f"part-{index:06d}.parquet"


def code_partition(docs: Sequence[Document], settings: Settings, shard_dir: str, *, index: int = 0,
                   signatures: Mapping[str, tuple[int, ...]] | None = None) -> PartitionResult:
    """Code documents as ``pipeline.code_documents`` does and write them (with their MinHash) to a shard.

    ``shard_dir`` must be visible to the client under the same path (a shared filesystem on a cluster).
    """
    started = time.perf_counter()
    report = RunReport(run_id=f"partition-{index}")
    coded = code_documents(docs, worker_resources(settings), report)
    if signatures is not None:
        coded = [dataclasses.replace(c, minhash=signatures[c.doc.id]) for c in coded]
    path = write_shard(coded, shard_path(shard_dir, index))
    return PartitionResult(
        index=index, path=str(path), documents=len(coded), sentences=report.sentences,
        sentences_parsed=report.sentences_parsed, event_mentions=sum(len(c.events) for c in coded),
        failures=sum(1 for c in coded if c.failure is not None), seconds=time.perf_counter() - started,
    )


def installed_version() -> str:
    """The bilateral version installed where this runs (checked on every worker before work starts)."""
    try:
        return metadata.version("bilateral")
    except metadata.PackageNotFoundError:
        return "unknown"
