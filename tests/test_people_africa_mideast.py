"""Invariants and dated facts of data/actors/people/heads_africa_mideast.jsonl.

The file is read with plain ``json`` (not the actor loader), so a data error is reported with its line
whatever the state of the loader. Checks: the record schema, the sort order, that no two people hold the
same head office of the same country at the same time (except the contested periods listed below), that
no bare surname is shared by two people of the file, and a sample of dated facts (who held which office
on which day).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

import bilateral
from tests.people_files import (
    day, find_person, holds_office, national_role_problems, normalise, overlapping_terms, read_records,
)
from tests.people_files import base_office as shared_base_office
from bilateral.models import SECTORS

PEOPLE_FILE = Path(bilateral.__file__).parent / "data" / "actors" / "people" / "heads_africa_mideast.jsonl"
EXTRA_COUNTRIES = frozenset({"PSE"})
KEYS = frozenset({"name", "aliases", "roles"})
ROLE_KEYS = frozenset({"country", "org", "sector", "office", "start", "end"})
HORIZON = date(2026, 11, 30)
# Words that mark an acting or transitional holder of the same office.
OFFICE_PREFIXES = ("acting ", "interim ", "transitional ")
# Head offices whose holders must not overlap (beyond the handover day) in one country.
HEAD_OFFICES = frozenset({"president", "prime minister", "king", "emir", "sultan", "head of state"})
# Genuinely contested periods (two claimants of one office) and acting holders standing in for an
# incapacitated holder who formally kept the office.
CONTESTED = frozenset({
    frozenset({"Laurent Gbagbo", "Alassane Ouattara"}),  # Côte d'Ivoire, December 2010 - April 2011
    frozenset({"Didier Ratsiraka", "Marc Ravalomanana"}),  # Madagascar, May - July 2002
    frozenset({"Selim Hoss", "Michel Aoun"}),  # Lebanon, 1988 - 1990
    frozenset({"Ariel Sharon", "Ehud Olmert"}),  # Israel, January - April 2006 (acting, incapacitated PM)
    frozenset({"Umaru Musa Yar'Adua", "Goodluck Jonathan"}),  # Nigeria, February - May 2010 (acting)
    frozenset({"Choguel Kokalla Maïga", "Abdoulaye Maïga"}),  # Mali, August - December 2022 (acting)
})
# A bare surname given to one person although another person of the file bears it, on purpose.
SHARED_SURNAME_ALLOWED = frozenset({
    "tshisekedi",  # Félix; Étienne (PM of Zaire 1991-1993) is named in full
    "mubarak",  # Hosni; Yemen's PM Ahmad Awad bin Mubarak is "bin Mubarak"
    "hailemariam",  # Hailemariam Desalegn (a given name); Mengistu's patronymic in one spelling
})





@lru_cache(maxsize=1)
def records() -> tuple[tuple[int, dict], ...]:
    return read_records(PEOPLE_FILE)


def base_office(office: str) -> str:
    return shared_base_office(office, OFFICE_PREFIXES)


def person(name: str) -> dict:
    return find_person(records(), name, PEOPLE_FILE.name)


def holds(name: str, country: str, on: str, office: str | None = None) -> bool:
    return holds_office(person(name), country, on, office, OFFICE_PREFIXES)


def test_people_africa_mideast_records_follow_the_schema() -> None:
    problems = []
    for number, data in records():
        where = f"line {number} ({data.get('name')})"
        if set(data) != KEYS:
            problems.append(f"{where}: keys {sorted(data)}")
            continue
        if not isinstance(data["name"], str) or not data["name"].strip():
            problems.append(f"{where}: empty name")
        if not all(isinstance(a, str) and a.strip() for a in data["aliases"]):
            problems.append(f"{where}: empty alias")
        if not data["roles"]:
            problems.append(f"{where}: no roles")
        for role in data["roles"]:
            found = national_role_problems(where, role, ROLE_KEYS, EXTRA_COUNTRIES, SECTORS)
            problems.extend(found)
            if found and set(role) != ROLE_KEYS:
                continue
            start, end = date.fromisoformat(role["start"]), day(role["end"])
            if len(role["start"]) != 10 or (role["end"] is not None and len(role["end"]) != 10):
                problems.append(f"{where}: dates must be YYYY-MM-DD")
            if start > end:
                problems.append(f"{where}: start {start} after end {end}")
            if start > HORIZON:
                problems.append(f"{where}: start {start} after the data horizon")
    assert problems == [], "\n".join(problems)


def test_people_africa_mideast_one_line_per_person() -> None:
    names = [normalise(data["name"]) for _, data in records()]
    assert len(names) == len(set(names))


def test_people_africa_mideast_sorted_by_country_then_start() -> None:
    keys = [(data["roles"][0]["country"], min(r["start"] for r in data["roles"])) for _, data in records()]
    assert keys == sorted(keys)


def test_people_africa_mideast_head_offices_do_not_overlap() -> None:
    clashes = overlapping_terms(records(), HEAD_OFFICES, OFFICE_PREFIXES, CONTESTED)
    assert clashes == [], "\n".join(clashes)


def test_people_africa_mideast_no_alias_is_shared_or_a_bare_surname_of_two() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    for _, data in records():
        for text in (data["name"], *data["aliases"]):
            owners[normalise(text)].add(data["name"])
            words = normalise(text).split()
            if len(words) > 1:
                surnames[words[-1]].add(data["name"])
    shared = {alias: names for alias, names in owners.items() if len(names) > 1}
    assert shared == {}
    bare = {
        alias: sorted(names | surnames[alias])
        for alias, names in owners.items()
        if " " not in alias and len(names | surnames[alias]) > 1 and alias not in SHARED_SURNAME_ALLOWED
    }
    assert bare == {}, f"bare surnames of two people: {bare}"


def test_people_africa_mideast_kabila_has_no_bare_surname() -> None:
    for name in ("Laurent-Désiré Kabila", "Joseph Kabila"):
        assert "kabila" not in {normalise(a) for a in person(name)["aliases"]}


def test_people_africa_mideast_known_aliases() -> None:
    assert {"Tshisekedi", "Felix Tshisekedi"} <= set(person("Félix Tshisekedi")["aliases"])
    assert {"Museveni"} <= set(person("Yoweri Museveni")["aliases"])
    assert {"Netanyahu", "Bibi Netanyahu"} <= set(person("Benjamin Netanyahu")["aliases"])
    assert {"Erdogan", "Erdoğan", "Recep Tayyip Erdogan"} <= set(person("Recep Tayyip Erdoğan")["aliases"])


# (name, country, day, office or None for any office of that country, expected)
FACTS: list[tuple[str, str, str, str | None, bool]] = [
    ("Paul Kagame", "RWA", "2022-08-11", "President", True),
    ("Paul Kagame", "RWA", "1999-01-01", "President", False),
    ("Pasteur Bizimungu", "RWA", "1998-01-01", "President", True),
    ("Pasteur Bizimungu", "RWA", "2001-01-01", None, False),
    ("Juvénal Habyarimana", "RWA", "1993-08-04", "President", True),
    ("Édouard Ngirente", "RWA", "2020-01-01", "Prime Minister", True),
    ("Uhuru Kenyatta", "KEN", "2013-04-09", "President", True),
    ("Uhuru Kenyatta", "KEN", "2022-09-13", "President", True),
    ("Uhuru Kenyatta", "KEN", "2022-10-01", None, False),
    ("William Ruto", "KEN", "2022-10-01", "President", True),
    ("William Ruto", "KEN", "2020-01-01", "President", False),
    ("Mwai Kibaki", "KEN", "2008-01-01", "President", True),
    ("Félix Tshisekedi", "COD", "2019-01-24", "President", True),
    ("Félix Tshisekedi", "COD", "2018-06-01", None, False),
    ("Joseph Kabila", "COD", "2010-06-30", "President", True),
    ("Laurent-Désiré Kabila", "COD", "1998-08-02", "President", True),
    ("Mobutu Sese Seko", "COD", "1995-01-01", "President", True),
    ("Yoweri Museveni", "UGA", "1986-06-01", "President", True),
    ("Yoweri Museveni", "UGA", "2026-01-01", "President", True),
    ("Pierre Nkurunziza", "BDI", "2005-09-01", "President", True),
    ("Pierre Nkurunziza", "BDI", "2019-12-31", "President", True),
    ("Pierre Nkurunziza", "BDI", "2020-07-01", None, False),
    ("Évariste Ndayishimiye", "BDI", "2020-06-18", "President", True),
    ("Melchior Ndadaye", "BDI", "1993-09-01", "President", True),
    ("Cyprien Ntaryamira", "BDI", "1994-03-01", "President", True),
    ("Abiy Ahmed", "ETH", "2018-04-02", "Prime Minister", True),
    ("Meles Zenawi", "ETH", "2000-01-01", "Prime Minister", True),
    ("Samia Suluhu Hassan", "TZA", "2021-03-19", "President", True),
    ("Samia Suluhu Hassan", "TZA", "2020-01-01", "President", False),
    ("John Magufuli", "TZA", "2018-01-01", "President", True),
    ("Cyril Ramaphosa", "ZAF", "2018-02-15", "President", True),
    ("Cyril Ramaphosa", "ZAF", "2016-01-01", "President", False),
    ("Nelson Mandela", "ZAF", "1997-01-01", "President", True),
    ("Jacob Zuma", "ZAF", "2012-01-01", "President", True),
    ("Salva Kiir Mayardit", "SSD", "2015-01-01", "President", True),
    ("Riek Machar", "SSD", "2014-06-01", None, True),
    ("Omar al-Bashir", "SDN", "2010-01-01", "President", True),
    ("Omar al-Bashir", "SDN", "2019-06-01", None, False),
    ("Isaias Afwerki", "ERI", "2010-01-01", "President", True),
    ("Hassan Sheikh Mohamud", "SOM", "2015-01-01", "President", True),
    ("Hassan Sheikh Mohamud", "SOM", "2019-01-01", "President", False),
    ("Mohamed Abdullahi Mohamed", "SOM", "2019-01-01", "President", True),
    ("Denis Sassou Nguesso", "COG", "2010-01-01", "President", True),
    ("Denis Sassou Nguesso", "COG", "1995-01-01", None, False),
    ("João Lourenço", "AGO", "2020-01-01", "President", True),
    ("José Eduardo dos Santos", "AGO", "2010-01-01", "President", True),
    ("Hakainde Hichilema", "ZMB", "2022-01-01", "President", True),
    ("Faustin-Archange Touadéra", "CAF", "2020-01-01", "President", True),
    ("Robert Mugabe", "ZWE", "2010-01-01", "President", True),
    ("Olusegun Obasanjo", "NGA", "2003-01-01", "President", True),
    ("Bola Tinubu", "NGA", "2024-01-01", "President", True),
    ("Hosni Mubarak", "EGY", "2005-01-01", "President", True),
    ("Abdel Fattah el-Sisi", "EGY", "2020-01-01", "President", True),
    ("Muammar Gaddafi", "LBY", "2005-01-01", None, True),
    ("Benjamin Netanyahu", "ISR", "2015-01-01", "Prime Minister", True),
    ("Benjamin Netanyahu", "ISR", "2022-01-01", "Prime Minister", False),
    ("Naftali Bennett", "ISR", "2022-01-01", "Prime Minister", True),
    ("Yitzhak Rabin", "ISR", "1994-01-01", "Prime Minister", True),
    ("Mahmoud Abbas", "PSE", "2010-01-01", "President", True),
    ("Yasser Arafat", "PSE", "2000-01-01", None, True),
    ("Ali Khamenei", "IRN", "2000-01-01", "Supreme Leader", True),
    ("Hassan Rouhani", "IRN", "2015-07-14", "President", True),
    ("Mahmoud Ahmadinejad", "IRN", "2015-07-14", None, False),
    ("Masoud Pezeshkian", "IRN", "2025-01-01", "President", True),
    ("Saddam Hussein", "IRQ", "2002-01-01", "President", True),
    ("Nouri al-Maliki", "IRQ", "2010-01-01", "Prime Minister", True),
    ("Bashar al-Assad", "SYR", "2015-01-01", "President", True),
    ("Bashar al-Assad", "SYR", "2025-01-01", None, False),
    ("Ahmed al-Sharaa", "SYR", "2025-03-01", "President", True),
    ("Recep Tayyip Erdoğan", "TUR", "2010-01-01", "Prime Minister", True),
    ("Recep Tayyip Erdoğan", "TUR", "2020-01-01", "President", True),
    ("Mohammed bin Salman Al Saud", "SAU", "2023-01-01", "Prime Minister", True),
    ("Tamim bin Hamad Al Thani", "QAT", "2020-01-01", "Emir", True),
    ("Abdullah II", "JOR", "2020-01-01", "King", True),
    ("Mohammed VI", "MAR", "2020-01-01", "King", True),
    ("Gervais Ndirakobuca", "BDI", "2025-08-04", "Prime Minister", True),
    ("Nestor Ntahontuye", "BDI", "2025-08-05", "Prime Minister", True),
    ("Kassim Majaliwa", "TZA", "2025-12-01", "Prime Minister", False),
    ("James Kabarebe", "RWA", "2015-01-01", "Minister of Defence", True),
    ("Muhoozi Kainerugaba", "UGA", "2024-03-21", "Chief of Defence Forces", True),
]


@pytest.mark.parametrize(("name", "country", "on", "office", "expected"), FACTS)
def test_people_africa_mideast_dated_facts(name: str, country: str, on: str, office: str | None,
                                           expected: bool) -> None:
    assert holds(name, country, on, office) is expected


def test_people_africa_mideast_ruto_succeeds_kenyatta_on_handover_day() -> None:
    kenyatta = [r for r in person("Uhuru Kenyatta")["roles"] if r["office"] == "President"][0]
    ruto = [r for r in person("William Ruto")["roles"] if r["office"] == "President"][0]
    assert ruto["start"] == kenyatta["end"] == "2022-09-13"


def test_people_africa_mideast_rebel_leaders_are_coded_reb() -> None:
    assert holds("Sultani Makenga", "COD", "2022-06-01")
    assert [r["sector"] for r in person("Sultani Makenga")["roles"]] == ["REB"]
    machar = {r["sector"] for r in person("Riek Machar")["roles"]
              if day(r["start"]) <= date(2015, 1, 1) <= day(r["end"])}
    assert machar == {"REB"}


def test_people_africa_mideast_base_office_strips_acting_prefixes() -> None:
    assert base_office("Acting President") == "president"
    assert base_office("Interim Prime Minister") == "prime minister"
    assert base_office("President of the Transition") == "president of the transition"


NEWS_LEADERS = [  # regional_leaders.jsonl: (name as written, day, code that day)
    ("Abdul Malik al-Houthi", "2020-03-01", "YEMREB"), ("Mohammed Deif", "2023-10-07", "PSEREB"),
    ("Deif", "2024-08-01", "PSE"), ("Mazloum Abdi", "2019-10-10", "SYRREB"),
    ("Masrour Barzani", "2022-01-10", "IRQGOV"), ("Masrour Barzani", "2018-01-10", "IRQ"),
    ("Abdullah bin Zayed", "2021-05-01", "AREGOV"), ("Saraki", "2016-06-01", "NGALEG"),
    ("Saraki", "2008-06-01", "NGAGOV"), ("Bobi Wine", "2021-01-14", "UGAOPP"), ("Safadi", "2020-01-01", "JORGOV"),
    ("Bourita", "2019-01-01", "MARGOV"), ("Attaf", "2023-01-01", "DZA"), ("Shekau", "2015-01-01", "NGAREB"),
    ("Shekau", "2022-01-01", "NGA"), ("Khomeini", "1985-01-01", "IRNGOV"), ("Ocalan", "2025-03-01", "TURREB"),
]


@pytest.mark.parametrize(("text", "on", "code"), NEWS_LEADERS)
def test_people_africa_mideast_news_leaders_coded_on_the_day(text: str, on: str, code: str) -> None:
    """Leaders 2016-2025 news names often, coded by the role held that day; out of it, the country alone."""
    from bilateral.actors import KnowledgeBase
    from bilateral.settings import Settings

    kb = KnowledgeBase.load(Settings())
    names = [e.key for hit in kb.find(text) for e in hit.entries if e.kind == "person"]
    assert len(names) == 1, names
    actor = kb.person_actor(names[0], date.fromisoformat(on), text)
    assert actor is not None and actor.code == code
