"""HTML pages (.html, .htm): the article's main text, title, URL and site name via trafilatura.

Boilerplate (menus, "subscribe" boxes, related links) would otherwise be coded as if it were news, so the
main-text extractor runs first, favouring precision; when it finds nothing the page's visible text is
used instead. The date is not taken from trafilatura (which may guess from body text): the publication
date finder reads the page's metadata without guessing.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from typing import Any

from bilateral.ingest.decoding import decode_text
from bilateral.ingest.documents import Draft
from bilateral.ingest.guard import refuse_entity_declarations, run_with_time_limit
from bilateral.ingest.markup import strip_html
from bilateral.ingest.sources import Source
from bilateral.settings import Settings

__all__ = ["read_html"]

log = logging.getLogger(__name__)

_LANG = re.compile(r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _extract(markup: str) -> dict[str, Any]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # lxml truth-testing noise inside trafilatura
        found = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if found is None:
        return {}
    return found.as_dict() if hasattr(found, "as_dict") else dict(found)


def _fallback_title(markup: str) -> str | None:
    m = _TITLE.search(markup)
    return strip_html(m.group(1)) or None if m else None


def read_html(data: bytes, source: Source, settings: Settings) -> Iterator[Draft]:
    """The one draft of an HTML page (raises ``InputError`` for binary, hostile or stalling pages)."""
    refuse_entity_declarations(data, source.origin)
    markup = decode_text(data, source.origin)
    meta = run_with_time_limit(lambda: _extract(markup), settings.read_timeout_s, source.origin)
    text = (meta.get("text") or "").strip()
    if not text:
        log.debug("%s: no main text found; using the page's visible text", source.origin)
        text = run_with_time_limit(lambda: strip_html(markup), settings.read_timeout_s, source.origin)
    lang = _LANG.search(markup[:5000])
    yield Draft(
        text=text, origin=source.origin, id_stem=source.id_stem, record=source.path is None,
        title=meta.get("title") or _fallback_title(markup), url=meta.get("url") or None,
        source=meta.get("sitename") or None, language=lang.group(1) if lang else None, html=markup,
    )
