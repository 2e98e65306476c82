"""``bilateral ingest --engine dask``: code partitions on a Dask cluster, load them in one transaction.

What runs where:

* client (this process): reads the inputs in batches of ``settings.batch_size``, drops documents the
  store or this run already has and sets near-duplicates aside (``scale.triage``, the same checks as
  the single-process ingest), submits each remaining batch as one task, and keeps only a bounded
  number of partitions in flight;
* workers: ``scale.tasks.code_partition`` parses and codes a partition and writes a Parquet shard;
* client, once every partition is done: reads all shards back and stores them with one
  ``Store.write_batch`` (one transaction, so a failed run stores nothing), records the run, and
  deletes the shards.

The stored documents, mentions and events are identical to those of ``runs.run_ingest``.
Dask is an optional dependency (``pip install 'bilateral[cluster]'``), imported only here.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from bilateral.errors import ConfigError
from bilateral.ingest import read_inputs
from bilateral.models import CodedDocument, Document, Failure, RunReport
from bilateral.runs import Progress, batches  # the single-process ingest's batching: read failures to the report
from bilateral.scale.shards import read_shard, write_shard
from bilateral.scale.tasks import PartitionResult, code_partition, installed_version
from bilateral.scale.triage import Admission
from bilateral.settings import Settings
from bilateral.store import Store

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 2
"""Workers of the local cluster started when neither a scheduler nor a worker count is given."""

INSTALL_HINT = "pip install 'bilateral[cluster]'"


def import_distributed() -> ModuleType:
    """The ``distributed`` package, or a ConfigError saying how to install it."""
    try:
        import distributed
    except ImportError as e:
        raise ConfigError(f"the dask engine needs Dask's distributed scheduler: {INSTALL_HINT}") from e
    return distributed


@contextmanager
def _quiet_distributed_logs(level: int = logging.WARNING) -> Iterator[None]:
    """Keep Dask's INFO chatter (scheduler and nanny start/stop) out of the application's log handlers.

    ``LocalCluster(silence_logs=...)`` quiets only Dask's own handlers; its records still propagate to
    the root handlers, so the ``distributed`` logger is raised to ``level`` while the cluster runs.
    """
    logger = logging.getLogger("distributed")
    old = logger.level
    if logger.getEffectiveLevel() < level:
        logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(old)


@contextmanager
def dask_client(scheduler: str | None, workers: int | None, *,
                connect_timeout_s: float = 10.0) -> Iterator[Any]:
    """A ``distributed.Client`` on an existing scheduler, or on a local cluster of ``workers`` processes."""
    distributed = import_distributed()
    with _quiet_distributed_logs():
        yield from _open_client(distributed, scheduler, workers, connect_timeout_s)


def _open_client(distributed: ModuleType, scheduler: str | None, workers: int | None,
                 connect_timeout_s: float) -> Iterator[Any]:
    """The generator behind ``dask_client`` (run with Dask's logs quieted)."""
    if scheduler and workers is not None:
        raise ConfigError("give --scheduler (an existing cluster) or --workers (a local one), not both")
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {workers}")
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=connect_timeout_s, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {scheduler} within {connect_timeout_s:g} s ({e}); "
                "is `dask scheduler` running there and is the address host:port right?"
            ) from e
        with client:
            _check_workers(client, scheduler, connect_timeout_s)
            yield client
        return
    n = workers if workers is not None else DEFAULT_WORKERS
    log.info("starting a local Dask cluster of %d worker processes", n)
    with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        yield client


def _check_workers(client: Any, scheduler: str, timeout_s: float) -> None:
    """Fail early when the cluster has no workers or runs another bilateral version."""
    try:
        client.wait_for_workers(1, timeout=timeout_s)
    except TimeoutError as e:
        raise ConfigError(f"the Dask scheduler at {scheduler} has no workers; start some with "
                          f"`dask worker {scheduler}`") from e
    here = installed_version()
    versions = client.run(installed_version)
    wrong = sorted(f"{w} has {v}" for w, v in versions.items() if v != here)
    if wrong:
        raise ConfigError(f"workers of {scheduler} run another bilateral version than this client ({here}): "
                          f"{'; '.join(wrong)}; install the same version on every worker")


def _new_run_id(started: dt.datetime) -> str:
    return started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def _shard_root(settings: Settings, shard_dir: str | None) -> Path:
    """A fresh folder for this run's shards: under ``shard_dir``, else next to the DuckDB file."""
    if shard_dir is not None:
        parent = Path(shard_dir).resolve()
    elif settings.db_path != ":memory:":
        parent = Path(settings.db_path).resolve().parent
    else:
        parent = Path(tempfile.gettempdir())
    try:
        parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".bilateral-shards-", dir=parent))
    except OSError as e:
        raise ConfigError(f"{parent}: cannot create a folder for shards ({e.strerror}); pass another shard_dir") \
            from e


@dataclass(slots=True)
class _Partition:
    """One batch of the run: its coded shard (once done) and its near-duplicates shard, in input order."""

    index: int
    read: int
    """Documents of the batch, known ones included (for progress)."""
    documents: int
    """Documents sent to a worker for coding."""
    result: PartitionResult | None = None
    near_path: Path | None = None


