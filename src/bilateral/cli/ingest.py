"""``bilateral ingest``, ``runs`` and ``samples``: code articles into the store; show past runs; find the samples."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from bilateral.cli.common import (
    EXIT_INPUT_FAILURES,
    ConfigOption,
    DbOption,
    app,
    err,
    handles_errors,
    out,
    settings_from,
    store_from,
)
from bilateral.models import RunReport
from bilateral.settings import Settings
from bilateral.store import Store
from bilateral.store.connection import ingest_lock


def _summary(report: RunReport, db: str) -> None:
    out.print(
        f"run {report.run_id}: {report.documents_read} documents read, {report.documents_new} new, "
        f"{report.documents_duplicate} already stored or duplicates; {report.sentences} sentences, "
        f"{report.sentences_parsed} parsed; {report.event_mentions} event mentions -> {db}",
        highlight=False, soft_wrap=True,
    )
    if report.failures:
        err.print(f"{len(report.failures)} input(s) failed:", highlight=False)
        for f in report.failures[:50]:
            where = f"{f.origin}:{f.line}" if f.line else f.origin
            err.print(f"  {where} [{f.stage}] {f.reason}", markup=False, highlight=False)
        if len(report.failures) > 50:
            err.print(f"  ... and {len(report.failures) - 50} more (see `bilateral runs`)", highlight=False)
    say_undated(report)


def say_undated(report: RunReport) -> None:
    """Say once that documents without a publication date give undated events, and how to date them."""
    n = report.undated_documents
    if n:
        err.print(f"note: {n} document{'s' if n != 1 else ''} had no publication date: {'their' if n != 1 else 'its'} "
                  "events are dated only where the text names a date, else undated; give one with --published "
                  "YYYY-MM-DD, or a 'date: YYYY-MM-DD' line in the header block at the top of a text file",
                  markup=False, highlight=False, soft_wrap=True)


@app.command()
@handles_errors
def ingest(
    inputs: Annotated[list[str] | None, typer.Argument(help="Files, directories, or - for stdin.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    retry_failed: Annotated[bool, typer.Option(help="Code again the documents stored with a failure.")] = False,
    n_process: Annotated[int | None, typer.Option(help="spaCy processes.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Documents per batch.")] = None,
    engine: Annotated[str, typer.Option(help="local, or dask (needs the package's cluster extra; see "
                                             "docs/cluster.md).")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://HOST:8786.")] = None,
    workers: Annotated[int | None, typer.Option(help="Start a local Dask cluster with N workers.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) of documents whose input "
                                                       "gives none; their events are dated from it.")] = None,
) -> None:
    """Read articles, code their events and store them (idempotent: reruns add only what is new)."""
    settings = settings_from(config, db, n_process=n_process, batch_size=batch_size)
    published_on = parse_published(published)
    if published_on is not None and engine != "local":
        raise typer.BadParameter("--published works with --engine local")
    if not inputs and not retry_failed:
        raise typer.BadParameter("give at least one input (file, directory or -), or --retry-failed")
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r}: use local or dask")
    store = store_from(settings)
    with ingest_lock(store.path):
        report = _run(inputs or [], settings, store, engine=engine, retry_failed=retry_failed, scheduler=scheduler,
                      workers=workers, quiet=quiet, published=published_on)
    _summary(report, settings.db_path)
    if report.failures:
        raise typer.Exit(EXIT_INPUT_FAILURES)


def parse_published(value: str | None) -> dt.date | None:
    """The ``--published`` date, or a usage error that shows the form wanted."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"--published wants YYYY-MM-DD, got {value!r}") from None


def _run(inputs: list[str], settings: Settings, store: Store, *, engine: str, retry_failed: bool,
         scheduler: str | None, workers: int | None, quiet: bool, published: dt.date | None) -> RunReport:
    """The ingest itself, by the engine asked for; the progress bar has a total and an ETA when the inputs'
    documents can be counted cheaply (``ingest.count``)."""
    if engine == "dask":
        from bilateral.scale.dask import run_dask_ingest

        return run_dask_ingest(inputs, settings, store, scheduler=scheduler, workers=workers)
    from bilateral.ingest.count import count_documents
    from bilateral.runs import run_ingest

    total = None if quiet or retry_failed else count_documents(inputs)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TextColumn("{task.fields[events]} event mentions"),
                  TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=err, disable=quiet,
                  transient=False) as bar:
        task = bar.add_task("coding documents", total=total, events=0)

        def progress(done: int, events: int) -> None:
            grown = None if total is None else max(total, done)  # the count is an estimate: never past 100 %
            bar.update(task, completed=done, total=grown, events=events)

        report = run_ingest(inputs, settings, store, retry_failed=retry_failed, progress=progress,
                            published=published)
        if total is not None:
            bar.update(task, total=report.documents_read, completed=report.documents_read)
        return report


@app.command()
def samples() -> None:
    """Print the folder of the bundled sample corpus (e.g. bilateral ingest "$(bilateral samples)")."""
    from bilateral.samples import sample_corpus

    out.print(str(sample_corpus()), highlight=False, soft_wrap=True)


@app.command()
@handles_errors
def runs(db: DbOption = None, config: ConfigOption = None,
         failures: Annotated[bool, typer.Option(help="List each failure of the last run.")] = False) -> None:
    """List ingest runs with their counts (and the failures of the last one)."""
    store = store_from(settings_from(config, db))
    for r in store.sql("SELECT * FROM runs ORDER BY started_at"):
        out.print(f"{r['run_id']}  {r['status']:<14} docs read {r['documents_read']}, new {r['documents_new']}, "
                  f"mentions {r['event_mentions']}, failures {r['failures']}", highlight=False)
    if failures:
        for f in store.sql("SELECT * FROM failures WHERE run_id = (SELECT run_id FROM runs "
                           "ORDER BY started_at DESC LIMIT 1)"):
            where = f"{f['origin']}:{f['line']}" if f["line"] else f["origin"]
            out.print(f"  {where} [{f['stage']}] {f['reason']}", markup=False, highlight=False, soft_wrap=True)
