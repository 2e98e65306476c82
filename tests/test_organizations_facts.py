"""Facts and invariants of the packaged organisation file (data/actors/organizations.jsonl).

Checked through the knowledge base itself: a surface form is looked up with ``kb.find`` (it must be one
organisation match over the whole text) and coded with ``kb.org_actor`` for a date, so a wrong alias, a wrong
code or a wrong date boundary all fail here. Invariants read the file through the real loader
(``read_data``): no surface form names two organisations or also names a country, codes are built from
country + sector, and the dated codings of one name never overlap.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from bilateral.actors import KnowledgeBase
from bilateral.actors.loader import read_data

# surface form, date (None: latest coding), code, country, sector, kind
FACTS: list[tuple[str, str | None, str, str | None, str, str]] = [
    # armed groups
    ("LTTE", "2000-01-01", "LKAREB", "LKA", "REB", "armed_group"),
    ("Tamil Tigers", "2008-06-01", "LKAREB", "LKA", "REB", "armed_group"),
    ("NPFL", "1992-01-01", "LBRREB", "LBR", "REB", "armed_group"),
    ("RUF", "1999-01-01", "SLEREB", "SLE", "REB", "armed_group"),
    ("KLA", "1998-06-01", "XKXREB", "XKX", "REB", "armed_group"),
    ("Khmer Rouge", "1993-01-01", "KHMREB", "KHM", "REB", "armed_group"),
    ("Sendero Luminoso", "1992-09-12", "PERREB", "PER", "REB", "armed_group"),
    ("GIA", "1995-01-01", "DZAREB", "DZA", "REB", "armed_group"),
    ("GSPC", "2005-01-01", "DZAREB", "DZA", "REB", "armed_group"),
    ("AQAP", "2015-01-01", "YEMREB", "YEM", "REB", "armed_group"),
    ("MNLF", "1996-09-02", "PHLREB", "PHL", "REB", "armed_group"),
    ("Abu Sayyaf", "2001-05-27", "PHLREB", "PHL", "REB", "armed_group"),
    ("Lashkar-e-Taiba", "2008-11-26", "PAKREB", "PAK", "REB", "armed_group"),
    ("Jaish-e-Mohammed", "2019-02-14", "PAKREB", "PAK", "REB", "armed_group"),
    ("Haqqani network", "2015-01-01", "AFGREB", "AFG", "REB", "armed_group"),
    ("Haqqani network", "2022-01-01", "AFGGOV", "AFG", "GOV", "armed_group"),
    ("Peshmerga", "2015-01-01", "IRQMIL", "IRQ", "MIL", "organization"),
    ("Hashd al-Shaabi", "2017-01-01", "IRQMIL", "IRQ", "MIL", "armed_group"),
    ("Mahdi Army", "2004-04-01", "IRQREB", "IRQ", "REB", "armed_group"),
    ("al-Aqsa Martyrs' Brigades", "2002-03-01", "PSEREB", "PSE", "REB", "armed_group"),
    ("JEM", "2008-05-10", "SDNREB", "SDN", "REB", "armed_group"),
    ("anti-balaka", "2014-01-01", "CAFREB", "CAF", "REB", "armed_group"),
    ("CODECO", "2022-01-01", "CODREB", "COD", "REB", "armed_group"),
    ("Twirwaneho", "2023-01-01", "CODREB", "COD", "REB", "armed_group"),
    ("FNL", "2005-01-01", "BDIREB", "BDI", "REB", "armed_group"),
    ("Ambazonian separatists", "2019-01-01", "CMRREB", "CMR", "REB", "armed_group"),
    ("IRA", "1996-02-09", "GBRREB", "GBR", "REB", "armed_group"),
    ("Real IRA", "1998-08-15", "GBRREB", "GBR", "REB", "armed_group"),
    ("UVF", "1994-01-01", "GBRREB", "GBR", "REB", "armed_group"),
    ("ETA", "2006-12-30", "ESPREB", "ESP", "REB", "armed_group"),
    ("EZLN", "1994-01-01", "MEXREB", "MEX", "REB", "armed_group"),
    ("AUC", "2000-01-01", "COLREB", "COL", "REB", "armed_group"),
    ("Wagner Group", "2023-06-24", "RUSMIL", "RUS", "MIL", "armed_group"),
    # dated codings: rebels, then a party or an army
    ("RPF", "1994-05-01", "RWAREB", "RWA", "REB", "armed_group"),
    ("RPF", "2010-08-09", "RWAPTY", "RWA", "PTY", "organization"),
    ("Rwandan Patriotic Army", "1993-01-01", "RWAREB", "RWA", "REB", "armed_group"),
    ("Rwandan Patriotic Army", "1996-11-01", "RWAMIL", "RWA", "MIL", "organization"),
    ("Forces Armées Rwandaises", "1993-01-01", "RWAMIL", "RWA", "MIL", "organization"),
    ("ex-FAR", "1996-11-01", "RWAREB", "RWA", "REB", "armed_group"),
    ("TPLF", "1990-06-01", "ETHREB", "ETH", "REB", "armed_group"),
    ("TPLF", "2010-05-23", "ETHPTY", "ETH", "PTY", "organization"),
    ("TPLF", "2021-06-28", "ETHREB", "ETH", "REB", "armed_group"),
    ("UNITA", "1995-01-01", "AGOREB", "AGO", "REB", "armed_group"),
    ("UNITA", "2012-08-31", "AGOPTY", "AGO", "PTY", "organization"),
    ("RENAMO", "1990-01-01", "MOZREB", "MOZ", "REB", "armed_group"),
    ("RENAMO", "1994-10-27", "MOZPTY", "MOZ", "PTY", "organization"),
    ("CNDD-FDD", "2000-01-01", "BDIREB", "BDI", "REB", "armed_group"),
    ("CNDD-FDD", "2005-07-04", "BDIPTY", "BDI", "PTY", "organization"),
    ("SPLM", "2000-01-01", "SDNREB", "SDN", "REB", "armed_group"),
    ("SPLM", "2008-01-01", "SDNPTY", "SDN", "PTY", "organization"),
    ("SPLM", "2015-01-01", "SSDPTY", "SSD", "PTY", "organization"),
    ("SPLA", "2015-01-01", "SSDMIL", "SSD", "MIL", "organization"),
    ("CPN (Maoist)", "2004-01-01", "NPLREB", "NPL", "REB", "armed_group"),
    ("CPN (Maoist)", "2008-04-10", "NPLPTY", "NPL", "PTY", "organization"),
    ("MLC", "2000-01-01", "CODREB", "COD", "REB", "armed_group"),
    ("MLC", "2006-07-30", "CODPTY", "COD", "PTY", "organization"),
    ("AFDL", "1997-01-01", "CODREB", "COD", "REB", "armed_group"),
    # parties and opposition
    ("FDU-Inkingi", "2010-01-01", "RWAOPP", "RWA", "OPP", "organization"),
    ("Democratic Green Party of Rwanda", "2018-09-03", "RWAPTY", "RWA", "PTY", "organization"),
    ("UDPS", "2018-12-30", "CODPTY", "COD", "PTY", "organization"),
    ("PPRD", "2011-11-28", "CODPTY", "COD", "PTY", "organization"),
    ("ZANU-PF", "2008-03-29", "ZWEPTY", "ZWE", "PTY", "organization"),
    ("MDC", "2008-03-29", "ZWEPTY", "ZWE", "PTY", "organization"),
    ("ODM", "2007-12-27", "KENPTY", "KEN", "PTY", "organization"),
    ("NRM", "2021-01-14", "UGAPTY", "UGA", "PTY", "organization"),
    ("Chama Cha Mapinduzi", "2015-10-25", "TZAPTY", "TZA", "PTY", "organization"),
    ("Chadema", "2020-10-28", "TZAPTY", "TZA", "PTY", "organization"),
    ("Muslim Brotherhood", "2013-07-03", "EGYOPP", "EGY", "OPP", "organization"),
    ("Kifaya", "2005-01-01", "EGYOPP", "EGY", "OPP", "organization"),
    ("FIS", "1991-12-26", "DZAOPP", "DZA", "OPP", "organization"),
    ("Likud", "1996-05-29", "ISRPTY", "ISR", "PTY", "organization"),
    ("BJP", "2014-05-16", "INDPTY", "IND", "PTY", "organization"),
    ("PML-N", "2013-05-11", "PAKPTY", "PAK", "PTY", "organization"),
    ("AKP", "2002-11-03", "TURPTY", "TUR", "PTY", "organization"),
    ("United Russia", "2011-12-04", "RUSPTY", "RUS", "PTY", "organization"),
    ("Chinese Communist Party", "2021-07-01", "CHNPTY", "CHN", "PTY", "organization"),
    ("GOP", "2016-11-08", "USAPTY", "USA", "PTY", "organization"),
    ("Sinn Féin", "1998-04-10", "GBRPTY", "GBR", "PTY", "organization"),
    ("Awami League", "2008-12-29", "BGDPTY", "BGD", "PTY", "organization"),
    ("MPLA", "1992-09-29", "AGOPTY", "AGO", "PTY", "organization"),
    ("FRELIMO", "1994-10-27", "MOZPTY", "MOZ", "PTY", "organization"),
    ("SWAPO", "1994-12-07", "NAMPTY", "NAM", "PTY", "organization"),
    # media
    ("BBC", "2003-01-01", "GBRMED", "GBR", "MED", "organization"),
    ("Reuters", "2003-01-01", "GBRMED", "GBR", "MED", "organization"),
    ("Al Jazeera", "2011-02-01", "QATMED", "QAT", "MED", "organization"),
    ("Washington Post", "2018-10-02", "USAMED", "USA", "MED", "organization"),
    ("Xinhua", "2010-01-01", "CHNMED", "CHN", "MED", "organization"),
    ("ITAR-TASS", "2000-01-01", "RUSMED", "RUS", "MED", "organization"),
    ("KCNA", "2017-09-03", "PRKMED", "PRK", "MED", "organization"),
    ("Haaretz", "2010-01-01", "ISRMED", "ISR", "MED", "organization"),
    ("The New Times", "2017-08-04", "RWAMED", "RWA", "MED", "organization"),
    ("RTLM", "1994-04-07", "RWAMED", "RWA", "MED", "organization"),
    ("Apple Daily", "2020-08-10", "HKGMED", "HKG", "MED", "organization"),
    # government departments and agencies
    ("DHS", "2025-03-13", "USAGOV", "USA", "GOV", "organization"),
    ("Immigration and Customs Enforcement", "2025-03-13", "USACOP", "USA", "COP", "organization"),
    ("NISA", "2025-03-11", "SOMGOV", "SOM", "GOV", "organization"),
    # international bodies, NGOs, companies
    ("Radio Okapi", "2012-11-20", "IGOMONUSCO", None, "IGO", "igo"),
    ("UNAMIR", "1994-04-21", "IGOUNO", None, "IGO", "igo"),
    ("ICTR", "1998-09-02", "IGOUNO", None, "IGO", "igo"),
    ("EACRF", "2022-11-12", "IGOEAC", None, "IGO", "igo"),
    ("APEC", "2014-11-10", "IGOAPEC", None, "IGO", "igo"),
    ("Shanghai Cooperation Organisation", "2017-06-08", "IGOSCO", None, "IGO", "igo"),
    ("OPCW", "2013-10-11", "IGOOPCW", None, "IGO", "igo"),
    ("European Court of Human Rights", "2015-01-01", "IGOCOE", None, "IGO", "igo"),
    ("Schengen", "2016-03-01", "IGOEU", None, "IGO", "igo"),
    ("Schengen zone", "2016-03-01", "IGOEU", None, "IGO", "igo"),
    ("CEPGL", "2010-01-01", "IGOCEPGL", None, "IGO", "igo"),
    ("Carter Center", "2010-01-01", "NGO", None, "NGO", "ngo"),
    ("Ibuka", "2014-04-07", "RWANGO", "RWA", "NGO", "ngo"),
    ("RwandAir", "2019-01-01", "RWABUS", "RWA", "BUS", "company"),
    ("Lockheed Martin", "2019-01-01", "USABUS", "USA", "BUS", "company"),
    ("Sinopec", "2019-01-01", "CHNBUS", "CHN", "BUS", "company"),
    ("CGTN", "2020-01-01", "CHNMED", "CHN", "MED", "organization"),
    ("China Newsweek", "2020-05-01", "CHNMED", "CHN", "MED", "organization"),
    ("Armed Forces of the Philippines", "2020-01-12", "PHLMIL", "PHL", "MIL", "organization"),
    ("U.S. Chamber of Commerce", "2019-01-01", "USABUS", "USA", "BUS", "organization"),
    ("ZTE", "2018-04-16", "CHNBUS", "CHN", "BUS", "company"),
    ("PETA", "2020-01-12", "USANGO", "USA", "NGO", "ngo"),
    ("White Helmets", "2018-05-04", "SYRNGO", "SYR", "NGO", "ngo"),
    ("Africa Union", "2018-01-01", "IGOAU", None, "IGO", "igo"),
]

NOT_CODED: list[tuple[str, str]] = [
    ("SPLA", "2008-01-01"),  # army of autonomous Southern Sudan, 2005-2011
    ("AFDL", "1998-01-01"),  # in power in Kinshasa from 1997-05-17
    ("Apple Daily", "2022-01-01"),  # closed on 2021-06-24
]

# Ambiguous forms deliberately left out: each names another organisation, a country code or an everyday word.
NOT_ALIASES = ["FLN", "PTI", "NLD", "AFP", "AP", "CPC", "CHP", "BNP", "UDA", "NPA", "FSA", "SLA", "CCTV",
               "UCK", "SDF", "Labour", "Democrats", "Republicans", "Tories", "La Prensa", "The East African", "Jubilee",
               "National Front", "Conservative Party", "Democratic Party", "Labour Party", "Republican Party"]

# Surface forms shared with a country on purpose (documented in the organisation's note).
SHARED_WITH_COUNTRY = {"Brussels"}


def org_name(kb: KnowledgeBase, surface: str) -> str:
    """The organisation that ``surface`` names: one dictionary match over the whole text."""
    hits = kb.find(surface)
    assert len(hits) == 1 and (hits[0].start, hits[0].end) == (0, len(surface)), \
        f"{surface!r} is not one dictionary entry: {hits}"
    assert hits[0].kind == "org", f"{surface!r} is a {hits[0].kind}, not an organisation"
    return hits[0].entries[0].key


@pytest.mark.parametrize(("surface", "on", "code", "country", "sector", "kind"), FACTS,
                         ids=[f"{f[0]}@{f[1]}" for f in FACTS])
def test_organizations_facts_coded_on_date(kb: KnowledgeBase, surface: str, on: str | None, code: str,
                                           country: str | None, sector: str, kind: str) -> None:
    day = dt.date.fromisoformat(on) if on else None
    actor = kb.org_actor(org_name(kb, surface), day, surface)
    assert actor is not None, f"{surface!r} has no coding on {on}"
    assert (actor.code, actor.country, actor.sector, actor.kind) == (code, country, sector, kind)


@pytest.mark.parametrize(("surface", "on"), NOT_CODED)
def test_organizations_facts_not_coded_between_codings(kb: KnowledgeBase, surface: str, on: str) -> None:
    assert kb.org_actor(org_name(kb, surface), dt.date.fromisoformat(on), surface) is None


def test_organizations_facts_folded_bodies_and_split_groups(kb: KnowledgeBase) -> None:
    assert org_name(kb, "Radio Okapi") == "MONUSCO"
    assert org_name(kb, "ICTY") == "United Nations"
    assert org_name(kb, "CODECO") == "CODECO"
    assert org_name(kb, "anti-balaka") == "anti-balaka"
    assert org_name(kb, "Séléka") == "Séléka"


def test_organizations_facts_longest_name_wins(kb: KnowledgeBase) -> None:
    cases = {
        "The Sudan People's Liberation Army said": "Sudan People's Liberation Army",
        "China's People's Liberation Army said": "People's Liberation Army",
        "Al-Qaeda in the Arabian Peninsula said": "al-Qaeda in the Arabian Peninsula",
        "fighters of the SPLM-IO said": "Sudan People's Liberation Movement-in-Opposition",
        "the UK Labour Party said": "Labour Party (UK)",
        "The Washington Post reported": "The Washington Post",
    }
    for text, name in cases.items():
        orgs = [h.entries[0].key for h in kb.find(text) if h.kind == "org"]
        assert orgs == [name], f"{text!r}: {orgs}"


@pytest.mark.parametrize("surface", NOT_ALIASES)
def test_organizations_facts_ambiguous_forms_not_aliased(kb: KnowledgeBase, surface: str) -> None:
    whole = [h for h in kb.find(surface) if (h.start, h.end) == (0, len(surface)) and h.kind == "org"]
    assert not whole, f"{surface!r} is ambiguous but names {whole[0].entries[0].key}"


def test_organizations_facts_no_alias_collisions() -> None:
    data = read_data(())
    owners: dict[str, set[str]] = defaultdict(set)
    for org, aliases in data.organizations:
        for surface in (org.name, *aliases):
            owners[surface.casefold()].add(org.name)
    shared = {s: sorted(n) for s, n in owners.items() if len(n) > 1}
    assert not shared, f"surface forms naming two organisations: {shared}"
    country_forms: dict[str, str] = {}
    for c in data.countries:
        for surface in (*c.names, *c.demonyms, *c.plurals, *c.capitals, *(m for m, _ in c.metonyms), c.code):
            country_forms[surface.casefold()] = c.code
    clashes = {s: country_forms[s] for s in owners if s in country_forms}
    assert clashes.keys() <= {s.casefold() for s in SHARED_WITH_COUNTRY}, f"shared with a country: {clashes}"


def test_organizations_facts_codes_and_dates_consistent() -> None:
    data = read_data(())
    countries = {c.code for c in data.countries}
    variants: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for org, _ in data.organizations:
        if org.country is not None:
            assert org.country in countries, f"{org.name}: unknown country {org.country}"
            assert org.code == org.country + (org.sector or ""), f"{org.name}: code {org.code}"
        else:
            assert org.code[:3] in ("IGO", "NGO", "IMG"), f"{org.name}: code {org.code} without a country"
        if org.kind == "igo":
            assert org.code.startswith("IGO") and org.country is None, org.name
        variants[org.name].append((org.start or dt.date.min, org.end or dt.date.max))
    for name, spans in variants.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert end < start, f"{name}: dated codings overlap"
