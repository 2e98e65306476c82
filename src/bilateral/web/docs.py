"""``/docs`` (Swagger UI) and ``/redoc`` served offline: their scripts and styles come from the PyPI package
``fastapi-offline`` (Swagger UI 5, which reads OpenAPI 3.1, and ReDoc), served by the app itself rather
than from a CDN. Build the app with ``docs_url=None, redoc_url=None`` and call ``add_offline_docs``.
"""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, HTTPException
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response

ASSETS = "/static/docs"
_FILES = {"swagger-ui-bundle.js": "application/javascript", "swagger-ui.css": "text/css",
          "redoc.standalone.js": "application/javascript", "favicon.png": "image/png"}


def _asset(name: str) -> bytes:
    return (resources.files("fastapi_offline") / "static" / name).read_bytes()


def add_offline_docs(app: FastAPI) -> None:
    """Serve Swagger UI at /docs and ReDoc at /redoc from packaged assets."""
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=openapi_url, title=f"{app.title} — API",
                                   swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{ASSETS}/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=openapi_url, title=f"{app.title} — API",
                              redoc_js_url=f"{ASSETS}/redoc.standalone.js", redoc_favicon_url=f"{ASSETS}/favicon.png",
                              with_google_fonts=False)

    @app.get(ASSETS + "/{name}", include_in_schema=False)
    def docs_asset(name: str) -> Response:
        if name not in _FILES:
            raise HTTPException(404, f"no such asset {name!r}")
        return Response(_asset(name), media_type=_FILES[name], headers={"Cache-Control": "public, max-age=86400"})
