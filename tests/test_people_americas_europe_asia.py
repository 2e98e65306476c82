"""Invariants and dated facts of heads_americas_europe_asia.jsonl (heads of state and government).

The file is read with plain ``json`` rather than the actor loader, so a loader bug cannot hide a data error
and every failure names the line. Checked here: the record schema, ISO 3166 codes, ISO dates in order, the
sort order (country, then start), one line per person, no two people holding the same office of a country
on the same day (a handover day shared by outgoing and incoming holder is allowed), aliases that are unique
and never a bare title or an ambiguous surname, coverage of every assigned country, and a sample of dated
facts: (person, country, office, date) -> in office or not.
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
import pytest

import bilateral
from bilateral.models import SECTORS

PEOPLE_FILE = Path(bilateral.__file__).parent / "data" / "actors" / "people" / "heads_americas_europe_asia.jsonl"
PERSON_KEYS = ("name", "aliases", "roles")
ROLE_KEYS = frozenset({"country", "org", "sector", "office", "start", "end"})
HORIZON = date(2026, 11, 30)
OPEN_END = date(9999, 12, 31)

ASSIGNED_COUNTRIES = frozenset({
    # Americas
    "USA", "CAN", "MEX", "BRA", "ARG", "COL", "VEN", "CHL", "PER", "CUB",
    # Europe (Switzerland left out: rotating presidency)
    "GBR", "FRA", "DEU", "ITA", "ESP", "RUS", "UKR", "BLR", "POL", "NLD", "BEL", "SWE", "NOR", "DNK", "PRT",
    "GRC", "HUN", "SRB", "AUT", "IRL",
    # Asia-Pacific
    "CHN", "JPN", "IND", "PAK", "AFG", "KOR", "PRK", "IDN", "AUS", "NZL", "PHL", "VNM", "THA", "MMR", "MYS",
    "BGD", "LKA", "KAZ",
})
BARE_TITLES = frozenset({
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "taoiseach",
    "vice president", "the president", "the prime minister", "general secretary", "supreme leader",
})
# Surnames shared by two office holders of this file or of the foreign-ministers file: never a bare alias.
AMBIGUOUS_SURNAMES = frozenset({
    "bush", "clinton", "johnson", "kim", "lee", "park", "moon", "roh", "sharif", "singh", "kaczynski",
    "rasmussen", "karamanlis", "papandreou", "mitsotakis", "rajapaksa", "aquino", "shinawatra", "castro",
    "kirchner", "fernandez", "harris", "li", "khan", "bandaranaike", "akhmetov", "kaczyński", "fernández",
})


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of the file: its number and the parsed object (None when it is not JSON)."""

    number: int
    data: dict | None
    error: str


@dataclass(frozen=True, slots=True)
class Term:
    """One role with parsed dates."""

    name: str
    country: str
    office: str
    start: date
    end: date


def normalise(text: str) -> str:
    """Case- and accent-insensitive key ("Wałęsa" and "walesa" differ only by the stroke letter)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@lru_cache(maxsize=1)
def read_lines() -> tuple[Line, ...]:
    """Every non-empty line of the file, parsed."""
    lines = []
    for number, raw in enumerate(PEOPLE_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            lines.append(Line(number, json.loads(raw), ""))
        except json.JSONDecodeError as e:
            lines.append(Line(number, None, str(e)))
    return tuple(lines)


def people() -> list[dict]:
    """The parsed person objects (the schema test reports the lines that are not)."""
    return [line.data for line in read_lines() if isinstance(line.data, dict)]


def parse_day(value: object) -> date | None:
    """A strict YYYY-MM-DD date, else None."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def terms_of(person: dict) -> list[Term]:
    """The roles of one person with parsed dates (open end = far future)."""
    return [
        Term(person["name"], role["country"], role["office"], date.fromisoformat(role["start"]),
             date.fromisoformat(role["end"]) if role["end"] else OPEN_END)
        for role in person["roles"]
    ]


