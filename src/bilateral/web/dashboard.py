"""The routes the dashboard needs beside the core API: actors by name, the map, exports of a view, and the
packaged static files (map outlines). Each is a thin shell over the store, ``labels`` and ``geo``.

A *view* is what the dashboard shows: a dyad, a date range, the modalities counted, and optionally one
event type and a word filter; ``/api/export`` writes exactly the events of a view as CSV or JSON Lines,
through the same writers as ``bilateral events --format``.
"""

import io
from collections.abc import Callable
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response

from bilateral.codes import type_label
from bilateral.models import StoredEvent
from bilateral.settings import Settings
from bilateral.store import EventQuery, Store, find_events
from bilateral.store.export import write_csv, write_jsonl
from bilateral.web.geo import event_map
from bilateral.web.labels import ActorChoice, actor_catalogue

Modality = Annotated[str | None, Query(max_length=80, pattern=r"^[a-z,]+$",
                                       description="Modalities shown, comma-separated (default: asserted).")]
EXPORT_LIMIT = 100_000
_PAGE_FILES = {"dashboard.js": "application/javascript", "dashboard.css": "text/css"}
_GEO_FILES = {"countries-110m.json": "application/json", "LICENSE.txt": "text/plain; charset=utf-8"}


def modalities_shown(spec: str | None) -> tuple[str, ...]:
    """``asserted,alleged`` -> its modalities (the store checks their names); asserted when none is given."""
    return tuple(dict.fromkeys(m for m in (spec or "").split(",") if m)) or ("asserted",)


def _choice(c: ActorChoice) -> dict[str, Any]:
    return {"actor": c.code, "name": c.label, "label": c.label, "kind": c.kind, "events": c.events,
            "detail": c.detail}


def matches_words(s: StoredEvent, needle: str) -> bool:
    """The dashboard's word filter: the sentence, actor codes and names, and the event type (as shown: a CAMEO 01x
    statement's is ``UNTYPED_LABEL``)."""
    e = s.event
    hay = [e.sentence, e.source.code, e.source.name, e.target.code if e.target else "",
           e.target.name if e.target else "", type_label(e.event_type)]
    return needle.lower() in " ".join(x or "" for x in hay).lower()


def dashboard_routes(settings: Settings, get_store: Callable[..., Store]) -> APIRouter:
    """Routes for the dashboard over the store that ``get_store`` gives."""
    from bilateral.web.app import ActorParam, OptDate, _date  # the API's own parameter types

    router = APIRouter()
    store_dep = Annotated[Store, Depends(get_store)]
    max_page = settings.api_max_page_size

    @router.get("/api/actors")
    def actors(store: store_dep, limit: Annotated[int, Query(ge=1, le=max_page)] = 200) -> list[dict[str, Any]]:
        """Actors with events, most active first, then the people coded in them: ``actor`` is the spec the
        other endpoints take, ``label`` its name (a country's name for a country code), ``kind`` state,
        organization or person, ``detail`` what a person's or body's code stands for."""
        return [_choice(c) for c in actor_catalogue(store, settings.actor_files).listed(limit)]

    @router.get("/api/actors/lookup")
    def actor_lookup(store: store_dep, q: Annotated[str, Query(max_length=200)] = "") -> dict[str, Any]:
        """The actor a typed name, alias, person or code stands for; when it names none or several,
        ``actor`` is null, ``message`` says so in a sentence and ``suggestions`` lists close actors."""
        found = actor_catalogue(store, settings.actor_files).lookup(q)
        return {"query": found.query, "actor": _choice(found.actor) if found.actor else None,
                "message": found.message, "suggestions": [_choice(c) for c in found.suggestions]}

    def view(a: str, b: str, since: str | None, until: str | None, modality: str | None,
             types: list[str] | None = None) -> EventQuery:
        return EventQuery(dyad=(a, b), since=_date(since), until=_date(until),
                          modalities=modalities_shown(modality),
                          event_types=tuple(t[:16] for t in (types or ())))

    @router.get("/api/charts/map")
    def chart_map(store: store_dep, a: ActorParam, b: ActorParam, since: OptDate = None, until: OptDate = None,
                  modality: Modality = None) -> dict[str, Any]:
        """Vega-Lite spec of the map of a view's located events, one circle per place over country outlines
        (an empty object when none is located)."""
        found = find_events(store, view(a, b, since, until, modality), limit=max_page * 10)
        return event_map(found, (a, b))

    @router.get("/api/export")
    def export(store: store_dep, a: ActorParam, b: ActorParam,
               fmt: Annotated[str, Query(alias="format", pattern=r"^(csv|jsonl)$")] = "csv",
               since: OptDate = None, until: OptDate = None, modality: Modality = None,
               event_type: Annotated[list[str] | None, Query(alias="type", max_length=16)] = None,
               words: Annotated[str | None, Query(alias="q", max_length=200)] = None) -> Response:
        """The events of a dashboard view as a CSV or JSON Lines download (the ``bilateral events`` formats)."""
        found = find_events(store, view(a, b, since, until, modality, event_type), limit=EXPORT_LIMIT)
        if words and words.strip():
            found = [s for s in found if matches_words(s, words.strip())]
        out = io.StringIO()
        (write_csv if fmt == "csv" else write_jsonl)(found, out)
        span = "-".join(x for x in (since, until) if x)
        name = "-".join(x for x in ("events", a.upper(), b.upper(), span) if x) + "." + fmt
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
        return Response(out.getvalue(), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="{name}"',
                                 "X-Events": str(len(found))})

    def page_file(name: str) -> Callable[[], Response]:
        def serve() -> Response:
            data = (resources.files("bilateral.web") / "static" / name).read_bytes()
            return Response(data, media_type=_PAGE_FILES[name], headers={"Cache-Control": "no-cache"})
        return serve

    for name in _PAGE_FILES:
        router.add_api_route(f"/static/{name}", page_file(name), methods=["GET"], include_in_schema=False)

    @router.get("/static/geo/{name}", include_in_schema=False)
    def geo_file(name: str) -> Response:
        if name not in _GEO_FILES:
            raise HTTPException(404, f"no such file {name!r}")
        data = (resources.files("bilateral.web") / "static" / "geo" / name).read_bytes()
        return Response(data, media_type=_GEO_FILES[name], headers={"Cache-Control": "public, max-age=86400"})

    return router
