"""``bilateral events``, ``summary``, ``show`` and ``settings``: read what the store holds."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer
from rich.table import Table

from bilateral.analysis.counting import parse_modalities
from bilateral.cli.common import ConfigOption, DbOption, app, handles_errors, out, settings_from, store_from
from bilateral.cli.output import OutputOption, emit, emit_table, plural, say_written
from bilateral.codes import UNTYPED, type_label
from bilateral.errors import QueryError
from bilateral.models import StoredEvent
from bilateral.settings import describe
from bilateral.store import ORDERS, EventQuery, document_refs, find_events, summarize
from bilateral.store.export import FORMATS, export_events


def _parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    parts = value.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        raise QueryError(f"{name} wants YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}") from None


def _parse_near(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError:
        raise QueryError(f"--near wants LAT,LON,KM (e.g. -1.95,30.06,100), got {value!r}") from None
    return lat, lon, km


@app.command()
@handles_errors
def events(
    dyad: Annotated[tuple[str, str] | None, typer.Option(help="Two actors, e.g. --dyad USA RWA.")] = None,
    directed: Annotated[bool, typer.Option(help="Only events from the first actor to the second.")] = False,
    actor: Annotated[str | None, typer.Option(help="Events where this actor is source or target.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (YYYY[-MM[-DD]]).")] = None,
    event_type: Annotated[list[str] | None, typer.Option(
        "--type", help=f"PLOVER type(s); {UNTYPED} for CAMEO 01 statements, which have none.")] = None,
    modality: Annotated[str | None, typer.Option(help="Only these modalities, e.g. asserted,alleged or negated "
                                                      "(default: all).")] = None,
    country: Annotated[str | None, typer.Option(help="Where the event happened (ISO3).")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON,KM: events located within KM of a point.")] = None,
    fmt: Annotated[str, typer.Option("--format", help=f"table, brief (each event with its whole sentence) or one "
                                                      f"of {', '.join(FORMATS)}.")] = "table",
    sort: Annotated[str, typer.Option(help=f"Order: {' or '.join(ORDERS)} (most documents and mentions, "
                                           f"then largest Goldstein weight).")] = "date",
    output: OutputOption = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    header: Annotated[bool, typer.Option(help="csv and phoenix: a header line naming the columns.")] = True,
    show_merges: Annotated[bool, typer.Option("--show-merges", help="Only events merged from several mentions, "
                                                                    "each with every mention's sentence.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """List stored events (deduplicated), filtered, as a table or JSONL/CSV/Parquet/Phoenix TSV."""
    settings = settings_from(config, db)
    query = EventQuery(dyad=dyad, directed=directed, actor=actor, since=_parse_date(since, "--since"),
                       until=_parse_date(until, "--until"), event_types=tuple(event_type or ()),
                       country=country, near=_parse_near(near), modalities=parse_modalities(modality))
    store = store_from(settings)
    found = find_events(store, query, limit=limit, order=sort)
    if show_merges:
        merged = [s for s in found if s.num_mentions > 1]
        emit("".join(_merge_lines(s) for s in merged) + f"{plural(len(merged), 'merged event')}\n", output)
        return
    if fmt == "brief":
        emit("".join(_brief(s) + "\n" for s in found) + f"{plural(len(found), 'event')}\n", output)
        say_written(plural(len(found), "event"), output)
        return
    if fmt != "table":
        docs = document_refs(store, {m.doc_id for s in found for m in s.mentions})
        n = export_events(found, fmt, output, docs, header=header)
        say_written(plural(n, "event"), output)
        return
    table = Table("date", "source", "type", "cameo", "target", "modality", "where", "n", "sentence")
    for s in found:
        e = s.event
        table.add_row(e.date or "?", e.source.code, type_label(e.event_type), e.cameo,
                      e.target.code if e.target else "", e.modality, e.location.name if e.location else "",
                      str(s.num_mentions), e.sentence[:90])
    emit_table(table, output, plural(len(found), "event"))


def _brief(stored: StoredEvent) -> str:
    """Two lines an analyst reads: when, who, what, to whom, how sure, where from; then the sentence."""
    e = stored.event
    target = e.target.code if e.target else "-"
    where = f" in {e.location.name}" if e.location else ""
    reports = f"{stored.num_mentions} mention{'s' if stored.num_mentions != 1 else ''}" \
              f" in {stored.num_documents} document{'s' if stored.num_documents != 1 else ''}"
    kind = type_label(e.event_type)
    return (f"{e.date or '????'}  {e.source.code} -> {target}  {kind} {e.cameo} ({e.modality}){where}; "
            f"{reports}; {e.doc_id}\n    \"{e.sentence}\"")


def _merge_lines(stored: StoredEvent) -> str:
    """An event and every mention merged into it, so a reader can check the merge."""
    lines = [_brief(stored).split("\n")[0]]
    lines += [f"    {m.doc_id}#{m.sentence_index}: \"{m.sentence}\"" for m in stored.mentions]
    return "\n".join(lines) + "\n"


@app.command()
@handles_errors
def summary(db: DbOption = None, config: ConfigOption = None) -> None:
    """What the store holds: documents, sentences, event mentions, events by type, failures of the last run."""
    settings = settings_from(config, db)
    s = summarize(store_from(settings))
    docs = ", ".join(f"{n} {status}" for status, n in s.documents.items()) or "none"
    out.print(f"{settings.db_path}: documents {sum(s.documents.values())} ({docs}); {s.sentences} sentences; "
              f"{s.mentions} event mentions -> {s.events} events; {s.failures} failures in the last run",
              highlight=False, soft_wrap=True)
    if s.events_by_type:
        out.print("events by type: " + ", ".join(f"{t} {n}" for t, n in s.events_by_type.items()),
                  highlight=False, soft_wrap=True)


@app.command()
@handles_errors
def show(doc_id: Annotated[str, typer.Argument(help="Document id.")], db: DbOption = None,
         config: ConfigOption = None) -> None:
    """Show a stored document, its status and the events coded from it, sentence by sentence."""
    store = store_from(settings_from(config, db))
    stored = store.document(doc_id)
    if stored is None:
        raise QueryError(f"no document {doc_id!r} in {store.path}; list them with `bilateral events`")
    d = stored.doc
    out.print(f"{d.id}  [{stored.status}]  {d.title or ''}  published {d.published or 'unknown'}", highlight=False)
    if stored.error:
        out.print(f"failed at {stored.failed_stage}: {stored.error}", markup=False, highlight=False, soft_wrap=True)
    for s in find_events(store, EventQuery(doc_id=doc_id)):
        e = s.event
        target = e.target.code if e.target else "-"
        out.print(f"  [{e.sentence_index}] {e.source.code} {type_label(e.event_type)} {target} "
                  f"({e.modality}, {e.date or '?'}): {e.sentence}", markup=False, highlight=False)


@app.command("settings")
@handles_errors
def settings_cmd(config: ConfigOption = None) -> None:
    """Print every setting with its value and help text."""
    current = settings_from(config, None)
    for name, _default, help_text in describe():
        out.print(f"{name} = {getattr(current, name)!r}\n    {help_text}", markup=False, highlight=False)
