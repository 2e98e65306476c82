"""The dashboard's map: where a view's events happened, over country outlines shipped with the package.

The outlines are Natural Earth's 1:110m countries (public domain) as TopoJSON, from the npm package
``world-atlas`` 2.0.2 (ISC), copied unchanged to ``static/geo/`` beside their licence and served by the
app itself, so the map draws offline. Events are grouped by place: one circle and one label per place,
sized by the number of events, however many events happened there (the report's map labels every event).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import pycountry

from bilateral.codes import type_label
from bilateral.models import StoredEvent

BASEMAP_URL = "/static/geo/countries-110m.json"
"""Where the app serves the outlines (TopoJSON, object ``countries``, ids are ISO 3166 numeric codes)."""

_MIN_SPAN_DEG = 14.0
_PAD = 0.25


def _numeric(code: str) -> str | None:
    """The ISO 3166 numeric id of a country code (``RWA`` -> ``646``), as world-atlas spells it."""
    country = pycountry.countries.get(alpha_3=code[:3].upper())
    return str(country.numeric) if country else None


def places(events: list[StoredEvent]) -> list[dict[str, Any]]:
    """One row per located place: its events, mentions, types and date range."""
    grouped: dict[tuple[str, float, float], list[StoredEvent]] = defaultdict(list)
    for s in events:
        loc = s.event.location
        if loc is not None and loc.lat is not None and loc.lon is not None:
            grouped[(loc.name, round(loc.lat, 3), round(loc.lon, 3))].append(s)
    rows = []
    for (name, lat, lon), found in grouped.items():
        dates = sorted(s.event.date for s in found if s.event.date)
        types = sorted({type_label(s.event.event_type) for s in found})
        rows.append({"place": name, "lat": lat, "lon": lon, "events": len(found),
                     "mentions": sum(s.num_mentions for s in found), "types": ", ".join(types),
                     "dates": f"{dates[0]} – {dates[-1]}" if len(dates) > 1 else (dates[0] if dates else "undated")})
    return sorted(rows, key=lambda r: (-r["events"], r["place"]))


def _projection(rows: list[dict[str, Any]], width: int, height: int) -> dict[str, Any]:
    """An equirectangular projection framing the places, with a margin and at least a region's span."""
    lats = [r["lat"] for r in rows]
    lons = [r["lon"] for r in rows]
    lat_span = max(max(lats) - min(lats), _MIN_SPAN_DEG) * (1 + 2 * _PAD)
    lon_span = max(max(lons) - min(lons), _MIN_SPAN_DEG) * (1 + 2 * _PAD)
    lat_span, lon_span = min(lat_span, 170.0), min(lon_span, 360.0)
    scale = min(width / math.radians(lon_span), height / math.radians(lat_span))
    center = [(max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2]
    return {"type": "equirectangular", "scale": scale, "center": center, "translate": [width / 2, height / 2]}


def event_map(events: list[StoredEvent], countries: tuple[str, ...] = (), width: int = 720,
              height: int = 360) -> dict[str, Any]:
    """Vega-Lite spec: outlines (the dyad's countries shaded), one circle and one label per place;
    an empty object when no event is located."""
    rows = places(events)
    if not rows:
        return {}
    ids = sorted({n for n in (_numeric(c) for c in countries) if n})
    outlines = {"url": BASEMAP_URL, "format": {"type": "topojson", "feature": "countries"}}
    layers: list[dict[str, Any]] = [
        {"data": outlines, "mark": {"type": "geoshape", "fill": "#f0f0ec", "stroke": "#b9b9b0", "strokeWidth": 0.6,
                                    "clip": True}},
        {"data": outlines, "transform": [{"filter": {"field": "id", "oneOf": ids}}],
         "mark": {"type": "geoshape", "fill": "#fbe7b0", "stroke": "#a58a3c", "strokeWidth": 0.8, "clip": True}},
        {"data": {"values": rows}, "mark": {"type": "circle", "opacity": 0.75, "stroke": "white", "clip": True},
         "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                      "latitude": {"field": "lat", "type": "quantitative"},
                      "size": {"field": "events", "type": "quantitative", "title": "events",
                               "scale": {"range": [40, 900]}, "legend": {"format": "d", "tickMinStep": 1}},
                      "color": {"value": "#c0392b"},
                      "tooltip": [{"field": "place", "type": "nominal"},
                                  {"field": "events", "type": "quantitative"},
                                  {"field": "mentions", "type": "quantitative"},
                                  {"field": "types", "type": "nominal"},
                                  {"field": "dates", "type": "nominal"}]}},
        {"data": {"values": rows}, "mark": {"type": "text", "dy": -12, "fontSize": 11, "clip": True},
         "encoding": {"longitude": {"field": "lon", "type": "quantitative"},
                      "latitude": {"field": "lat", "type": "quantitative"},
                      "text": {"field": "place", "type": "nominal"}}},
    ]
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": width, "height": height,
            "title": "Where the events happened", "projection": _projection(rows, width, height),
            "layer": layers}
