"""Facts and invariants of the packaged office-holder files (data/actors/people/*.jsonl).

The files are read with plain ``json`` rather than the actor loader, so a loader bug cannot hide a data
error and a data error is reported with its file and line. Three kinds of check:

* schema invariants for every record of every file (fields, ISO 3166 codes, organisation codes,
  sectors, ISO dates, start <= end, aliases);
* no alias (or canonical name) shared by two different people whose offices overlap in time, since the
  resolver could not tell them apart;
* the dated facts that must hold are in ``test_people_dates.py``, which uses the helpers here.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import pycountry

import bilateral
from bilateral.models import SECTORS

PEOPLE_DIR = Path(bilateral.__file__).parent / "data" / "actors" / "people"
OWN_FILES = ("foreign_ministers.jsonl", "igo_heads.jsonl")

ORG_CODES = frozenset({
    "IGOUNO", "IGOUNHCR", "IGOWHO", "IGOWFP", "IGOUNICEF", "IGOMONUSCO", "IGOAU", "IGOEU", "IGONATO",
    "IGOEAC", "IGOSADC", "IGOECOWAS", "IGOWB", "IGOIMF", "IGOICC", "IGOWTO", "IGOOPEC", "IGOASEAN",
    "IGOARL", "IGOOAS", "IGOCWN", "IGOIAEA", "IGOICJ", "NGOHRW", "NGOAMN", "NGOMSF", "NGOICRC",
})
EXTRA_COUNTRIES = frozenset({"PSE", "XKX"})
PERSON_KEYS = frozenset({"name", "aliases", "roles"})
ROLE_KEYS = frozenset({"country", "org", "sector", "office", "start", "end"})
BARE_TITLES = frozenset({
    "president", "prime minister", "minister", "foreign minister", "secretary", "secretary of state",
    "secretary-general", "secretary general", "chancellor", "king", "queen", "general", "ambassador",
    "premier", "chairman", "chairperson", "director-general", "the president", "the minister",
})
# Latest date a role may start: the data describe office holders up to November 2026.
LATEST_START = date(2026, 11, 30)
OPEN_END = date(9999, 12, 31)


@dataclass(frozen=True, slots=True)
class Term:
    """One role of one person, with parsed dates, as read from a people file."""

    holder: str | None
    org: str | None
    office: str
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Record:
    """One line of a people file, kept raw with where it came from."""

    file: str
    line: int
    data: dict


def normalise(text: str) -> str:
    """Case- and accent-insensitive key, so "Félix" and "Felix" look up the same person."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@lru_cache(maxsize=1)
