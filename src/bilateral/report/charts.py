"""Chart specifications (Vega-Lite, built with altair) and their offline rendering to SVG or PNG.

The same specs feed the HTML report (rendered to inline SVG by vl-convert, no JavaScript needed) and the
dashboard (rendered in the browser by the Vega bundle that vl-convert-python ships, never a CDN).
"""

from __future__ import annotations

from typing import Any

import altair as alt
import vl_convert as vlc

from bilateral.analysis.series import period_label
from bilateral.codes import QUAD_NAMES, type_label
from bilateral.models import ChangePoint, DyadSeries, StoredEvent

QUAD_COLORS = ["#2b8cbe", "#1a9850", "#fdae61", "#d73027"]


def _series_rows(series: DyadSeries) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for p in series.points:
        for q, n in enumerate(p.quad_counts, start=1):
            rows.append({"period": p.period, "label": period_label(p.period, series.freq, short=True),
                         "quad": f"{q} {QUAD_NAMES[q]}", "events": n, "goldstein": p.goldstein_sum})
    return rows


def _x_axis(series: DyadSeries, width: int) -> alt.X:
    """Periods in order, labelled as they read (2012, 2012 Q3, 2012-07), thinned so that no two labels overlap."""
    labels = [period_label(p.period, series.freq, short=True) for p in series.points]  # in period order
    longest = max((len(t) for t in labels), default=4)
    every = max(1, -(-len(labels) * longest * 7 // width))  # about 7 px a character
    shown = labels[::every]
    return alt.X("label:O", title=None, sort=None,
                 axis=alt.Axis(labelAngle=0 if longest <= 4 else -45, values=shown,
                               labelOverlap=True))


def relationship_chart(series: DyadSeries, shifts: list[ChangePoint], width: int = 720) -> dict[str, Any]:
    """Quad classes stacked per period, the Goldstein sum as a line, change points as rules; counted events only
    (see ``analysis.counting``), periods labelled as they read."""
    data = alt.Data(values=_series_rows(series))
    x = _x_axis(series, width)
    base = alt.Chart(data).encode(x=x)
    bars = base.mark_bar(opacity=0.85).encode(
        y=alt.Y("events:Q", title="events", stack="zero"),
        color=alt.Color("quad:N", title="quad class",
                        scale=alt.Scale(domain=[f"{q} {QUAD_NAMES[q]}" for q in (1, 2, 3, 4)], range=QUAD_COLORS),
                        legend=alt.Legend(orient="bottom")),
        tooltip=["period:N", "quad:N", "events:Q"],
    )
    line = alt.Chart(alt.Data(values=[{"period": p.period, "label": period_label(p.period, series.freq, short=True),
                                       "goldstein": p.goldstein_sum} for p in series.points]))
    line = line.mark_line(point=True, color="#333").encode(
        x=x, y=alt.Y("goldstein:Q", title="Goldstein sum"), tooltip=["period:N", "goldstein:Q"])
    layers: list[Any] = [bars, line]
    if shifts:
        rules = alt.Chart(alt.Data(values=[{"period": s.period, "label": period_label(s.period, series.freq,
                                                                                     short=True)}
                                           for s in shifts])).mark_rule(
            color="#7b3294", strokeDash=[6, 3], size=2).encode(x=x)
        layers.append(rules)
    title = f"{series.a}–{series.b} by {series.freq} ({' and '.join(series.modalities)} events)"
    chart = alt.layer(*layers).resolve_scale(y="independent").properties(width=width, height=260, title=title)
    return chart.to_dict()


def map_chart(events: list[StoredEvent], width: int = 720) -> dict[str, Any] | None:
    """Where a dyad's events happened: located events as points on lat/lon (no basemap download)."""
    rows = [{"lat": s.event.location.lat, "lon": s.event.location.lon, "place": s.event.location.name,
             "type": type_label(s.event.event_type), "date": s.event.date or "?", "n": s.num_mentions}
            for s in events if s.event.location and s.event.location.lat is not None]
    if not rows:
        return None
    chart = alt.Chart(alt.Data(values=rows)).mark_circle(opacity=0.7).encode(
        longitude="lon:Q", latitude="lat:Q", size=alt.Size("n:Q", title="mentions"),
        color=alt.Color("type:N", title="event type"), tooltip=["place:N", "type:N", "date:N", "n:Q"],
    ).project(type="equirectangular").properties(width=width, height=320, title="Where the events happened")
    text = alt.Chart(alt.Data(values=rows)).mark_text(dy=-9, fontSize=10).encode(
        longitude="lon:Q", latitude="lat:Q", text="place:N")
    return alt.layer(chart, text).to_dict()


def to_svg(spec: dict[str, Any]) -> str:
    """Render a Vega-Lite spec to SVG, offline."""
    return str(vlc.vegalite_to_svg(spec))


def to_png(spec: dict[str, Any], scale: float = 2.0) -> bytes:
    """Render a Vega-Lite spec to PNG, offline."""
    return bytes(vlc.vegalite_to_png(spec, scale=scale))
