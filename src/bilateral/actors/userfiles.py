"""Readers for user actor dictionaries that are not JSON Lines: CSV tables and PETRARCH/Phoenix actor files.

Each reader turns its rows into the same record dicts that the JSONL files hold (a person with ``roles``,
an organisation with ``kind``) and yields them with ``file:line``; loader.py parses and validates every
record the same way whatever its format, so a CSV row and a JSONL line fail with the same message.
Format errors that only this format can have (a PETRARCH date, a role line before any name) are
``KnowledgeError`` raised here, naming the file and line and saying what to fix.

``USER_FORMATS`` maps a file extension to its reader; any other extension is read as JSON Lines.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bilateral.errors import KnowledgeError
from bilateral.models import SECTORS

UserRecords = Iterator[tuple[str, dict[str, Any]]]
"""(``file:line``, record dict in the JSONL shape) for each record of a user file."""

CSV_COLUMNS: tuple[str, ...] = ("name", "kind", "code", "country", "sector", "aliases", "office", "start", "end")
_ORG_PREFIXES = ("IGO", "NGO")
"""CAMEO codes that name an international body rather than a country (IGOUNO, NGOHRW)."""


def _read_text(path: Path, label: str, encoding: str = "utf-8") -> str:
    try:
        return path.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeError(f"{label}: cannot read actor file ({e}); check the path in actor_files") from e


# --- CSV ---------------------------------------------------------------------------------------------


def _csv_role(row: dict[str, str | None], where: str) -> dict[str, Any]:
    """The role of one person row: country and sector from their columns, or from ``code`` when empty."""
    code, country, sector = row.get("code"), row.get("country"), row.get("sector")
    org = None
    if code and code.startswith(_ORG_PREFIXES):
        org, sector = code, sector or code[:3]
    elif code:
        if country and not code.startswith(country):
            raise KnowledgeError(f"{where}: code {code!r} does not start with country {country!r}; "
                                 f"make them agree or leave one empty")
        country = country or code[:3]
        sector = sector or (code[3:6] if code[3:6] in SECTORS else None)
    return {"country": country, "org": org, "sector": sector, "office": row.get("office"),
            "start": row.get("start"), "end": row.get("end")}


def _csv_record(row: dict[str, str | None], where: str) -> dict[str, Any]:
    """A person record with one role, or an organisation record, in the JSONL shape."""
    aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
    kind = row.get("kind")
    if kind == "person":
        return {"name": row.get("name"), "aliases": aliases, "roles": [_csv_role(row, where)]}
    if not kind:
        raise KnowledgeError(f"{where}: column 'kind' is empty; write person, organization, igo, ngo, "
                             f"armed_group, company or group")
    if row.get("office"):
        raise KnowledgeError(f"{where}: column 'office' is for person rows only; leave it empty for a {kind}")
    return {"name": row.get("name"), "kind": kind, "code": row.get("code"), "country": row.get("country"),
            "sector": row.get("sector"), "aliases": aliases, "start": row.get("start"), "end": row.get("end")}


def read_csv(path: Path, label: str) -> UserRecords:
    """A CSV actor table: a header naming some of ``CSV_COLUMNS`` (``name`` and ``kind`` required), then one
    row per person role or per organisation. Aliases are ``;``-separated; empty cells are null. Rows of
    the same person name are merged by the loader, like people across JSONL files."""
    reader = csv.reader(io.StringIO(_read_text(path, label, encoding="utf-8-sig"), newline=""))
    header: list[str] | None = None
    for fields in reader:
        where = f"{label}:{reader.line_num}"
        if not any(f.strip() for f in fields) or fields[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [f.strip().lower() for f in fields]
            unknown = [c for c in header if c not in CSV_COLUMNS]
            if unknown or not {"name", "kind"} <= set(header):
                raise KnowledgeError(f"{where}: the header must name columns among {','.join(CSV_COLUMNS)} "
                                     f"(name and kind required); got {','.join(header)}")
            continue
        if len(fields) > len(header):
            raise KnowledgeError(f"{where}: {len(fields)} cells but the header names {len(header)} columns; "
                                 f"quote cells that contain commas")
        row = {c: (v.strip() or None) for c, v in zip(header, fields, strict=False)}
        yield where, _csv_record(row, where)


# --- PETRARCH ----------------------------------------------------------------------------------------

_ROLE = re.compile(r"^\[\s*(?P<code>[^\s\]]+)(?:\s+(?P<dates>[^\]]*?))?\s*\]$")
_ROLES = re.compile(r"\[[^\[\]]*\]?")
"""One or more role brackets on a line: ``[RWAGOV 000424-]`` or ``[IGOEU 950701-951231][IGONATO 951205-]``."""
_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
_DATE = re.compile(r"^\d{6}$|^\d{8}$")
_NAME = re.compile(r"^(?P<name>\w[^\[]*?)_\s*(?P<role>\[.*\])?$")
"""A name line, ``PAUL_KAGAME_``, optionally with its roles on the same line (``PAUL_KAGAME_ [RWAGOV]``)."""
_STEM_NAME = re.compile(r"^(?P<name>\w[^\[]*?)\s*(?P<role>\[.*\])?$")
"""Lenient reading only: a name without the final ``_`` (PETRARCH's stemmed entries, ``ABU_NIDAL_GROUP``)."""
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al", "el", "bin",
                          "ibn", "van", "von", "der", "da", "di", "to"})