@dataclass(slots=True)
class _Run:
    client: Any
    worker_settings: Settings
    root: Path
    report: RunReport
    max_in_flight: int
    progress: Progress | None = None
    partitions: list[_Partition] = field(default_factory=list)
    submitted: int = 0
    collected: int = 0
    documents_done: int = 0
    mentions_done: int = 0


def _settle(run: _Run, documents_read: int, event_mentions: int) -> None:
    """Count a batch as done (coded, or nothing to code) and report progress."""
    run.documents_done += documents_read
    run.mentions_done += event_mentions
    if run.progress is not None:
        run.progress(run.documents_done, run.mentions_done)


def _collect(run: _Run, future: Any) -> None:
    """Take a finished partition's result (a worker's error is raised here)."""
    distributed = import_distributed()
    try:
        result: PartitionResult = future.result()
    except distributed.KilledWorker as e:
        raise ConfigError(f"a Dask worker died while coding partition {future.key} ({e}); it probably ran out "
                          "of memory: lower batch_size or give workers more memory") from e
    part = run.partitions[result.index]
    part.result = result
    run.collected += 1
    log.info("partition %d: %d documents, %d sentences (%d parsed), %d event mentions, %d failed, %.1f s "
             "(%d of %d submitted partitions done)", result.index, result.documents, result.sentences,
             result.sentences_parsed, result.event_mentions, result.failures, result.seconds, run.collected,
             run.submitted)
    _settle(run, part.read, result.event_mentions)


def _code_all(run: _Run, items: Iterable[Document | Failure], batch_size: int, admission: Admission) -> None:
    """Submit every batch as a partition and wait for all of them, never more than max_in_flight at once."""
    distributed = import_distributed()
    pending = distributed.as_completed(loop=run.client.loop)
    in_flight = 0
    for batch in batches(items, batch_size, run.report):
        triage = admission.admit(batch, run.report)
        part = _Partition(index=len(run.partitions), read=len(batch), documents=len(triage.fresh))
        run.partitions.append(part)
        if triage.near:
            part.near_path = write_shard(triage.near, run.root / f"near-{part.index:06d}.parquet")
        run.report.documents_new += len(triage.fresh)
        if not triage.fresh:
            _settle(run, part.read, 0)
            continue
        pending.add(run.client.submit(
            code_partition, triage.fresh, run.worker_settings, str(run.root), index=part.index,
            signatures=triage.signatures, key=f"bilateral-{run.report.run_id}-{part.index}", pure=False,
        ))
        in_flight += 1
        run.submitted += 1
        while in_flight >= run.max_in_flight:
            _collect(run, next(pending))
            in_flight -= 1
    for future in pending:
        _collect(run, future)


def _load(run: _Run) -> list[CodedDocument]:
    """Every shard's records in input order (per batch: coded documents, then near-duplicates)."""
    coded: list[CodedDocument] = []
    for part in run.partitions:
        if part.result is not None:
            records = read_shard(part.result.path)
            run.report.sentences += part.result.sentences
            run.report.sentences_parsed += part.result.sentences_parsed
            for c in records:
                if c.failure is not None:
                    run.report.failures.append(c.failure)
                run.report.event_mentions += len(c.events)
            coded.extend(records)
        if part.near_path is not None:
            coded.extend(read_shard(part.near_path))
    return coded


def run_dask_ingest(inputs: Sequence[str], settings: Settings, store: Store, *, scheduler: str | None = None,
                    workers: int | None = None, shard_dir: str | None = None,
                    connect_timeout_s: float = 10.0, progress: Progress | None = None) -> RunReport:
    """Ingest inputs like ``runs.run_ingest``, coding the documents on a Dask cluster.

    ``scheduler`` is the address of a running scheduler (``tcp://HOST:8786``); otherwise a local cluster
    of ``workers`` processes (default 2) is started and stopped. Shards go to a fresh folder under
    ``shard_dir`` (default: next to the DuckDB file), which on a cluster must be a filesystem shared by
    the client and every worker under the same path. ``progress(documents_done, event_mentions_so_far)``
    is called as partitions finish (as in ``run_ingest``).
    """
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    report = RunReport(run_id=_new_run_id(started), inputs=len(inputs))
    # Workers are the parallelism; spaCy subprocesses cannot start inside (daemonic) worker processes.
    worker_settings = settings if settings.n_process == 1 else settings.replace(n_process=1)
    clock = time.perf_counter()
    with ExitStack() as cleanup:
        with dask_client(scheduler, workers, connect_timeout_s=connect_timeout_s) as client:
            store.init()
            admission = Admission(store, settings.near_duplicate_threshold)
            root = _shard_root(settings, shard_dir)
            cleanup.callback(shutil.rmtree, root, ignore_errors=True)
            threads = sum(client.nthreads().values()) or 1
            run = _Run(client, worker_settings, root, report, max_in_flight=max(2, 2 * threads),
                       progress=progress)
            _code_all(run, read_inputs(inputs, settings), settings.batch_size, admission)
        coded = _load(run)
        log.info("coded %d partitions in %.1f s; storing %d documents in one transaction",
                 len(run.partitions), time.perf_counter() - clock, len(coded))
        store.write_batch(coded, report.run_id, settings.dedup_window_days)
    store.record_run(report, started, "ok" if report.ok else "with_failures")
    return report
