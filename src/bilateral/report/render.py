"""Render a dyad report as self-contained HTML (inline SVG charts, no scripts) or Markdown.

Every figure in the text is computed from the events listed beside it: a period's line gives its count,
its share of cooperation (quad classes 1-2) and conflict (3-4) among the counted events, and the events
set apart (announced, denied, hypothetical). Sources link to their URL where the store knows one (http and
https only, so a stored ``javascript:`` URL is never a link).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping

from bilateral.analysis.counting import set_apart_counts, set_apart_label
from bilateral.analysis.series import span_label
from bilateral.codes import QUAD_NAMES, type_label
from bilateral.models import DocumentRef, DyadReport, ReportEpisode, ReportPeriod, StoredEvent
from bilateral.report.charts import map_chart, relationship_chart, to_svg

_CSS = """
body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}.muted{color:#666;font-size:.9em}
blockquote{margin:.4em 0 .8em 1em;padding-left:.8em;border-left:3px solid #bbb;color:#333}
.ev{margin:.6em 0}.tag{display:inline-block;padding:0 .4em;border-radius:3px;background:#eee;font-size:.85em}
.apart{color:#555}svg{max-width:100%;height:auto}
"""

Docs = Mapping[str, DocumentRef]


def plural(n: int, noun: str) -> str:
    """``1 event``, ``2 events``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _counts(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{n} {label}" for label, n in counts.items())


def period_summary(period: ReportPeriod, counted: tuple[str, ...] = ("asserted",), *, span: bool = True) -> str:
    """One line that matches the period's events: how many were counted, the share of cooperation and conflict
    among them, the quad class most often seen, the mean Goldstein weight, and what was not counted (the span
    first unless ``span`` is False, under a heading that gives it)."""
    which = " or ".join(counted)
    head = f"{span_label(period.start, period.end, period.freq)}: " if span else ""
    if not period.events:
        line = f"{head}no {which} events."
    else:
        coop = period.quad_counts[0] + period.quad_counts[1]
        coop_pct = round(100 * coop / period.events)
        q = max(range(4), key=lambda i: (period.quad_counts[i], -i))
        line = (f"{head}{plural(period.events, which + ' event')}, {coop_pct}% cooperation and "
                f"{100 - coop_pct}% conflict; most often {QUAD_NAMES[q + 1]} ({period.quad_counts[q]})")
        if period.goldstein_mean is not None:
            line += f"; mean Goldstein {period.goldstein_mean:+.2f}"
        line += "."
    if period.set_apart:
        line += f" Not counted: {_counts(set_apart_counts(period.set_apart))}."
    return line


def _episode_title(episode: ReportEpisode) -> str:
    span = episode.start if episode.start == episode.end else f"{episode.start} to {episode.end}"
    types = ", ".join(f"{t} {n}" for t, n in episode.type_counts)
    return f"{span}: {plural(episode.events, 'event')} ({types})"


def _link(ref: DocumentRef | None, doc_id: str, markdown: bool) -> str:
    """A document as a link to its URL when it has an http(s) one, else its title or id (HTML escaped)."""
    name = (ref.title if ref and ref.title else doc_id).strip()
    url = ref.url if ref and ref.url and ref.url.lower().startswith(("http://", "https://")) else None
    if markdown:
        label = name.replace("[", "(").replace("]", ")")
        return f"[{label}]({url.replace(')', '%29')})" if url else label
    if url:
        return f"<a href=\"{html.escape(url, quote=True)}\">{html.escape(name)}</a>"
    return html.escape(name)


def _event_line(s: StoredEvent, docs: Docs, markdown: bool) -> str:
    e = s.event
    target = e.target.name if e.target else "—"
    doc_ids = sorted({m.doc_id for m in s.mentions})
    sources = ", ".join(_link(docs.get(d), d, markdown) for d in doc_ids)
    kind = type_label(e.event_type)
    head = (f"{e.date or 'undated'} · {e.source.name} → {kind} → {target} ({e.modality}; CAMEO {e.cameo}; "
            f"{plural(s.num_mentions, 'mention')} in ")
    return (head if markdown else html.escape(head)) + sources + ")"


def _episodes(period: ReportPeriod) -> tuple[ReportEpisode, ...]:
    return period.episodes or (ReportEpisode(period.start, period.end, period.events, (), period.key_events),)


def _preamble(report: DyadReport) -> str:
    series = report.series
    counted = " or ".join(series.modalities)
    text = (f"{plural(report.total_events, counted + ' event')} from {plural(report.documents, 'document')}, "
            f"by {series.freq}; {plural(len(report.change_points), 'change point')}.")
    if series.coarser:
        one = series.coarser == 1
        text += (f" {plural(series.coarser, 'event')} dated less precisely than a {series.freq} "
                 f"{'is' if one else 'are'} listed and counted in the period {'its' if one else 'their'} date "
                 "begins in, but not drawn in the chart.")
    if report.undated:
        text += f" {plural(len(report.undated), 'undated event')} listed at the end."
    apart = set_apart_counts(series.set_apart)
    if apart:
        text += (f" Not counted in any figure, since they did not happen (or are only alleged): {_counts(apart)}; "
                 "each is listed in its period.")
    return text


def _unplaced(report: DyadReport) -> list[StoredEvent]:
    """Uncounted events no period lists (undated ones, or all of them when nothing was counted)."""
    placed = {s.event_id for p in report.periods for s in p.set_apart}
    return [s for s in report.series.set_apart if s.event_id not in placed]


def render_html(report: DyadReport) -> str:
    """A self-contained HTML page: narrative, charts, key events citing their sentences and linked documents."""
    series = report.series
    docs = {d.doc_id: d for d in report.sources}
    title = f"{series.a}–{series.b}: how the relationship evolved"
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             f"<style>{_CSS}</style></head><body><h1>{html.escape(title)}</h1>",
             f"<p class='muted'>{html.escape(_preamble(report))} Generated {dt.date.today().isoformat()} by "
             "bilateral.</p>"]
    if series.points:
        parts.append(to_svg(relationship_chart(series, list(report.change_points))))

    def event_div(s: StoredEvent, tag: str) -> str:
        return (f"<div class='ev'><span class='tag'>{html.escape(tag)}</span> {_event_line(s, docs, False)}"
                f"<blockquote>{html.escape(s.event.sentence)}</blockquote></div>")

    def apart_list(events: list[StoredEvent] | tuple[StoredEvent, ...], heading: str) -> None:
        if events:
            parts.append(f"<h3 class='apart'>{html.escape(heading)}</h3>")
            parts.extend(event_div(s, set_apart_label(s)) for s in events)

    for period in report.periods:
        parts.append(f"<h2>{html.escape(span_label(period.start, period.end, period.freq))}</h2>")
        parts.append(f"<p>{html.escape(period_summary(period, series.modalities, span=False))}</p>")
        for episode in _episodes(period):
            if period.episodes:
                parts.append(f"<h3>{html.escape(_episode_title(episode))}</h3>")
            parts.extend(event_div(s, type_label(s.event.event_type)) for s in episode.key_events)
        apart_list(period.set_apart, "Not counted: " + _counts(set_apart_counts(period.set_apart)))
    if report.undated:
        parts.append("<h2>Undated events</h2>")
        parts.extend(event_div(s, type_label(s.event.event_type)) for s in report.undated)
    unplaced = _unplaced(report)
    apart_list(unplaced, "Not counted, outside any period: " + _counts(set_apart_counts(unplaced)))
    spec = map_chart(list(report.located))
    if spec is not None:
        parts.append("<h2>Where</h2>" + to_svg(spec))
    parts.append("</body></html>")
    return "\n".join(parts)


def render_markdown(report: DyadReport) -> str:
    """The same report as Markdown (no charts): narrative and key events with their sentences and sources."""
    series = report.series
    docs = {d.doc_id: d for d in report.sources}
    lines = [f"# {series.a}–{series.b}: how the relationship evolved", "", _preamble(report), ""]

    def event_lines(events: tuple[StoredEvent, ...] | list[StoredEvent], label: bool = False) -> list[str]:
        out: list[str] = []
        for s in events:
            tag = f"**{set_apart_label(s)}** " if label else ""
            out += [f"- {tag}{_event_line(s, docs, True)}", f"  > {s.event.sentence}"]
        return out

    for period in report.periods:
        lines += [f"## {span_label(period.start, period.end, period.freq)}", "",
                  period_summary(period, series.modalities, span=False), ""]
        for episode in _episodes(period):
            if period.episodes:
                lines += [f"### {_episode_title(episode)}", ""]
            lines += [*event_lines(episode.key_events), ""]
        if period.set_apart:
            lines += [f"### Not counted: {_counts(set_apart_counts(period.set_apart))}", "",
                      *event_lines(period.set_apart, label=True), ""]
    if report.undated:
        lines += ["## Undated events", "", *event_lines(report.undated), ""]
    unplaced = _unplaced(report)
    if unplaced:
        lines += [f"## Not counted, outside any period: {_counts(set_apart_counts(unplaced))}", "",
                  *event_lines(unplaced, label=True), ""]
    return "\n".join(lines)
