"""The HTTP API and the dashboard: a thin FastAPI shell over the store and the analysis library.

Every request opens the store read-only for its own duration (see ``Store``), so the server and an
ingest share one DuckDB file; while an ingest commits a batch, reads wait and retry briefly, and
past that answer 503 with Retry-After rather than an error. Successful reads are kept until the store
changes (``cache``). Query parameters are validated (types, ranges, lengths, patterns): bad values get
4xx, never 500, and the OpenAPI spec lists every status. Pages are capped by ``api_max_page_size``;
requests naming a Host the server does not serve and bodies past their cap are refused unread (``guard``).
"""


import datetime as dt
import hmac
import html
import threading
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from bilateral.analysis import actor_network, counted_modalities, detect_change_points, dyad_series, strongest_ties
from bilateral.analysis.counting import set_apart_counts, set_apart_label
from bilateral.errors import QueryError, StoreBusy, StoreError
from bilateral.models import Document, stored_event_to_dict
from bilateral.report.charts import relationship_chart
from bilateral.settings import Settings
from bilateral.store import EventQuery, Store, count_events, find_events
from bilateral.store.connection import ingest_lock as store_ingest_lock
from bilateral.web.cache import CachedReads
from bilateral.web.dashboard import Modality, dashboard_routes, modalities_shown
from bilateral.web.docs import add_offline_docs
from bilateral.web.guard import LOOPBACK_NAMES, RequestGuard

ACTOR = r"^[A-Za-z]{3}([A-Za-z]{3}){0,2}$"
_YEAR = r"(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})"
_LEAP = r"([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = r"((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))"
DATE = rf"^({_YEAR}(-(0[1-9]|1[0-2]))?|{_YEAR}-{_MONTH_DAY}|{_LEAP}-02-29)$"
"""YYYY, YYYY-MM or YYYY-MM-DD, and only real dates: what the pattern admits, the API accepts."""
ActorParam = Annotated[str, Query(pattern=ACTOR, max_length=9, description="Country (RWA) or code (CODREB).")]
OptActor = Annotated[str | None, Query(pattern=ACTOR, max_length=9)]
OptDate = Annotated[str | None, Query(pattern=DATE, max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")]
Freq = Annotated[str, Query(pattern=r"^(week|month|quarter|year)$")]
Counted = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z,]+$", description=(
    "Modalities counted: asserted (default) or asserted,alleged; negated, future and hypothetical events are "
    "never counted and come back in set_apart."))]


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as e:
        raise QueryError(f"not a date: {value!r} ({e})") from None


class DocumentIn(BaseModel):
    """An article posted for coding."""

    id: str = Field(min_length=1, max_length=300, pattern=r"^[\w.:/@+-]+$")
    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=300)
    published: dt.date | None = None


class IngestIn(BaseModel):
    """A batch of articles to code into the store."""

    documents: list[DocumentIn] = Field(min_length=1, max_length=100)


@lru_cache(maxsize=1)
def _vega_bundle() -> str:
    import vl_convert as vlc

    return str(vlc.javascript_bundle())  # type: ignore[call-arg]  # the snippet is optional


