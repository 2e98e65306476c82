"""Invariants and dated facts of data/actors/people/security_economy_officials.jsonl.

The file holds office holders below the heads of state and foreign ministers: defence, interior and finance
ministers, chiefs of defence staff, intelligence chiefs, central bank governors, envoys. Checks: the schema
(read with plain ``json``, so a data error is reported with its line), that no two people hold the same
single-holder office of one country at once, that no bare-surname alias is a place of the gazetteer or the
surname of another person of the people files, and dated facts through the real knowledge base: a person who
changed offices is coded by the office of the day (James Kabarebe is RWAMIL as chief of defence staff in 2009
and RWAGOV as a minister in 2025), with roles merged from the other people files by canonical name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

import bilateral
from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.models import SECTORS
from bilateral.nlp import load_nlp
from bilateral.settings import Settings
from tests.people_files import day, normalise, overlapping_terms, read_records

PEOPLE_DIR = Path(bilateral.__file__).parent / "data" / "actors" / "people"
PEOPLE_FILE = PEOPLE_DIR / "security_economy_officials.jsonl"
KEYS = frozenset({"name", "aliases", "roles"})
ROLE_KEYS = frozenset({"country", "org", "sector", "office", "start", "end"})
ORG_CODES = frozenset({"IGOUNO", "IGOEU", "IGOWTO", "IGOMONUSCO"})
HORIZON = dt.date(2026, 11, 30)
# Offices several people hold at once (spokespersons, vice chairmen, deputies, advisers, envoys).
SHARED_OFFICE_WORDS = ("spokesperson", "vice chairman", "deputy", "adviser", "special", "minister of state",
                       "commander in the")


@lru_cache(maxsize=1)
def records() -> tuple[tuple[int, dict], ...]:
    return read_records(PEOPLE_FILE)


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(Settings())


def test_people_security_economy_records_follow_the_schema() -> None:
    problems = []
    for line, data in records():
        where = f"{PEOPLE_FILE.name}:{line}"
        if set(data) != KEYS or not data["roles"]:
            problems.append(f"{where}: keys {sorted(data)} or no roles")
            continue
        for role in data["roles"]:
            if set(role) != ROLE_KEYS:
                problems.append(f"{where}: role keys {sorted(role)}")
                continue
            if (role["country"] is None) == (role["org"] is None):
                problems.append(f"{where}: a role has a country or an org, not both or neither")
            if role["org"] is not None and (role["org"] not in ORG_CODES or role["sector"] != "IGO"):
                problems.append(f"{where}: org {role['org']!r} with sector {role['sector']!r}")
            if role["sector"] not in SECTORS or not role["office"].strip():
                problems.append(f"{where}: sector {role['sector']!r} or empty office")
            if day(role["start"]) > day(role["end"]) or day(role["start"]) > HORIZON:
                problems.append(f"{where}: {role['office']} from {role['start']} to {role['end']}")
    assert problems == [], "\n".join(problems)


def test_people_security_economy_one_line_per_person() -> None:
    names = [normalise(data["name"]) for _, data in records()]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_people_security_economy_single_holder_offices_do_not_overlap() -> None:
    offices = {role["office"].casefold() for _, data in records() for role in data["roles"] if role["country"]}
    single = frozenset(o for o in offices if not any(word in o for word in SHARED_OFFICE_WORDS))
    assert overlapping_terms(records(), single, ("acting ",), frozenset()) == []


def test_people_security_economy_bare_surnames_are_no_place_and_no_other_surname() -> None:
    from bilateral.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    surnames: dict[str, set[str]] = defaultdict(set)
    for path in sorted(PEOPLE_DIR.glob("*.jsonl")):
        for _, data in read_records(path):
            surnames[data["name"].split()[-1]].add(data["name"])
    problems = []
    for line, data in records():
        for alias in data["aliases"]:
            if " " in alias:
                continue
            if gazetteer.lookup(alias):
                problems.append(f"{PEOPLE_FILE.name}:{line}: {alias!r} is also a place")
            others = surnames.get(alias, set()) - {data["name"]}
            if others - {"Karl Carstens"}:  # West Germany's president 1979-1984, out of office since
                problems.append(f"{PEOPLE_FILE.name}:{line}: {alias!r} is also the surname of {sorted(others)}")
    assert problems == [], "\n".join(problems)


def test_people_security_economy_drops_ambiguous_aliases() -> None:
    """Surnames that are places, common words or other people's names stay out (see the README)."""
    aliases = {alias for _, data in records() for alias in data["aliases"]}
    for word in ("Monguno", "Kuroda", "Gallant", "Stirrup", "Haddad", "Volker", "Larijani", "Powell", "Burns", "AKK"):
        assert word not in aliases


