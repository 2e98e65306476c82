"""Render a dyad report as self-contained HTML (inline SVG charts, no scripts) or Markdown."""

from __future__ import annotations

import datetime as dt
import html

from bilateral.codes import QUAD_NAMES
from bilateral.models import DyadReport, ReportEpisode, ReportPeriod, StoredEvent
from bilateral.report.charts import map_chart, relationship_chart, to_svg

_CSS = """
body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}.muted{color:#666;font-size:.9em}
blockquote{margin:.4em 0 .8em 1em;padding-left:.8em;border-left:3px solid #bbb;color:#333}
.ev{margin:.6em 0}.tag{display:inline-block;padding:0 .4em;border-radius:3px;background:#eee;font-size:.85em}
svg{max-width:100%;height:auto}
"""


def _dominant(period: ReportPeriod) -> str:
    if not period.events:
        return "no coded events"
    q = max(range(4), key=lambda i: (period.quad_counts[i], -i))
    return f"mostly {QUAD_NAMES[q + 1]}"


def _narrative(period: ReportPeriod) -> str:
    tone = "no Goldstein balance" if period.goldstein_mean is None else f"mean Goldstein {period.goldstein_mean:+.2f}"
    span = period.start if period.start == period.end else f"{period.start} to {period.end}"
    return f"From {span}: {period.events} events, {_dominant(period)} ({tone})."


def _episode_title(episode: ReportEpisode) -> str:
    span = episode.start if episode.start == episode.end else f"{episode.start} to {episode.end}"
    types = ", ".join(f"{t} {n}" for t, n in episode.type_counts)
    return f"{span}: {episode.events} event{'s' if episode.events != 1 else ''} ({types})"


def _event_line(s: StoredEvent) -> str:
    e = s.event
    target = e.target.name if e.target else "—"
    sources = ", ".join(sorted({m.doc_id for m in s.mentions}))
    return (f"{e.date or 'undated'} · {e.source.name} → {e.event_type} → {target} ({e.modality}; CAMEO {e.cameo}; "
            f"{s.num_mentions} mention(s) in {sources})")


def render_html(report: DyadReport) -> str:
    """A self-contained HTML page: narrative, charts, key events citing their sentences and documents."""
    series = report.series
    title = f"{series.a}–{series.b}: how the relationship evolved"
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>",
             f"<p class='muted'>{report.total_events} events from {report.documents} documents, by {series.freq}; "
             f"{len(report.change_points)} change point(s). {series.coarser} event(s) dated less precisely than "
             f"a {series.freq} and {series.undated} undated event(s) are not in the chart. Generated "
             f"{dt.date.today().isoformat()} by bilateral.</p>"]
    if series.points:
        parts.append(to_svg(relationship_chart(series, list(report.change_points))))
    for period in report.periods:
        parts.append(f"<h2>{html.escape(period.start)} – {html.escape(period.end)}</h2>")
        parts.append(f"<p>{html.escape(_narrative(period))}</p>")
        for episode in period.episodes or (ReportEpisode(period.start, period.end, period.events, (),
                                                          period.key_events),):
            if period.episodes:
                parts.append(f"<h3>{html.escape(_episode_title(episode))}</h3>")
            for s in episode.key_events:
                parts.append(f"<div class='ev'><span class='tag'>{html.escape(s.event.event_type)}</span> "
                             f"{html.escape(_event_line(s))}<blockquote>{html.escape(s.event.sentence)}"
                             f"</blockquote></div>")
    spec = map_chart(list(report.located))
    if spec is not None:
        parts.append("<h2>Where</h2>" + to_svg(spec))
    parts.append("</body></html>")
    return "\n".join(parts)


def render_markdown(report: DyadReport) -> str:
    """The same report as Markdown (no charts): narrative and key events with their sentences."""
    series = report.series
    lines = [f"# {series.a}–{series.b}: how the relationship evolved", "",
             f"{report.total_events} events from {report.documents} documents, by {series.freq}; "
             f"{len(report.change_points)} change point(s).", ""]
    for period in report.periods:
        lines += [f"## {period.start} – {period.end}", "", _narrative(period), ""]
        for episode in period.episodes or (ReportEpisode(period.start, period.end, period.events, (),
                                                          period.key_events),):
            if period.episodes:
                lines += [f"### {_episode_title(episode)}", ""]
            for s in episode.key_events:
                lines += [f"- {_event_line(s)}", f"  > {s.event.sentence}"]
            lines.append("")
    return "\n".join(lines)
