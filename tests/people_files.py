"""Reading the packaged people files in their own tests: plain ``json``, not the actor loader, so a data error
is reported with its line whatever the state of the loader; and the day arithmetic those tests share."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

OPEN_END = date(9999, 12, 31)
"""The day an open role (``"end": null``) ends, for comparisons."""


def normalise(text: str) -> str:
    """Case- and accent-insensitive key ("Tuđman" == "tuđman", "Félix" == "Felix")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def read_records(path: Path) -> tuple[tuple[int, dict], ...]:
    """(line number, parsed object) for every non-blank line; a bad line fails the test with its number."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append((number, json.loads(line)))
            except json.JSONDecodeError as e:
                pytest.fail(f"{path}:{number}: not JSON: {e}")
    return tuple(out)


def day(value: str | None) -> date:
    """An ISO day, or the open end for null."""
    return OPEN_END if value is None else date.fromisoformat(value)


def base_office(office: str, prefixes: Sequence[str]) -> str:
    """The office without an acting/interim/... prefix, lower-cased."""
    text = office.casefold()
    for prefix in prefixes:
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def find_person(records: Sequence[tuple[int, dict]], name: str, where: str) -> dict:
    """The record of one canonical name."""
    for _, data in records:
        if data["name"] == name:
            return data
    raise KeyError(f"{name!r} is not in {where}")


def holds_office(data: dict, country: str, on: str, office: str | None, prefixes: Sequence[str]) -> bool:
    """Whether the person holds an office of that country (optionally that office) on that day."""
    when = date.fromisoformat(on)
    return any(
        role["country"] == country and day(role["start"]) <= when <= day(role["end"])
        and (office is None or base_office(role["office"], prefixes) == office.casefold())
        for role in data["roles"]
    )


def overlapping_terms(records: Sequence[tuple[int, dict]], head_offices: frozenset[str], prefixes: Sequence[str],
                      contested: frozenset[frozenset[str]]) -> list[str]:
    """Two people holding the same head office of one country at once, beyond the handover day (which may
    be written as the last day of one and the first of the next); ``contested`` pairs are allowed."""
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for _, data in records:
        for role in data["roles"]:
            office = base_office(role["office"], prefixes)
            if office in head_offices:
                terms.setdefault((role["country"], office), []).append(
                    (day(role["start"]), day(role["end"]), data["name"]))
    clashes = []
    for (country, office), held in sorted(terms.items()):
        held.sort()
        for i, (_, end, name) in enumerate(held):
            for other_start, _, other in held[i + 1:]:
                if other != name and frozenset({name, other}) not in contested and other_start < end:
                    clashes.append(f"{country} {office}: {name} (to {end}) and {other} (from {other_start})")
    return clashes


def national_role_problems(where: str, role: dict, role_keys: frozenset[str], extra_countries: frozenset[str],
                           sectors: Sequence[str]) -> list[str]:
    """What is wrong with one national role's keys, country, org and sector (empty when nothing is)."""
    import pycountry

    if set(role) != role_keys:
        return [f"{where}: role keys {sorted(role)}"]
    problems = []
    country = role["country"]
    if country not in extra_countries and pycountry.countries.get(alpha_3=country) is None:
        problems.append(f"{where}: country {country!r} is not ISO 3166 alpha-3")
    if role["org"] is not None:
        problems.append(f"{where}: national offices have no org, got {role['org']!r}")
    if role["sector"] not in sectors:
        problems.append(f"{where}: sector {role['sector']!r}")
    return problems