"""Words written in lower case inside a title-cased name ("Front for the Liberation of ...", "Abu Bakr al ...")."""
_ACRONYM = re.compile(r"^\(?[A-Z0-9.&-]+\)?$")


def _petrarch_date(text: str, where: str) -> str:
    """``yymmdd`` (or ``yyyymmdd``) as an ISO date; two-digit years 00-49 are 20xx, 50-99 are 19xx."""
    if not _DATE.match(text):
        raise KnowledgeError(f"{where}: date {text!r} must be yymmdd, like 090120 for 20 January 2009")
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        year, rest = int(text[:2]), text[2:]
        year = 2000 + year if year < 50 else 1900 + year
    try:
        day = dt.date(year, int(rest[:2]), int(rest[2:4]))
    except ValueError:
        raise KnowledgeError(f"{where}: date {text!r} is not a calendar day (yymmdd)") from None
    return day.isoformat()


def _petrarch_dates(dates: str | None, where: str) -> tuple[str | None, str | None]:
    """``yymmdd-yymmdd`` (either side may be empty), ``>yymmdd`` (from), ``<yymmdd`` (until), or nothing."""
    dates = (dates or "").replace(" ", "")
    if not dates:
        return None, None
    if dates[0] == ">":
        return _petrarch_date(dates[1:], where), None
    if dates[0] == "<":
        return None, _petrarch_date(dates[1:], where)
    if "-" not in dates:
        raise KnowledgeError(f"{where}: dates {dates!r} must be yymmdd-yymmdd, >yymmdd or <yymmdd")
    first, _, last = dates.partition("-")
    start = _petrarch_date(first, where) if first else None
    end = _petrarch_date(last, where) if last else None
    if start and end and end < start:
        raise KnowledgeError(f"{where}: role ends ({end}) before it starts ({start}); swap the dates")
    return start, end


def _petrarch_role(line: str, where: str) -> dict[str, Any]:
    m = _ROLE.match(line)
    if m is None:
        raise KnowledgeError(f"{where}: a role line must look like [RWAGOV 000424-170120], [RWAGOV >000424], "
                             f"[RWAGOV <170120] or [RWAGOV]; got {line!r}")
    code = m.group("code")
    if not _CODE.match(code):
        raise KnowledgeError(f"{where}: role code {code!r} must be a CAMEO actor code: a 3-letter country code "
                             f"(or IGO/NGO) then sector letters, like RWAGOV or IGOUNO")
    start, end = _petrarch_dates(m.group("dates"), where)
    if code.startswith(_ORG_PREFIXES):
        return {"country": None, "org": code, "sector": code[:3], "office": None, "start": start, "end": end}
    sector = code[3:6] if code[3:6] in SECTORS else None
    return {"country": code[:3], "org": None, "sector": sector, "office": None, "start": start, "end": end}


def _petrarch_roles(text: str, where: str, problems: list[str] | None) -> list[dict[str, Any]]:
    """Every ``[CODE dates]`` bracket of a line; a bad one raises, or is noted in ``problems`` and skipped."""
    roles = []
    for bracket in _ROLES.findall(text) or [text]:
        try:
            roles.append(_petrarch_role(bracket.strip(), where))
        except KnowledgeError as e:
            if problems is None:
                raise
            problems.append(str(e))
    return roles