def read_records() -> tuple[Record, ...]:
    """Every JSON line of every people file; a line that is not JSON becomes a failing record."""
    records: list[Record] = []
    for path in sorted(PEOPLE_DIR.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as e:
                data = {"__invalid__": str(e)}
            records.append(Record(path.name, number, data))
    return tuple(records)


def valid_country(code: object) -> bool:
    """ISO 3166 alpha-3 (pycountry) or one of the user-assigned codes the project allows."""
    if not isinstance(code, str):
        return False
    return code in EXTRA_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None


def parse_day(value: object) -> date | None:
    """A strict YYYY-MM-DD date, or None when the value is not one."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def role_problems(role: object) -> list[str]:
    """What is wrong with one role object (empty when it is valid)."""
    if not isinstance(role, dict):
        return ["role is not an object"]
    problems = [f"role lacks {key!r}" for key in sorted(ROLE_KEYS - role.keys())]
    if problems:
        return problems
    if role["country"] is None and role["org"] is None:
        problems.append("role has neither country nor org")
    if role["country"] is not None and not valid_country(role["country"]):
        problems.append(f"country {role['country']!r} is not ISO 3166 alpha-3")
    if role["org"] is not None and role["org"] not in ORG_CODES:
        problems.append(f"org {role['org']!r} is not one of the fixed organisation codes")
    if role["sector"] not in SECTORS:
        problems.append(f"sector {role['sector']!r} not in {SECTORS}")
    if not isinstance(role["office"], str) or not role["office"].strip():
        problems.append("office is empty")
    start = parse_day(role["start"])
    end = parse_day(role["end"]) if role["end"] is not None else OPEN_END
    if start is None:
        problems.append(f"start {role['start']!r} is not YYYY-MM-DD")
    elif start > LATEST_START:
        problems.append(f"start {role['start']} is after the data horizon {LATEST_START}")
    if end is None:
        problems.append(f"end {role['end']!r} is not YYYY-MM-DD or null")
    if start is not None and end is not None and start > end:
        problems.append(f"start {role['start']} is after end {role['end']}")
    return problems


def record_problems(data: dict) -> list[str]:
    """What is wrong with one person object (empty when it is valid)."""
    if "__invalid__" in data:
        return [f"not JSON: {data['__invalid__']}"]
    problems = [f"lacks {key!r}" for key in sorted(PERSON_KEYS - data.keys())]
    if problems:
        return problems
    if not isinstance(data["name"], str) or not data["name"].strip():
        problems.append("name is empty")
    aliases = data["aliases"]
    if not isinstance(aliases, list):
        problems.append("aliases is not a list")
    else:
        for alias in aliases:
            if not isinstance(alias, str) or not alias.strip():
                problems.append(f"alias {alias!r} is empty or not a string")
            elif normalise(alias) in BARE_TITLES:
                problems.append(f"alias {alias!r} is a bare title")
    roles = data["roles"]
    if not isinstance(roles, list) or not roles:
        problems.append("roles is not a non-empty list")
    else:
        for index, role in enumerate(roles):
            problems.extend(f"role {index}: {p}" for p in role_problems(role))
    return problems


def terms_of(data: dict) -> list[Term]:
    """The parsed roles of a valid person object."""
    return [
        Term(
            holder=role["country"] if role["country"] is not None else role["org"],
            org=role["org"],
            office=role["office"],
            start=date.fromisoformat(role["start"]),
            end=date.fromisoformat(role["end"]) if role["end"] else OPEN_END,
        )
        for role in data["roles"]
    ]


def people_by_name(records: tuple[Record, ...]) -> dict[str, list[Term]]:
    """Canonical name (normalised) -> roles merged across files, as the loader merges them."""
    merged: dict[str, list[Term]] = defaultdict(list)
    for record in records:
        if not record_problems(record.data):
            merged[normalise(record.data["name"])].extend(terms_of(record.data))
    return merged


def overlaps(a: Term, b: Term) -> bool:
    """Whether two terms share at least one day."""
    return a.start <= b.end and b.start <= a.end


def ambiguous_aliases(records: tuple[Record, ...]) -> list[str]:
    """Aliases or names that point at two different people holding office at the same time."""
    merged = people_by_name(records)
    owners: dict[str, set[str]] = defaultdict(set)
    for record in records:
        if record_problems(record.data):
            continue
        name = normalise(record.data["name"])
        owners[name].add(name)
        for alias in record.data["aliases"]:
            owners[normalise(alias)].add(name)
    clashes = []
    for alias, names in sorted(owners.items()):
        ordered = sorted(names)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1:]:
                if any(overlaps(a, b) for a in merged[first] for b in merged[second]):
                    clashes.append(f"{alias!r}: {first} and {second} in office at the same time")
    return clashes


def in_office(terms: list[Term], holder: str | None, on: date) -> bool:
    """Whether any term (for that country or organisation, or any term at all when holder is None)
    covers the day."""
    return any(t.start <= on <= t.end and (holder is None or holder in (t.holder, t.org)) for t in terms)


# --- checks of the checks: synthetic records --------------------------------------------------


def test_people_facts_role_problems_flag_bad_roles() -> None:
    good = {"country": "RWA", "org": None, "sector": "GOV", "office": "Minister of Foreign Affairs",
            "start": "2019-11-04", "end": None}
    assert role_problems(good) == []
    assert role_problems({**good, "country": "XYZ"}) == ["country 'XYZ' is not ISO 3166 alpha-3"]
    assert role_problems({**good, "country": "PSE"}) == []
    assert role_problems({**good, "org": "IGOFOO"})[0].startswith("org 'IGOFOO'")
    assert role_problems({**good, "sector": "gov"})[0].startswith("sector 'gov'")
    assert role_problems({**good, "start": "2019-11"}) == ["start '2019-11' is not YYYY-MM-DD"]
    assert role_problems({**good, "end": "2018-01-01"}) == ["start 2019-11-04 is after end 2018-01-01"]
    assert role_problems({**good, "country": None}) == ["role has neither country nor org"]
    missing = dict(good)
    del missing["office"]
    assert role_problems(missing) == ["role lacks 'office'"]


def test_people_facts_record_problems_flag_bad_aliases() -> None:
    role = {"country": "USA", "org": None, "sector": "GOV", "office": "Secretary of State",
            "start": "2021-01-26", "end": "2025-01-20"}
    assert record_problems({"name": "Antony Blinken", "aliases": ["Blinken"], "roles": [role]}) == []
    assert record_problems({"name": "Antony Blinken", "aliases": [" "], "roles": [role]}) == [
        "alias ' ' is empty or not a string"]
    assert record_problems({"name": "Antony Blinken", "aliases": ["Secretary of State"], "roles": [role]}) == [
        "alias 'Secretary of State' is a bare title"]
    assert record_problems({"name": "Antony Blinken", "aliases": [], "roles": []}) == [
        "roles is not a non-empty list"]


def test_people_facts_ambiguity_needs_overlapping_terms() -> None:
    def person(name: str, alias: str, start: str, end: str | None) -> Record:
        role = {"country": "USA", "org": None, "sector": "GOV", "office": "Adviser", "start": start, "end": end}
        return Record("synthetic.jsonl", 1, {"name": name, "aliases": [alias], "roles": [role]})

    apart = (person("Condoleezza Rice", "Rice", "2001-01-20", "2009-01-20"),
             person("Susan Rice", "Rice", "2009-01-22", "2017-01-20"))
    assert ambiguous_aliases(apart) == []
    together = (person("Condoleezza Rice", "Rice", "2001-01-20", "2009-01-20"),
                person("Susan Rice", "Rice", "2008-01-01", None))
    assert ambiguous_aliases(together) == [
        "'rice': condoleezza rice and susan rice in office at the same time"]


# --- the packaged files --------------------------------------------------------------------------


def test_people_facts_own_files_present() -> None:
    names = {record.file for record in read_records()}
    for file in OWN_FILES:
        assert file in names, f"{PEOPLE_DIR / file} is missing or empty"


def test_people_facts_every_record_is_valid() -> None:
    problems = [
        f"{record.file}:{record.line}: {problem}"
        for record in read_records()
        for problem in record_problems(record.data)
    ]
    assert problems == [], "\n".join(problems[:30])


def test_people_facts_no_person_twice_in_one_file() -> None:
    seen: dict[tuple[str, str], int] = {}
    duplicates = []
    for record in read_records():
        if record_problems(record.data):
            continue
        key = (record.file, normalise(record.data["name"]))
        if key in seen:
            duplicates.append(f"{record.file}:{record.line} repeats line {seen[key]} ({record.data['name']})")
        seen.setdefault(key, record.line)
    assert duplicates == [], "\n".join(duplicates)


def test_people_facts_aliases_are_unambiguous() -> None:
    clashes = ambiguous_aliases(read_records())
    assert clashes == [], "\n".join(clashes[:30])