def role_problems(role: object) -> list[str]:
    """What is wrong with one role (empty when valid)."""
    if not isinstance(role, dict):
        return ["role is not an object"]
    if set(role) != ROLE_KEYS:
        return [f"role keys {sorted(role)} != {sorted(ROLE_KEYS)}"]
    problems = []
    if not isinstance(role["country"], str) or pycountry.countries.get(alpha_3=role["country"]) is None:
        problems.append(f"country {role['country']!r} is not ISO 3166 alpha-3")
    if role["org"] is not None:
        problems.append(f"org {role['org']!r} should be null for a national office")
    if role["sector"] not in SECTORS:
        problems.append(f"sector {role['sector']!r} not in {SECTORS}")
    if not isinstance(role["office"], str) or not role["office"].strip():
        problems.append("office is empty")
    start = parse_day(role["start"])
    end = OPEN_END if role["end"] is None else parse_day(role["end"])
    if start is None:
        problems.append(f"start {role['start']!r} is not YYYY-MM-DD")
    elif start > HORIZON:
        problems.append(f"start {start} is after the data horizon {HORIZON}")
    if end is None:
        problems.append(f"end {role['end']!r} is not YYYY-MM-DD or null")
    if start and end and start > end:
        problems.append(f"start {start} is after end {end}")
    return problems


def person_problems(data: dict) -> list[str]:
    """What is wrong with one person object (empty when valid)."""
    if tuple(data) != PERSON_KEYS:
        return [f"keys {list(data)} != {list(PERSON_KEYS)}"]
    problems = []
    if not isinstance(data["name"], str) or not data["name"].strip():
        problems.append("name is empty")
    if not isinstance(data["aliases"], list) or not all(isinstance(a, str) and a.strip() for a in data["aliases"]):
        problems.append("aliases is not a list of non-empty strings")
    if not isinstance(data["roles"], list) or not data["roles"]:
        problems.append("roles is not a non-empty list")
    else:
        for index, role in enumerate(data["roles"]):
            problems.extend(f"role {index}: {p}" for p in role_problems(role))
    return problems


def overlapping_holders(terms: list[Term]) -> list[str]:
    """Pairs of different people holding the same office of the same country for more than a handover day."""
    by_office: dict[tuple[str, str], list[Term]] = defaultdict(list)
    for term in terms:
        by_office[(term.country, term.office)].append(term)
    clashes = []
    for (country, office), held in sorted(by_office.items()):
        held.sort(key=lambda t: (t.start, t.end))
        for i, first in enumerate(held):
            for second in held[i + 1:]:
                if second.start >= first.end:
                    break
                if first.name != second.name:
                    clashes.append(f"{country} {office}: {first.name} ({first.start}..{first.end}) and "
                                   f"{second.name} ({second.start}..{second.end})")
    return clashes


def valid_people() -> list[dict]:
    """Person objects without schema problems."""
    return [p for p in people() if not person_problems(p)]


def find(name: str) -> list[Term]:
    """The roles of the person with this canonical name; fails the test when absent."""
    matches = [p for p in valid_people() if normalise(p["name"]) == normalise(name)]
    if len(matches) != 1:
        pytest.fail(f"{name}: expected one line in {PEOPLE_FILE.name}, found {len(matches)}")
    return terms_of(matches[0])


# --- checks of the checks -------------------------------------------------------------------------


def test_people_americas_europe_asia_role_problems_flag_bad_roles() -> None:
    good = {"country": "FRA", "org": None, "sector": "GOV", "office": "President", "start": "2017-05-14",
            "end": None}
    assert role_problems(good) == []
    assert role_problems({**good, "country": "FR"}) == ["country 'FR' is not ISO 3166 alpha-3"]
    assert role_problems({**good, "org": "IGOEU"}) == ["org 'IGOEU' should be null for a national office"]
    assert role_problems({**good, "start": "2017-05"}) == ["start '2017-05' is not YYYY-MM-DD"]
    assert role_problems({**good, "end": "2012-05-15"}) == ["start 2017-05-14 is after end 2012-05-15"]
    assert role_problems({**good, "start": "2027-01-01"}) == ["start 2027-01-01 is after the data horizon 2026-11-30"]