def get_store(request: Request) -> Store:
    """The store of the app serving ``request`` (a dependency, so tests can override it)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "A parameter combination the API cannot answer, or a Host this server does not serve"},
    413: {"description": "A request body larger than the server reads"},
    503: {"description": "The store is busy (an ingest is committing; retry after Retry-After) or unreadable"},
}
INGEST_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "Missing or wrong token"}, 403: {"description": "Writing is disabled (no api_token set)"},
    409: {"description": "An ingest into this store is already running"},
    413: {"description": "A body over max_file_bytes, or a document over max_document_chars"},
}
IN_PROCESS_HOSTS = ("testserver",)
"""The Host of requests made in-process (Starlette's test client), served besides loopback by default."""


def create_app(settings: Settings, *, hosts: Iterable[str] | None = None) -> FastAPI:
    """The API and dashboard over the store named by ``settings.db_path``.

    ``hosts``: the Host names it answers to (``served_hosts`` of the address bound); by default loopback
    names and the in-process test client's.
    """
    app = FastAPI(title="bilateral", version="1", description="Coded political events, dyad series, change "
                  "points and the sentences behind them.", docs_url=None, redoc_url=None,
                  responses=COMMON_RESPONSES)
    add_offline_docs(app)
    store = Store(settings.db_path, busy_timeout_s=5.0)
    max_page = settings.api_max_page_size

    app.state.store = store
    app.add_middleware(CachedReads, db_path=settings.db_path)
    app.add_middleware(RequestGuard, hosts=(*LOOPBACK_NAMES, *IN_PROCESS_HOSTS) if hosts is None else hosts,
                       token=settings.api_token, max_body=settings.max_file_bytes)

    @app.exception_handler(QueryError)
    async def _query_error(_: Request, e: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=400)

    @app.exception_handler(StoreBusy)
    async def _busy(_: Request, e: StoreBusy) -> JSONResponse:
        return JSONResponse({"detail": "store busy, retry shortly"}, status_code=503, headers={"Retry-After": "1"})

    @app.exception_handler(StoreError)
    async def _store_error(_: Request, e: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(e)}, status_code=503)

    @app.get("/api/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/events")
    def events(
        store: StoreDep, a: OptActor = None, b: OptActor = None, directed: bool = False, actor: OptActor = None,
        since: OptDate = None, until: OptDate = None,
        event_type: Annotated[list[str] | None, Query(alias="type", max_length=16, description=(
            "PLOVER type(s); UNTYPED for CAMEO 01 statements, which have none (their event_type is null)."))] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
        doc_id: Annotated[str | None, Query(max_length=300)] = None, modality: Modality = None,
        limit: Annotated[int, Query(ge=1, le=max_page)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Deduplicated events with their mentions, filtered and paginated."""
        if (a is None) != (b is None):
            raise QueryError("give both a and b for a dyad, or neither")
        types = tuple(t[:16] for t in (event_type or ()))
        q = EventQuery(dyad=(a, b) if a and b else None, directed=directed, actor=actor, since=_date(since),
                       until=_date(until), event_types=types, country=country, doc_id=doc_id,
                       modalities=modalities_shown(modality) if modality else ())
        found = find_events(store, q, limit=limit, offset=offset)
        return {"total": count_events(store, q), "limit": limit, "offset": offset,
                "events": [stored_event_to_dict(s) for s in found]}

    @app.get("/api/series")
    def series(store: StoreDep, a: ActorParam, b: ActorParam, freq: Freq = "month", directed: bool = False,
               since: OptDate = None, until: OptDate = None, modality: Counted = None) -> dict[str, Any]:
        """The dyad's series (events per quad class, Goldstein) and its change points, from the events of the
        counted ``modalities``; the others are listed in ``set_apart`` (each with its ``label``: announced,
        denied, hypothetical, alleged) and counted in ``not_counted``, never summed."""
        s = dyad_series(store, a, b, freq=freq, directed=directed, since=_date(since), until=_date(until),
                        modalities=counted_modalities(modality))
        shifts = detect_change_points(s)
        return {"a": s.a, "b": s.b, "freq": s.freq, "directed": directed, "coarser": s.coarser,
                "undated": s.undated, "modalities": list(s.modalities),
                "not_counted": set_apart_counts(s.set_apart),
                "set_apart": [{**stored_event_to_dict(e), "label": set_apart_label(e)} for e in s.set_apart],
                "points": [{"period": p.period, "events": p.events, "quad_counts": list(p.quad_counts),
                            "goldstein_sum": p.goldstein_sum, "goldstein_mean": p.goldstein_mean,
                            "coop_minus_conflict": p.coop_minus_conflict, "types": dict(p.type_counts),
                            "untyped": p.untyped}
                           for p in s.points],
                "change_points": [{"period": c.period, "before_mean": c.before_mean, "after_mean": c.after_mean,
                                   "events": [stored_event_to_dict(e) for e in c.events]} for c in shifts]}

    @app.get("/api/changepoints")
    def changepoints(store: StoreDep, a: ActorParam, b: ActorParam, freq: Freq = "month",
                     modality: Counted = None) -> list[dict[str, Any]]:
        """Change points of a dyad's series (counted events only), each with the events that explain it;
        ``before_mean`` and ``after_mean`` are mean cooperation scores (-1 all conflict .. +1 all cooperation)."""
        shifts = detect_change_points(dyad_series(store, a, b, freq=freq, modalities=counted_modalities(modality)))
        return [{"period": c.period, "before_mean": c.before_mean, "after_mean": c.after_mean,
                 "events": [stored_event_to_dict(e) for e in c.events]} for c in shifts]

    @app.get("/api/charts/relationship")
    def chart_relationship(store: StoreDep, a: ActorParam, b: ActorParam, freq: Freq = "month",
                           since: OptDate = None, until: OptDate = None, modality: Counted = None) -> dict[str, Any]:
        """Vega-Lite spec of the relationship chart (the one the report draws), counting ``modality``."""
        s = dyad_series(store, a, b, freq=freq, since=_date(since), until=_date(until),
                        modalities=counted_modalities(modality))
        return relationship_chart(s, detect_change_points(s))

    @app.get("/api/documents/{doc_id:path}", responses={404: {"description": "No stored document has this id"}})
    def document(store: StoreDep, doc_id: Annotated[str, Path(max_length=300)],
                 sentence: Annotated[int | None, Query(ge=0, le=100_000)] = None) -> dict[str, Any]:
        """A stored document; with ?sentence=N the cited sentence is highlighted in ``html``."""
        stored = store.document(doc_id)
        if stored is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        d = stored.doc
        spans = [(m.char_start, m.char_end) for s in find_events(store, EventQuery(doc_id=doc_id))
                 for m in s.mentions if m.doc_id == doc_id and (sentence is None or m.sentence_index == sentence)]
        return {"doc_id": d.id, "title": d.title, "url": d.url, "source": d.source,
                "published": d.published.isoformat() if d.published else None, "status": stored.status,
                "text": d.text, "highlights": sorted(set(spans)), "html": _highlight(d.text, spans)}

    app.include_router(dashboard_routes(settings, get_store))

    @app.get("/api/network")
    def network(store: StoreDep, since: OptDate = None, until: OptDate = None,
                top: Annotated[int, Query(ge=1, le=max_page)] = 20, modality: Counted = None) -> dict[str, Any]:
        """The strongest ties of the actor network in a period, with their balance (counted events only)."""
        counted = counted_modalities(modality)
        graph = actor_network(store, since=_date(since), until=_date(until), modalities=counted)
        return {"actors": graph.number_of_nodes(), "modalities": list(counted),
                "ties": [{"a": t.a, "b": t.b, "events": t.events, "goldstein_mean": t.goldstein_mean,
                          "cooperative": t.cooperative, "conflictual": t.conflictual}
                         for t in strongest_ties(graph, top)]}

    ingest_lock = threading.Lock()
    loaded: list[Any] = []

    def coding_resources() -> Any:
        from bilateral.pipeline import load_resources

        if not loaded:
            loaded.append(load_resources(settings))
        return loaded[0]

    def require_token(authorization: Annotated[str | None, Header(max_length=500)] = None) -> None:
        if not settings.api_token:
            raise HTTPException(403, "writing is disabled: the operator must set api_token in the settings")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), settings.api_token.encode()):
            raise HTTPException(401, "missing or wrong token: send Authorization: Bearer <api_token>",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/ingest", dependencies=[Depends(require_token)], responses=INGEST_RESPONSES)
    def ingest(body: IngestIn, store: StoreDep) -> dict[str, Any]:
        """Code posted articles into the store (needs the operator's token); one ingest at a time."""
        from bilateral.runs import ingest_documents

        if len(body.documents) and max(len(d.text) for d in body.documents) > settings.max_document_chars:
            raise HTTPException(413, f"a document is longer than max_document_chars={settings.max_document_chars}")
        if not ingest_lock.acquire(blocking=False):
            raise HTTPException(409, "an ingest is already running; retry when it has finished")
        try:
            docs = [Document(id=d.id, text=d.text, title=d.title, url=d.url, source=d.source,
                             published=d.published, origin=f"api:{d.id}") for d in body.documents]
            with store_ingest_lock(store.path):
                report = ingest_documents(docs, settings, store, resources=coding_resources(), inputs=len(docs))
        except StoreBusy as e:
            raise HTTPException(409, f"an ingest is already running: {e}") from None
        finally:
            ingest_lock.release()
        return {"run_id": report.run_id, "documents_new": report.documents_new,
                "documents_duplicate": report.documents_duplicate, "event_mentions": report.event_mentions,
                "failures": [{"doc_id": f.doc_id, "stage": f.stage, "reason": f.reason} for f in report.failures]}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> str:
        return (resources.files("bilateral.web") / "static" / "dashboard.html").read_text(encoding="utf-8")

    @app.get("/static/vega.js", include_in_schema=False)
    def vega_js() -> Response:
        return Response(_vega_bundle(), media_type="application/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return app


def _highlight(text: str, spans: list[tuple[int, int]]) -> str:
    """HTML of a text with the given character spans wrapped in <mark>."""
    out: list[str] = []
    pos = 0
    for start, end in sorted(set(spans)):
        if start < pos or end > len(text):
            continue
        out += [html.escape(text[pos:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)
