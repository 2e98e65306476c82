"""``bilateral timeline``, ``bilateral report`` and ``bilateral network``: the relationship over time."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from bilateral.cli.common import ConfigOption, DbOption, app, handles_errors, out, settings_from, store_from
from bilateral.cli.events import _parse_date
from bilateral.errors import QueryError


@app.command()
@handles_errors
def timeline(
    a: Annotated[str, typer.Argument(help="First actor (RWA, USA, CODREB, IGOUNO...).")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    freq: Annotated[str, typer.Option(help="week, month, quarter or year.")] = "month",
    directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Until this date.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    plot: Annotated[Path | None, typer.Option(help="Also draw the series to this PNG (or .svg) file.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """The dyad's series: events per quad class, Goldstein sum and mean, cooperation minus conflict."""
    from bilateral.analysis import detect_change_points, dyad_series
    from bilateral.report.charts import relationship_chart, to_png, to_svg

    store = store_from(settings_from(config, db))
    series = dyad_series(store, a, b, freq=freq, directed=directed, since=_parse_date(since, "--since"),
                         until=_parse_date(until, "--until"))
    rows = [{"period": p.period, "events": p.events, "verbal_coop": p.quad_counts[0],
             "material_coop": p.quad_counts[1], "verbal_conflict": p.quad_counts[2],
             "material_conflict": p.quad_counts[3], "goldstein_sum": p.goldstein_sum,
             "goldstein_mean": p.goldstein_mean, "coop_minus_conflict": p.coop_minus_conflict,
             "types": dict(p.type_counts)} for p in series.points]
    if fmt == "json":
        out.print_json(json.dumps({"a": series.a, "b": series.b, "freq": freq, "directed": directed,
                                   "coarser": series.coarser, "undated": series.undated, "points": rows}))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=[k for k in rows[0] if k != "types"] if rows else ["period"],
                                extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        out.print(buf.getvalue(), end="", markup=False, highlight=False)
    elif fmt == "table":
        table = Table("period", "events", "vc", "mc", "vx", "mx", "goldstein", "mean", "coop-conf")
        for r in rows:
            table.add_row(str(r["period"]), str(r["events"]), str(r["verbal_coop"]), str(r["material_coop"]),
                          str(r["verbal_conflict"]), str(r["material_conflict"]), f"{r['goldstein_sum']:g}",
                          "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:g}",
                          str(r["coop_minus_conflict"]))
        out.print(table)
        out.print(f"{series.coarser} event(s) dated less precisely than a {freq}, {series.undated} undated: "
                  "not in this series", highlight=False)
    else:
        raise QueryError(f"unknown format {fmt!r}; use table, csv or json")
    if plot is not None:
        spec = relationship_chart(series, detect_change_points(series))
        if plot.suffix.lower() == ".svg":
            plot.write_text(to_svg(spec), encoding="utf-8")
        else:
            plot.write_bytes(to_png(spec))
        out.print(f"chart written to {plot}", highlight=False)


@app.command()
@handles_errors
def report(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Report file (.html or .md).")],
    freq: Annotated[str, typer.Option(help="week, month, quarter or year.")] = "month",
    fmt: Annotated[str | None, typer.Option("--format", help="html or md (default: from the file name).")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A report on the dyad: periods between change points, charts, key events citing their sentences."""
    from bilateral.report import build_report, render_html, render_markdown

    kind = fmt or ("md" if output.suffix.lower() in (".md", ".markdown") else "html")
    if kind not in ("html", "md"):
        raise QueryError(f"unknown report format {kind!r}; use html or md")
    built = build_report(store_from(settings_from(config, db)), a, b, freq=freq)
    output.write_text(render_html(built) if kind == "html" else render_markdown(built), encoding="utf-8")
    out.print(f"report on {built.series.a}-{built.series.b} ({built.total_events} events, "
              f"{len(built.change_points)} change points) written to {output}", highlight=False)


@app.command()
@handles_errors
def network(
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Until this date.")] = None,
    level: Annotated[str, typer.Option(help="country or code (actors by full code).")] = "country",
    top: Annotated[int, typer.Option(help="How many ties to list.")] = 15,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Who interacts with whom in a period: the strongest ties and their balance."""
    from bilateral.analysis import actor_network, strongest_ties

    if level not in ("country", "code"):
        raise QueryError(f"level must be country or code, got {level!r}")
    graph = actor_network(store_from(settings_from(config, db)), since=_parse_date(since, "--since"),
                          until=_parse_date(until, "--until"), level=level)
    ties = strongest_ties(graph, top)
    if as_json:
        out.print_json(json.dumps({"actors": graph.number_of_nodes(), "ties": [asdict(t) for t in ties]}))
        return
    table = Table("actor", "actor", "events", "mean Goldstein", "coop", "conflict")
    for t in ties:
        table.add_row(t.a, t.b, str(t.events), f"{t.goldstein_mean:+.2f}", str(t.cooperative), str(t.conflictual))
    out.print(table)
    out.print(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties", highlight=False)