def test_people_americas_europe_asia_overlap_allows_only_handover_day() -> None:
    def term(name: str, start: str, end: str | None) -> Term:
        return Term(name, "GBR", "Prime Minister", date.fromisoformat(start),
                    date.fromisoformat(end) if end else OPEN_END)

    handover = [term("Theresa May", "2016-07-13", "2019-07-24"), term("Boris Johnson", "2019-07-24", None)]
    assert overlapping_holders(handover) == []
    clash = [term("Theresa May", "2016-07-13", "2019-07-25"), term("Boris Johnson", "2019-07-24", None)]
    assert len(overlapping_holders(clash)) == 1
    same_person = [term("Tony Blair", "1997-05-02", "2001-06-08"), term("Tony Blair", "2001-06-08", None)]
    assert overlapping_holders(same_person) == []


# --- the file ------------------------------------------------------------------------------------------


def test_people_americas_europe_asia_every_line_is_a_valid_person() -> None:
    problems = [f"{PEOPLE_FILE.name}:{line.number}: not JSON: {line.error}" for line in read_lines()
                if line.data is None]
    problems += [f"{PEOPLE_FILE.name}:{line.number}: {p}" for line in read_lines()
                 if isinstance(line.data, dict) for p in person_problems(line.data)]
    assert len(read_lines()) > 400
    assert problems == [], "\n".join(problems[:30])


def test_people_americas_europe_asia_one_line_per_person() -> None:
    seen: dict[str, str] = {}
    repeats = []
    for person in valid_people():
        key = normalise(person["name"])
        if key in seen:
            repeats.append(person["name"])
        seen[key] = person["name"]
    assert repeats == []


def test_people_americas_europe_asia_sorted_by_country_then_start() -> None:
    keys = []
    for person in valid_people():
        country = person["roles"][0]["country"]
        keys.append((country, min(r["start"] for r in person["roles"] if r["country"] == country)))
    out_of_order = [f"{a} before {b}" for a, b in zip(keys, keys[1:], strict=False) if a > b]
    assert out_of_order == [], "\n".join(out_of_order[:10])


def test_people_americas_europe_asia_no_two_holders_of_one_office_at_once() -> None:
    terms = [t for p in valid_people() for t in terms_of(p)]
    clashes = overlapping_holders(terms)
    assert clashes == [], "\n".join(clashes)


def test_people_americas_europe_asia_aliases_are_distinct_and_not_titles() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    problems = []
    for person in valid_people():
        for alias in [person["name"], *person["aliases"]]:
            key = normalise(alias)
            owners[key].add(person["name"])
            if key in BARE_TITLES:
                problems.append(f"{person['name']}: alias {alias!r} is a bare title")
            if key in AMBIGUOUS_SURNAMES:
                problems.append(f"{person['name']}: alias {alias!r} is a surname shared by several office holders")
    problems += [f"{alias!r} names {sorted(names)}" for alias, names in sorted(owners.items()) if len(names) > 1]
    assert problems == [], "\n".join(problems)


def test_people_americas_europe_asia_covers_every_assigned_country() -> None:
    terms = [t for p in valid_people() for t in terms_of(p)]
    assert {t.country for t in terms} == ASSIGNED_COUNTRIES
    uncovered = [
        f"{country} on {on}"
        for on in (date(1993, 9, 1), date(1999, 6, 1), date(2005, 6, 1), date(2015, 6, 1), date(2024, 6, 1))
        for country in sorted(ASSIGNED_COUNTRIES)
        if not any(t.country == country and t.start <= on <= t.end for t in terms)
    ]
    assert uncovered == [], "nobody in office: " + ", ".join(uncovered)