# (canonical name, date, expected code, expected office or None)
FACTS: list[tuple[str, str, str, str | None]] = [
    ("James Kabarebe", "2009-06-01", "RWAMIL", "Chief of Defence Staff"),
    ("James Kabarebe", "2015-06-01", "RWAGOV", "Minister of Defence"),
    ("James Kabarebe", "2025-01-01", "RWAGOV", "Minister of State for Regional Cooperation"),
    ("Emmanuel Macron", "2015-06-01", "FRAGOV", "Minister of the Economy"),
    ("Emmanuel Macron", "2020-06-01", "FRAGOV", "President"),
    ("Lloyd Austin", "2014-06-01", "USAMIL", "Commander of United States Central Command"),
    ("Lloyd Austin", "2022-06-01", "USAGOV", "Secretary of Defense"),
    ("David Petraeus", "2009-06-01", "USAMIL", None),
    ("David Petraeus", "2012-06-01", "USAGOV", None),
    ("Hulusi Akar", "2017-01-01", "TURMIL", "Chief of the General Staff"),
    ("Hulusi Akar", "2020-01-01", "TURGOV", "Minister of National Defence"),
    ("Benny Gantz", "2013-01-01", "ISRMIL", None),
    ("Benny Gantz", "2021-01-01", "ISRGOV", "Minister of Defence"),
    ("Sirajuddin Haqqani", "2018-01-01", "AFGREB", None),
    ("Sirajuddin Haqqani", "2022-01-01", "AFGGOV", "Minister of the Interior"),
    ("Ngozi Okonjo-Iweala", "2012-01-01", "NGAGOV", "Minister of Finance"),
    ("Ngozi Okonjo-Iweala", "2022-01-01", "IGOWTO", None),
    ("Valery Gerasimov", "2022-03-01", "RUSMIL", "Chief of the General Staff"),
    ("Sergei Shoigu", "2010-01-01", "RUSGOV", "Minister of Emergency Situations"),
    ("Sergei Shoigu", "2020-01-01", "RUSGOV", "Minister of Defence"),
    ("Janet Yellen", "2015-01-01", "USAGOV", "Chair of the Federal Reserve"),
    ("Janet Yellen", "2019-01-01", "USA", None),  # between her two offices: the country, no sector
    ("Janet Yellen", "2022-01-01", "USAGOV", "Secretary of the Treasury"),
    ("Valerii Zaluzhnyi", "2023-01-01", "UKRMIL", None),
    ("Valerii Zaluzhnyi", "2025-01-01", "UKRGOV", "Ambassador to the United Kingdom"),
    ("Staffan de Mistura", "2016-01-01", "IGOUNO", "Special Envoy for Syria"),
    ("Asim Munir", "2023-06-01", "PAKMIL", "Chief of Army Staff"),
    ("Qasem Soleimani", "2015-01-01", "IRNMIL", None),
    ("Elvira Nabiullina", "2022-03-01", "RUSGOV", "Chairman of the Central Bank"),
]


@pytest.mark.parametrize(("name", "on", "code", "office"), FACTS, ids=[f"{f[0]}-{f[1]}" for f in FACTS])
def test_people_security_economy_coded_by_the_office_of_the_day(kb: KnowledgeBase, name: str, on: str, code: str,
                                                                  office: str | None) -> None:
    when = dt.date.fromisoformat(on)
    actor = kb.person_actor(name, when, name)
    assert actor is not None and actor.code == code
    if office is not None:
        role = kb.role_on(kb.people[name], when)
        assert role is not None and role.office == office


def test_people_security_economy_roles_merge_with_the_other_files(kb: KnowledgeBase) -> None:
    """A person of another file keeps its roles there and gains those of this file, under one name."""
    offices = {role.office for role in kb.people["James Kabarebe"].roles}
    assert {"Minister of Defence", "Chief of Defence Staff"} <= offices
    assert "Kabarebe" in kb.people["James Kabarebe"].aliases
    offices = {role.office for role in kb.people["Emmanuel Macron"].roles}
    assert {"President", "Minister of the Economy"} <= offices


def test_people_security_economy_resolved_in_a_sentence(kb: KnowledgeBase) -> None:
    nlp = load_nlp(Settings())
    doc = nlp("Gerasimov and Budanov spoke as Peskov denied the report.")
    found = {m.actor.text: m.actor.code for m in resolve_actors(doc, kb, dt.date(2023, 5, 1))}
    assert found == {"Gerasimov": "RUSMIL", "Budanov": "UKRMIL", "Peskov": "RUSGOV"}
    doc = nlp("General James Kabarebe visited Goma.")
    codes = {m.actor.code for m in resolve_actors(doc, kb, dt.date(2009, 1, 20))}
    assert "RWAMIL" in codes
