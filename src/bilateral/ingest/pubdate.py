"""When an article was published, found in the input itself: header line, HTML metadata, dateline, URL.

The publication date anchors every relative time expression ("on Thursday", "last month"), so a wrong
date silently misdates every event of the article. The rules here are therefore conservative: only an
explicit, complete date counts (never "yesterday", never today's date as a default), ambiguous numeric
dates such as ``03/05/2022`` are refused, and a dateline without a year ("KIGALI, Aug 11 (Reuters) -")
is used only when the URL supplies the year and month agree. ``None`` means no date anywhere.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

import dateparser

__all__ = ["find_publication_date", "parse_date_string"]

log = logging.getLogger(__name__)

_EARLIEST = dt.date(1900, 1, 1)

_DATEPARSER_SETTINGS: dict[str, Any] = {
    # Absolute dates only: "yesterday" or "3 days ago" is not a publication date.
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "DATE_ORDER": "DMY",
}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_ISO = r"(?:19|20)\d{2}-[01]\d-[0-3]\d"
_DATE = (
    rf"(?:{_ISO}|{_WEEKDAY}?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_WEEKDAY}?{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"
)
# "date: 2022-08-11", "Published 11 August 2022", "date 2022-08-11 ..." at the start of a line.
_HEADER_LINE = re.compile(
    rf"^[ \t]*(?:date|dated|published(?:\s+on)?|publication\s+date|posted(?:\s+on)?)[ \t]*[:\-]?[ \t]*(?P<d>{_DATE})",
    re.IGNORECASE | re.MULTILINE,
)
# "KIGALI, Aug 11 (Reuters) -", "NAIROBI, Kenya — Tuesday 3 May 2022", "WASHINGTON (AP) — March 3, 2021"
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Z.'\- ]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z.'\- ]{{1,30}})?[ \t]*(?:\([A-Za-z .]{{1,30}}\))?"
    rf"[ \t]*[,\u2014\u2013\-]+[ \t]*(?P<d>{_DATE})\b",
    re.MULTILINE,
)
_HAS_YEAR = re.compile(rf"\b{_YEAR}\b")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")
_URL_DATES = (
    re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=[/_\-.]|$)"),
    re.compile(r"[/_\-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_\-.]|$)"),
    re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_\-.]|$)"),
)
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?=/)")
_HEAD_CHARS = 1200


def _plausible(day: dt.date | None) -> dt.date | None:
    """The date if it can be a publication date (not before 1900, not in the future)."""
    if day is None or day < _EARLIEST or day > dt.date.today() + dt.timedelta(days=1):
        return None
    return day


def parse_date_string(value: str) -> dt.date | None:
    """A complete, absolute date written in ``value`` (ISO, RFC 822, "3 May 2022"...), else None.

    Relative expressions and dates missing the day, month or year give None, and so do numeric dates
    whose day and month could be swapped (``03/05/2022``): guessing would misdate the article.
    """
    value = value.strip()
    if not value or len(value) > 100:
        return None
    try:
        return _plausible(dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date())
    except ValueError:
        pass
    numeric = _NUMERIC.match(value)
    if numeric:
        a, b, year = (int(g) for g in numeric.groups())
        if a <= 12 and b <= 12 and a != b:
            log.debug("ambiguous numeric date %r ignored", value)
            return None
    if not _HAS_YEAR.search(value):
        return None
    parsed = dateparser.parse(value, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return _plausible(parsed.date()) if parsed else None


def _date_in_url(url: str) -> dt.date | None:
    path = re.sub(r"^[a-z][a-z0-9+.\-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE)
    for pattern in _URL_DATES:
        m = pattern.search(path)
        if m:
            try:
                return _plausible(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError:
                continue
    return None


def _month_in_url(url: str) -> tuple[int, int] | None:
    m = _URL_MONTH.search(url)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _yearless(value: str, year: int) -> dt.date | None:
    """Parse a dateline date without year ("Aug 11") in a year the caller trusts."""
    return parse_date_string(f"{value} {year}")


def _from_html(html: str, url: str | None) -> dt.date | None:
    from htmldate import find_date

    try:
        found = find_date(html, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError) as e:  # htmldate chokes on some malformed markup
        log.debug("htmldate failed: %s", e)
        return None
    return parse_date_string(found) if found else None


def find_publication_date(text: str, url: str | None = None, html: str | None = None) -> dt.date | None:
    """The publication date stated by the article itself, or None; never today's date by default.

    Looks, in order of trust, at a ``date:``/``published`` line at the top of the text, the HTML
    metadata (``html``, via htmldate without guessing from body text), a dateline at the start of a
    paragraph near the top ("NAIROBI, Kenya — Tuesday 3 May 2022"), and a date in the URL
    (``/2022/08/11/``). A dateline without a year counts only when the URL gives that year and month.
    """
    head = text[:_HEAD_CHARS]
    header = _HEADER_LINE.search(head)
    if header:
        found = parse_date_string(header.group("d"))
        if found:
            return found
    if html:
        found = _from_html(html, url)
        if found:
            return found
    dateline = _DATELINE.search(head)
    if dateline:
        found = parse_date_string(dateline.group("d"))
        if found:
            return found
    if url:
        found = _date_in_url(url)
        if found:
            return found
        month = _month_in_url(url)
        if dateline and month and not _HAS_YEAR.search(dateline.group("d")):
            found = _yearless(dateline.group("d"), month[0])
            if found and found.month == month[1]:
                return found
    return None
