"""``bilateral timeline``, ``bilateral report`` and ``bilateral network``: the relationship over time.

Each counts events that happened (asserted; alleged ones with ``--modality asserted,alleged``) and says how
many others it set apart; each refuses an actor that no stored event involves, suggesting close names.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from bilateral.cli.common import ConfigOption, DbOption, app, err, handles_errors, settings_from, store_from
from bilateral.cli.events import _parse_date
from bilateral.cli.output import CountedOption, OutputOption, emit, emit_json, emit_table, plural, say_written
from bilateral.errors import QueryError


def _csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


@app.command()
@handles_errors
def timeline(
    a: Annotated[str, typer.Argument(help="First actor (RWA, USA, CODREB, IGOUNO...).")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    freq: Annotated[str, typer.Option(help="week, month, quarter or year.")] = "month",
    directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Until this date.")] = None,
    modality: CountedOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    output: OutputOption = None,
    plot: Annotated[Path | None, typer.Option(help="Also draw the series to this PNG (or .svg) file.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """The dyad's series: events per quad class, Goldstein sum and mean, cooperation minus conflict."""
    from bilateral.analysis import counted_modalities, detect_change_points, dyad_series
    from bilateral.analysis.counting import set_apart_counts
    from bilateral.report.charts import relationship_chart, to_png, to_svg
    from bilateral.store import check_known_actor

    if fmt not in ("table", "csv", "json"):
        raise QueryError(f"unknown format {fmt!r}; use table, csv or json")
    store = store_from(settings_from(config, db))
    counted = counted_modalities(modality)
    a, b = check_known_actor(store, a), check_known_actor(store, b)
    series = dyad_series(store, a, b, freq=freq, directed=directed, since=_parse_date(since, "--since"),
                         until=_parse_date(until, "--until"), modalities=counted)
    apart = set_apart_counts(series.set_apart)
    rows = [{"period": p.period, "events": p.events, "verbal_coop": p.quad_counts[0],
             "material_coop": p.quad_counts[1], "verbal_conflict": p.quad_counts[2],
             "material_conflict": p.quad_counts[3], "goldstein_sum": p.goldstein_sum,
             "goldstein_mean": p.goldstein_mean, "coop_minus_conflict": p.coop_minus_conflict,
             "types": dict(p.type_counts), "untyped": p.untyped} for p in series.points]
    if fmt == "json":
        emit_json({"a": series.a, "b": series.b, "freq": freq, "directed": directed, "modalities": list(counted),
                   "coarser": series.coarser, "undated": series.undated, "not_counted": apart, "points": rows},
                  output)
    elif fmt == "csv":
        emit(_csv(rows, [k for k in rows[0] if k not in ("types", "untyped")] if rows else ["period"]), output)
    else:
        table = Table("period", "events", "vc", "mc", "vx", "mx", "goldstein", "mean", "coop-conf")
        for r in rows:
            table.add_row(str(r["period"]), str(r["events"]), str(r["verbal_coop"]), str(r["material_coop"]),
                          str(r["verbal_conflict"]), str(r["material_conflict"]), f"{r['goldstein_sum']:g}",
                          "" if r["goldstein_mean"] is None else f"{r['goldstein_mean']:g}",
                          str(r["coop_minus_conflict"]))
        note = (f"{' and '.join(counted)} events counted; {series.coarser} dated less precisely than a {freq}, "
                f"{series.undated} undated: not in this series")
        if apart:
            shown = ",".join(m for m in ("future", "negated", "hypothetical", "alleged") if m not in counted)
            note += (f". Not counted: {', '.join(f'{n} {k}' for k, n in apart.items())} (bilateral events "
                     f"--dyad {a} {b} --modality {shown})")
        emit_table(table, output, note)
    say_written(f"{series.a}-{series.b} series ({plural(len(rows), 'period')})", output)
    if plot is not None:
        spec = relationship_chart(series, detect_change_points(series))
        if plot.suffix.lower() == ".svg":
            plot.write_text(to_svg(spec), encoding="utf-8")
        else:
            plot.write_bytes(to_png(spec))
        err.print(f"chart written to {plot}", highlight=False, markup=False, soft_wrap=True)


@app.command()
@handles_errors
def report(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Report file (.html or .md).")],
    freq: Annotated[str | None, typer.Option(help="week, month, quarter or year (default: chosen from the span "
                                                  "of the events).")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="html or md (default: from the file name).")] = None,
    modality: CountedOption = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Until this date.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A report on the dyad: periods between change points, charts, key events citing their sentences."""
    from bilateral.analysis import counted_modalities
    from bilateral.report import build_report, render_html, render_markdown

    kind = fmt or ("md" if output.suffix.lower() in (".md", ".markdown") else "html")
    if kind not in ("html", "md"):
        raise QueryError(f"unknown report format {kind!r}; use html or md")
    built = build_report(store_from(settings_from(config, db)), a, b, freq=freq,
                         modalities=counted_modalities(modality), since=_parse_date(since, "--since"),
                         until=_parse_date(until, "--until"))
    output.write_text(render_html(built) if kind == "html" else render_markdown(built), encoding="utf-8")
    say_written(f"report on {built.series.a}-{built.series.b} ({plural(built.total_events, 'event')} by "
                f"{built.series.freq}, {plural(len(built.change_points), 'change point')})", output)


@app.command()
@handles_errors
def network(
    since: Annotated[str | None, typer.Option(help="From this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Until this date.")] = None,
    actor: Annotated[str | None, typer.Option(help="Only ties of this actor (RWA, USAGOV...).")] = None,
    level: Annotated[str, typer.Option(help="country or code (actors by full code).")] = "country",
    top: Annotated[int, typer.Option(help="How many ties to list.")] = 15,
    modality: CountedOption = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    output: OutputOption = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Who interacts with whom in a period: the strongest ties and their balance."""
    from bilateral.analysis import actor_network, counted_modalities, strongest_ties
    from bilateral.store import check_known_actor

    fmt = "json" if as_json else fmt
    if fmt not in ("table", "csv", "json"):
        raise QueryError(f"unknown format {fmt!r}; use table, csv or json")
    if level not in ("country", "code"):
        raise QueryError(f"level must be country or code, got {level!r}")
    store = store_from(settings_from(config, db))
    counted = counted_modalities(modality)
    graph = actor_network(store, since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                          level=level, modalities=counted,
                          actor=check_known_actor(store, actor) if actor else None)
    ties = strongest_ties(graph, top)
    if fmt == "json":
        emit_json({"actors": graph.number_of_nodes(), "modalities": list(counted),
                   "ties": [asdict(t) for t in ties]}, output)
    elif fmt == "csv":
        emit(_csv([asdict(t) for t in ties], ["a", "b", "events", "goldstein_mean", "cooperative", "conflictual"]),
             output)
    else:
        table = Table("actor", "actor", "events", "mean Goldstein", "coop", "conflict")
        for t in ties:
            table.add_row(t.a, t.b, str(t.events), f"{t.goldstein_mean:+.2f}", str(t.cooperative),
                          str(t.conflictual))
        emit_table(table, output, f"{plural(graph.number_of_nodes(), 'actor')}, "
                                  f"{plural(graph.number_of_edges(), 'tie')} ({' and '.join(counted)} events)")
    say_written(plural(len(ties), "tie"), output)
