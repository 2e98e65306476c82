"""RSS and Atom feeds (.rss, .atom, and .xml files that are feeds): one draft per entry.

An entry's text is its fullest content (``content:encoded`` / Atom content) or else its summary, with
HTML stripped; its id is the guid (a URL guid becomes a ``host/path`` slug) or the link. Feeds that
declare XML entities are refused before feedparser sees them (see ``guard``).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterator
from typing import Any

from bilateral.errors import InputError
from bilateral.ingest.documents import Draft, url_slug
from bilateral.ingest.guard import refuse_entity_declarations, run_with_time_limit
from bilateral.ingest.markup import strip_html
from bilateral.ingest.localday import parse_instant
from bilateral.ingest.pubdate import parse_date_string
from bilateral.ingest.sources import Source
from bilateral.settings import Settings

__all__ = ["read_feed"]

log = logging.getLogger(__name__)


def _entry_text(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content") or [] if isinstance(c, dict)]
    best = max(contents, key=len, default="")
    if len(best.strip()) < len((entry.get("summary") or "").strip()):
        best = entry.get("summary") or ""
    return strip_html(best or entry.get("summary") or entry.get("description") or "")


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str):
            found = parse_date_string(raw)
            if found:
                return found
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_instant(entry: Any) -> dt.datetime | None:
    """The entry's publication instant when its date gives a time and a zone (RFC 822 or ISO 8601)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str):
            return parse_instant(raw)
    return None


def _entry_id(entry: Any) -> str | None:
    guid = (entry.get("id") or "").strip()
    if guid:
        return url_slug(guid) or guid if "://" in guid else guid
    link = (entry.get("link") or "").strip()
    return url_slug(link) if link else None


def read_feed(data: bytes, source: Source, settings: Settings) -> Iterator[Draft]:
    """Drafts of the feed's entries (raises ``InputError`` when it is not a readable feed)."""
    import feedparser

    refuse_entity_declarations(data, source.origin)
    parsed = run_with_time_limit(lambda: feedparser.parse(data), settings.read_timeout_s, source.origin)
    if parsed.get("bozo") and not parsed.entries:
        raise InputError(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})", path=source.origin)
    if parsed.get("bozo"):
        log.info("%s: feed is not well-formed (%s); read leniently", source.origin, parsed.get("bozo_exception"))
    feed_meta = parsed.get("feed", {})
    site = feed_meta.get("title")
    language = feed_meta.get("language")
    if not parsed.entries:
        raise InputError("empty: the feed has no entries", path=source.origin)
    for number, entry in enumerate(parsed.entries, start=1):
        yield Draft(
            text=_entry_text(entry), origin=source.origin, id=_entry_id(entry), id_stem=source.id_stem,
            record=True, title=strip_html(entry.get("title") or "") or None, url=entry.get("link") or None,
            source=site, published=_entry_date(entry), published_at=_entry_instant(entry), language=language,
            line=number,
        )