# --- dated facts ----------------------------------------------------------------------------------------
# (canonical name, country, office or None for any office of that country, date, expected in office)
FACTS: list[tuple[str, str, str | None, str, bool]] = [
    ("Barack Obama", "USA", "President", "2009-01-20", True),
    ("Barack Obama", "USA", "President", "2017-01-20", True),
    ("Barack Obama", "USA", None, "2017-01-21", False),
    ("Joe Biden", "USA", "Vice President", "2012-06-01", True),
    ("Joe Biden", "USA", "President", "2021-01-20", True),
    ("Joe Biden", "USA", None, "2025-01-21", False),
    ("Donald Trump", "USA", "President", "2019-06-01", True),
    ("Donald Trump", "USA", None, "2023-06-01", False),
    ("Donald Trump", "USA", "President", "2025-01-20", True),
    ("George W. Bush", "USA", "President", "2003-03-20", True),
    ("George H. W. Bush", "USA", "President", "1991-01-17", True),
    ("Dick Cheney", "USA", "Vice President", "2005-01-01", True),
    ("Theresa May", "GBR", "Prime Minister", "2016-07-13", True),
    ("Theresa May", "GBR", "Prime Minister", "2019-07-25", False),
    ("Boris Johnson", "GBR", "Prime Minister", "2019-07-24", True),
    ("Boris Johnson", "GBR", "Prime Minister", "2022-09-07", False),
    ("Liz Truss", "GBR", "Prime Minister", "2022-10-01", True),
    ("Liz Truss", "GBR", "Prime Minister", "2022-10-26", False),
    ("Rishi Sunak", "GBR", "Prime Minister", "2024-07-05", True),
    ("Rishi Sunak", "GBR", "Prime Minister", "2024-07-06", False),
    ("Keir Starmer", "GBR", "Prime Minister", "2024-07-05", True),
    ("Keir Starmer", "GBR", "Prime Minister", "2024-07-04", False),
    ("Tony Blair", "GBR", "Prime Minister", "2003-03-20", True),
    ("Elizabeth II", "GBR", "Queen", "2012-06-01", True),
    ("Charles III", "GBR", "King", "2023-05-06", True),
    ("Emmanuel Macron", "FRA", "President", "2017-05-14", True),
    ("Emmanuel Macron", "FRA", "President", "2017-05-13", False),
    ("Jacques Chirac", "FRA", "President", "2003-03-01", True),
    ("Angela Merkel", "DEU", "Chancellor", "2005-11-22", True),
    ("Angela Merkel", "DEU", "Chancellor", "2021-12-09", False),
    ("Olaf Scholz", "DEU", "Chancellor", "2023-01-01", True),
    ("Olaf Scholz", "DEU", "Chancellor", "2025-05-07", False),
    ("Friedrich Merz", "DEU", "Chancellor", "2025-05-07", True),
    ("Helmut Kohl", "DEU", "Chancellor", "1990-10-03", True),
    ("Vladimir Putin", "RUS", "President", "2015-01-01", True),
    ("Vladimir Putin", "RUS", "President", "2010-01-01", False),
    ("Vladimir Putin", "RUS", "Prime Minister", "2010-01-01", True),
    ("Dmitry Medvedev", "RUS", "President", "2010-01-01", True),
    ("Boris Yeltsin", "RUS", "President", "1993-10-04", True),
    ("Volodymyr Zelenskyy", "UKR", "President", "2022-02-24", True),
    ("Volodymyr Zelenskyy", "UKR", None, "2019-01-01", False),
    ("Petro Poroshenko", "UKR", "President", "2015-02-12", True),
    ("Xi Jinping", "CHN", "President", "2015-01-01", True),
    ("Xi Jinping", "CHN", "General Secretary of the Communist Party", "2012-11-15", True),
    ("Hu Jintao", "CHN", "President", "2008-08-08", True),
    ("Li Keqiang", "CHN", "Premier", "2020-01-01", True),
    ("Shinzo Abe", "JPN", "Prime Minister", "2015-01-01", True),
    ("Shinzo Abe", "JPN", "Prime Minister", "2010-01-01", False),
    ("Narendra Modi", "IND", "Prime Minister", "2014-05-26", True),
    ("Narendra Modi", "IND", None, "2014-05-25", False),
    ("Manmohan Singh", "IND", "Prime Minister", "2008-11-26", True),
    ("Luiz Inácio Lula da Silva", "BRA", "President", "2005-01-01", True),
    ("Luiz Inácio Lula da Silva", "BRA", "President", "2015-01-01", False),
    ("Luiz Inácio Lula da Silva", "BRA", "President", "2023-01-01", True),
    ("Jair Bolsonaro", "BRA", "President", "2020-01-01", True),
    ("Justin Trudeau", "CAN", "Prime Minister", "2020-01-01", True),
    ("Hugo Chávez", "VEN", "President", "2005-01-01", True),
    ("Nicolás Maduro", "VEN", "President", "2019-01-23", True),
    ("Kim Jong Un", "PRK", "Supreme Leader", "2018-06-12", True),
    ("Moon Jae-in", "KOR", "President", "2018-06-12", True),
    ("Joko Widodo", "IDN", "President", "2019-06-01", True),
    ("Pervez Musharraf", "PAK", "President", "2005-01-01", True),
    ("Hamid Karzai", "AFG", "President", "2010-01-01", True),
    ("Jacinda Ardern", "NZL", "Prime Minister", "2019-03-15", True),
    ("Pedro Sánchez", "ESP", "Prime Minister", "2020-01-01", True),
    ("Felipe VI", "ESP", "King", "2014-06-19", True),
    ("Juan Carlos I", "ESP", "King", "2014-06-19", False),
    ("Giorgia Meloni", "ITA", "Prime Minister", "2023-01-01", True),
    ("Viktor Orbán", "HUN", "Prime Minister", "2000-01-01", True),
    ("Viktor Orbán", "HUN", "Prime Minister", "2005-01-01", False),
    ("Alexander Lukashenko", "BLR", "President", "2020-08-09", True),
]


