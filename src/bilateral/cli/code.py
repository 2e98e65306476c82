"""``bilateral code``: code articles and print their event mentions, without a store.

For a quick look at what the coder makes of a file, or to pipe events into other tools: one JSON object
per event mention, following the output contract (DESIGN.md), not deduplicated across sentences.
"""

from __future__ import annotations

import contextlib
import json
import sys
from typing import Annotated

import typer
from rich.table import Table

from bilateral.cli.common import EXIT_INPUT_FAILURES, ConfigOption, app, err, handles_errors, settings_from
from bilateral.cli.ingest import parse_published, say_undated
from bilateral.cli.output import OutputOption, emit_table, plural
from bilateral.codes import type_label
from bilateral.ingest import read_inputs
from bilateral.models import Event, Failure, RunReport, event_to_dict

FORMATS = ("jsonl", "table")


def _table_row(e: Event) -> tuple[str, ...]:
    return (e.date or "", e.source.code, type_label(e.event_type), e.cameo, e.target.code if e.target else "",
            e.modality, e.location.name if e.location else "", e.sentence[:90])


@app.command()
@handles_errors
def code(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl (the output contract) or table.")] = "jsonl",
    output: OutputOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) of documents whose input "
                                                       "gives none.")] = None,
    config: ConfigOption = None,
) -> None:
    """Code articles and print every event mention (nothing is stored)."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    from bilateral.runs import code_stream, with_published

    settings = settings_from(config, None)
    report = RunReport(run_id="code", inputs=len(inputs))
    table = Table("date", "source", "type", "cameo", "target", "modality", "where", "sentence")
    docs = with_published(read_inputs(inputs, settings), parse_published(published))
    with contextlib.ExitStack() as stack:
        sink = sys.stdout if output is None or fmt != "jsonl" else stack.enter_context(output.open("w",
                                                                                                  encoding="utf-8"))
        for item in code_stream(docs, settings, report=report):
            if isinstance(item, Failure):
                continue
            for event in item.events:
                if fmt == "jsonl":
                    sink.write(json.dumps(event_to_dict(event), ensure_ascii=False) + "\n")
                else:
                    table.add_row(*_table_row(event))
    if fmt == "table":
        emit_table(table, output)
    err.print(f"{plural(report.documents_read, 'document')}, {plural(report.sentences, 'sentence')}, "
              f"{plural(report.event_mentions, 'event mention')}", highlight=False)
    say_undated(report)
    if report.failures:
        for f in report.failures[:50]:
            where = f"{f.origin}:{f.line}" if f.line else f.origin
            err.print(f"  {where} [{f.stage}] {f.reason}", markup=False, highlight=False)
        raise typer.Exit(EXIT_INPUT_FAILURES)