def _petrarch_name(text: str) -> str:
    """``BARACK_HUSSEIN_OBAMA`` -> ``Barack Hussein Obama``: matching is case-sensitive and news text is not
    upper case, so all-capital names are title-cased; mixed-case names are kept as written. Acronyms stay in
    capitals (a one-word name of up to five letters, a word in parentheses or with dots: ``NATO``,
    ``U.N.``, ``Aden Islamic Army (AIA)``), and joining words go lower case inside a name."""
    words = " ".join(text.replace("_", " ").split())
    if not words.isupper():
        return words
    parts = words.split(" ")
    if len(parts) == 1 and len(words) <= 5 and _ACRONYM.match(words):
        return words
    out = []
    for k, word in enumerate(parts):
        if ("." in word or word.startswith("(")) and _ACRONYM.match(word):
            out.append(word)
        elif k > 0 and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(word.title().replace("'S", "'s"))
    return " ".join(out)


def read_petrarch(path: Path, label: str) -> UserRecords:
    """A PETRARCH/Phoenix actor dictionary: ``NAME_`` lines, ``+ALIAS`` lines and dated ``[CODE dates]``
    role lines (several on one line allowed); ``#`` starts a comment. Each name with its roles is one person
    record."""
    return petrarch_records(_read_text(path, label), label)


def petrarch_records(text: str, label: str, problems: list[str] | None = None) -> UserRecords:
    """The records of a PETRARCH actor dictionary's ``text`` (see ``read_petrarch``).

    With ``problems`` None (user files) every error raises ``KnowledgeError``. With a list (converting the
    large Phoenix dictionaries, tools/convert_phoenix.py) a line that cannot be read is noted there and
    skipped, a name without the final ``_`` (a PETRARCH stem) is read as a name, and names with no role of
    their own share the roles of the next name, as PETRARCH reads consecutive root phrases."""
    current: tuple[str, dict[str, Any]] | None = None
    pending: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        where = f"{label}:{number}"
        try:
            if line.startswith("+"):
                if current is None:
                    raise KnowledgeError(f"{where}: alias {line!r} comes before any name; put a NAME_ line first")
                current[1]["aliases"].append(_petrarch_name(line[1:].strip().rstrip("_")))
                continue
            if line.startswith("["):
                if current is None:
                    raise KnowledgeError(f"{where}: role {line!r} comes before any name; put a NAME_ line first")
                current[1]["roles"].extend(_petrarch_roles(line, where, problems))
                continue
            m = _NAME.match(line) or (_STEM_NAME.match(line) if problems is not None else None)
            if m is None:
                raise KnowledgeError(f"{where}: cannot read {line!r}: expected a NAME_ line (ending in _), "
                                     f"a +ALIAS line or a [CODE yymmdd-yymmdd] role line")
        except KnowledgeError as e:
            if problems is None:
                raise
            problems.append(str(e))
            continue
        if current is not None:
            if current[1]["roles"] or problems is None:
                yield _person(current, label)
                pending = []
            else:
                pending += [current[1]["name"], *current[1]["aliases"]]
        current = (where, {"name": _petrarch_name(m.group("name").rstrip("_")), "aliases": list(pending),
                           "roles": []})
        if m.group("role"):
            current[1]["roles"].extend(_petrarch_roles(m.group("role"), where, problems))
    if current is not None and (current[1]["roles"] or problems is None):
        yield _person(current, label)


def _person(current: tuple[str, dict[str, Any]], label: str) -> tuple[str, dict[str, Any]]:
    where, record = current
    if not record["roles"]:
        raise KnowledgeError(f"{where}: {record['name']!r} has no role; add a [CODE yymmdd-yymmdd] line under it "
                             f"or remove the name from {label}")
    return current


USER_FORMATS: dict[str, Callable[[Path, str], UserRecords]] = {
    ".csv": read_csv,
    ".txt": read_petrarch,
    ".pet": read_petrarch,
}
"""Extension (lower case) -> reader of user actor files; anything else is JSON Lines."""