@pytest.mark.parametrize(("name", "country", "office", "on", "expected"), FACTS,
                         ids=[f"{f[0]}-{f[2]}-{f[3]}" for f in FACTS])
def test_people_americas_europe_asia_office_on_date(name: str, country: str, office: str | None, on: str,
                                                    expected: bool) -> None:
    day = date.fromisoformat(on)
    terms = find(name)
    held = any(t.country == country and (office is None or t.office == office) and t.start <= day <= t.end
               for t in terms)
    assert held is expected, f"{name} {country} {office or 'any office'} on {on}: roles {terms}"


@pytest.mark.parametrize(("text", "on", "code"), [
    ("Schumer", "2024-03-01", "USALEG"), ("Nancy Pelosi", "2020-01-01", "USALEG"), ("Sikorski", "2010-01-01", "POLGOV"),
    ("Sikorski", "2018-01-01", "POL"), ("Szijjarto", "2022-05-01", "HUNGOV"), ("Puigdemont", "2017-09-01", "ESPGOV"),
    ("Puigdemont", "2019-01-01", "ESPOPP"), ("Sara Duterte", "2023-01-01", "PHLGOV"),
    ("Cui Tiankai", "2018-01-01", "CHNGOV"), ("Navalny", "2021-02-01", "RUSOPP"), ("Navalny", "2024-03-01", "RUS"),
    ("Marles", "2023-01-01", "AUSGOV"), ("Musk", "2025-03-01", "USAGOV"), ("Musk", "2025-07-01", "USABUS"),
])
def test_people_americas_europe_asia_news_leaders_on_the_day(text: str, on: str, code: str) -> None:
    """regional_leaders.jsonl: coded by the role held that day, the country alone out of it; no bare 'McConnell'
    (Mitch and Mike McConnell were in office together)."""
    from bilateral.actors import KnowledgeBase
    from bilateral.settings import Settings

    kb = KnowledgeBase.load(Settings())
    names = [e.key for hit in kb.find(text) for e in hit.entries if e.kind == "person"]
    actor = kb.person_actor(names[0], date.fromisoformat(on), text) if len(names) == 1 else None
    assert actor is not None and actor.code == code
    assert not any(e.kind == "person" for hit in kb.find("McConnell said") for e in hit.entries)
