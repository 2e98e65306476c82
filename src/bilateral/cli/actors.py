"""``bilateral actors resolve`` and ``bilateral actors unresolved``: check and extend the actor knowledge.

``resolve`` says how a name is coded on a day (the coding an article of that day would get);
``unresolved`` lists the names of stored articles that no dictionary codes, to add to an actor file.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from bilateral.actors import KnowledgeBase, find_unresolved, resolve_text
from bilateral.actors.unresolved import stored_documents
from bilateral.cli.common import ConfigOption, DbOption, app, err, handles_errors, out, settings_from, store_from
from bilateral.nlp import load_nlp

FORMATS = ("json", "table")

actors_app = typer.Typer(
    name="actors", no_args_is_help=True,
    help="Actor knowledge: how a name is coded on a day, and which names the dictionaries miss.",
)
app.add_typer(actors_app, name="actors")


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


@actors_app.command("resolve")
@handles_errors
def resolve_cmd(
    text: Annotated[str, typer.Argument(help="A name or phrase: \"Antony Blinken\", \"Rwandan troops\", \"Kigali\".")],
    date: Annotated[dt.datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Code for this day (YYYY-MM-DD); default: people by their latest office.")] = None,
    context: Annotated[str | None, typer.Option(
        help="A sentence before TEXT, for surnames and \"the Rwandan leader\".")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (the actor object, or null) or table.")] = "json",
    config: ConfigOption = None,
) -> None:
    """Print the actor that TEXT is coded as on --date, or null when nothing is known."""
    _check_format(fmt)
    settings = settings_from(config, None)
    actor = resolve_text(text, KnowledgeBase.load(settings), load_nlp(settings),
                         date.date() if date else None, context)
    if fmt == "json":
        sys.stdout.write(json.dumps(actor.to_dict() if actor else None, ensure_ascii=False) + "\n")
        return
    if actor is None:
        out.print(f"nothing known for {text!r}", markup=False, highlight=False)
        return
    table = Table("field", "value")
    for key, value in actor.to_dict().items():
        table.add_row(key, "" if value is None else str(value))
    out.print(table)


@actors_app.command("unresolved")
@handles_errors
def unresolved_cmd(
    limit: Annotated[int, typer.Option(min=1, help="Show at most this many names.")] = 30,
    max_docs: Annotated[int, typer.Option(min=1, help="Read at most this many documents (newest first).")] = 2000,
    fmt: Annotated[str, typer.Option("--format", help="table or json (one object per name).")] = "table",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """List the most frequent names in stored documents that no actor dictionary codes."""
    _check_format(fmt)
    settings = settings_from(config, db)
    docs = stored_documents(store_from(settings), max_docs)
    kb, nlp = KnowledgeBase.load(settings), load_nlp(settings)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, disable=quiet, transient=False) as bar:
        task = bar.add_task("reading documents", total=len(docs))
        found = find_unresolved(docs, kb, nlp, batch_size=settings.parse_batch_size,
                                progress=lambda done: bar.update(task, completed=done))
    shown = found[:limit]
    if fmt == "json":
        for name in shown:
            sys.stdout.write(json.dumps(name.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table("name", "label", "count", "docs", "example")
    for name in shown:
        example = name.example if len(name.example) <= 70 else name.example[:69] + "…"
        table.add_row(name.text, name.label, str(name.count), str(name.documents), example)
    out.print(table)
    out.print(f"{len(shown)} of {len(found)} unresolved names in {len(docs)} documents", highlight=False)
