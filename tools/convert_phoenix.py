"""Convert the open Phoenix/PETRARCH-2 actor and agent dictionaries into the project's actor data files.

    .venv/bin/python tools/convert_phoenix.py [--source ../shared/reference/petrarch2]

Reads, from the PETRARCH-2 dictionaries (MIT licence, openeventdata/petrarch2, folder
petrarch2/data/dictionaries/, commit ``COMMIT`` below):

- ``Phoenix.International.actors.txt``: IGOs and NGOs -> ``organizations.jsonl`` (its 4,000 companies, mostly
  US stock listings with ambiguous names, are left out);
- ``Phoenix.MilNonState.actors.txt``: non-state armed groups -> ``armed_groups.jsonl``;
- ``Phoenix.Countries.actors.txt``: only office holders with dated GOV/MIL roles (heads of state and
  government, ministers, military chiefs) -> ``people.jsonl``, written only with ``--people``; country names,
  cities and the undated "elite" (ELI) roles are left out. Office holders: the 16,000 converted people are not
  shipped yet: their surnames collide with towns and with packaged office holders ("Louis Sylvain Goma"
  made Goma a surname, "Mckeeva Bush" made "President Bush" ambiguous); they need a surname and place
  filter against the gazetteer before they are measured and added;
- ``Phoenix.agents.txt``: generic agent nouns (``INSURGENT_ [~REB]``) -> ``agents.json``, sector -> nouns;

and writes them to ``src/bilateral/data/actors/converted/`` with the MIT notice (``LICENSE-PETRARCH2``)
beside them. Actor files are read with the project's own PETRARCH reader
(``bilateral.actors.userfiles.petrarch_records``, lenient mode: lines it cannot read are counted, not
fatal). The project's own data wins: an entry whose name or an alias the packaged data already knows is
skipped, as is an agent noun that sectors.json already lists. What maps cleanly is kept: a role's code must
name a country the project knows (or an IGO/NGO body) and a sector of the output contract; open-ended
roles of 2014-2015 end on the dictionaries' last date (``HORIZON``), since nobody checked them since; one-
word aliases of people are dropped (a bare surname is found by coreference instead). Run it again after
changing this script; the converted files are versioned artefacts, the package never imports this file.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bilateral.actors.loader import read_data  # noqa: E402
from bilateral.actors.userfiles import petrarch_records  # noqa: E402
from bilateral.models import SECTORS  # noqa: E402

COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2"
OUT = ROOT / "src" / "bilateral" / "data" / "actors" / "converted"
HORIZON = "2015-12-31"
"""Open-ended roles end here: the dictionaries were last updated in 2014-2015."""

COUNTRY_CODES = {"KSV": "XKX", "TMP": "TLS", "USR": "RUS", "SUN": "RUS"}
"""CAMEO country codes that differ from the ISO codes the project uses (USSR offices are coded RUS)."""
IGO_CODES = (
    ("IGOUNOREFHCR", "IGOUNHCR"), ("IGOUNOKID", "IGOUNICEF"), ("IGOUNOHLHWHO", "IGOWHO"),
    ("IGOUNODEVWBK", "IGOWB"), ("IGOUNOIAE", "IGOIAEA"), ("IGOUNOJUDICJ", "IGOICJ"), ("IGOUNOAGRWFP", "IGOWFP"),
    ("IGOUNO", "IGOUNO"), ("IGOWSTNAT", "IGONATO"), ("IGOEUREEC", "IGOEU"), ("IGOEUR", "IGOEU"),
    ("IGOBUSIMF", "IGOIMF"), ("IGOWAFWAS", "IGOECOWAS"), ("IGOAFRAFU", "IGOAU"), ("IGOSEAASN", "IGOASEAN"),
    ("IGOBUSOPC", "IGOOPEC"), ("IGOBUSWTO", "IGOWTO"),
)
"""Phoenix IGO code prefixes -> the project's body codes (longest first); others keep Phoenix's code."""
AGENT_SECTORS = {"UAF": "REB", "SPY": "GOV", "HRI": "NGO", "MUS": "REL", "CHR": "REL", "JEW": "REL",
                 "HIN": "REL", "BUD": "REL"}
"""Phoenix agent sectors outside the output contract's list, mapped to the nearest one; others are dropped."""
AGENT_KEPT = frozenset({"GOV", "MIL", "REB", "OPP", "JUD", "LEG", "COP", "PTY", "CRM", "REF", "NGO"})
"""Agent sectors kept: the state, armed, political and legal actors of international news. Business, civilian,
education, labour, media and religious nouns ("employee", "businesspeople", "citizen") made actors of
bystanders and cost precision on the VOA dev stories."""
DROPPED_AGENTS = frozenset({"delegate", "delegates"})
"""Phoenix nouns whose sector is wrong for news: delegates are mostly a government's, not legislators."""
_LOOSE_ENDS = frozenset({"a", "an", "the", "at", "for", "to", "of", "in", "on", "with", "from", "and"})
"""Phoenix agent phrases cut before their complement ("ambassador to", "central jail of") are no noun."""
PERSON_SECTORS = frozenset({"GOV", "MIL"})
MIN_ALIAS = 3
"""Shorter surface forms ("UN", "IS") are too ambiguous to take from a converted list."""
MIN_ACRONYM = 4
"""Converted acronyms of three capitals ("UDA", "NPA", "FSA") name several bodies: left out."""
_PAREN = re.compile(r"^(?P<name>.+?)\s*\((?P<short>[^()]+)\)$")


def _country(code: str, countries: set[str]) -> str | None:
    prefix = COUNTRY_CODES.get(code[:3], code[:3])
    return prefix if prefix in countries else None


def _igo(code: str) -> str:
    return next((ours for theirs, ours in IGO_CODES if code.startswith(theirs)), code)


def _split_paren(name: str) -> list[str]:
    """"Aden Islamic Army (AIA)" -> ["Aden Islamic Army", "AIA"]; a surface form in brackets never matches."""
    m = _PAREN.match(name)
    return [m.group("name"), m.group("short")] if m else [name]


def _surfaces(record: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for text in (record["name"], *record["aliases"]):
        for surface in _split_paren(text):
            surface = re.sub(r"^(?:The|THE) ", "", surface).strip(" ,.-") if " " in surface else surface
            if len(surface) >= MIN_ALIAS and surface not in out and not surface.islower() \
                    and not (surface.isupper() and len(surface) < MIN_ACRONYM):
                out.append(surface)
    return out


def _read(path: Path, problems: list[str]) -> list[dict[str, Any]]:
    return [record for _, record in petrarch_records(path.read_text(encoding="utf-8"), path.name, problems)]


def _org_kind(code: str, armed: bool) -> tuple[str, str | None, str | None, str] | None:
    """(code, country placeholder marker, sector, kind) of an undated Phoenix code, None when it does not map."""
    if code.startswith("IGO"):
        return _igo(code), None, "IGO", "igo"
    if code.startswith("NGO"):
        return code, code[3:6] or None, "NGO", "ngo"
    if code.startswith("MNC"):
        return "MNC", code[3:6] or None, "BUS", "company"
    if armed and code.startswith("IMG"):
        return "IMGREB", None, "REB", "armed_group"
    return None


def convert_organizations(records: list[dict[str, Any]], known: set[str], countries: set[str], *,
                          armed: bool, stats: Counter[str]) -> list[dict[str, Any]]:
    """Undated single-code entries as organisations (IGO, NGO, company, armed group); the rest is left out."""
    out: list[dict[str, Any]] = []
    for record in records:
        codes = {r["org"] or (r["country"] or "") + (r["sector"] or "") for r in record["roles"]}
        dated = any(r["start"] or r["end"] for r in record["roles"])
        if dated or len(codes) != 1:
            stats["orgs: dated or several codes (people, skipped)"] += 1
            continue
        code = codes.pop()
        surfaces = _surfaces(record)
        if not surfaces:
            stats["orgs: no usable name"] += 1
            continue
        if any(s.lower() in known for s in surfaces):
            stats["orgs: known to the project (or converted before)"] += 1
            continue
        mapped = _org_kind(code, armed)
        country, sector = _country(code, countries), code[3:6] if code[3:6] in SECTORS else None
        if mapped is not None:
            code, sub, sector, kind = mapped
            if kind == "company":
                country = _country(sub, countries) if sub else None
                code = (country or "") + "BUS" if country else "MNC"
            elif kind == "ngo":
                # Phoenix writes a national NGO's country after the prefix (NGOUSAHRI: a US rights group); it is
                # that country's NGO (USANGO), as CAMEO codes domestic NGOs. Others (NGOHRI...) stay transnational.
                country = _country(sub, countries) if sub else None
                code = country + "NGO" if country else code
        elif armed:
            if country is None:  # regional or transnational (INT, MEA, SAS...): no state to code
                code, sector = "IMGREB", "REB"
            else:
                code, sector = country + (sector or "REB"), sector or "REB"
            kind = "armed_group"
        elif country is not None and sector is not None:
            code, kind = country + sector, "organization"
        else:
            stats["orgs: code does not map"] += 1
            continue
        if kind == "company":
            stats["orgs: company (left out: US listings, ambiguous names, few events)"] += 1
            continue
        known.update(s.lower() for s in surfaces)
        out.append({"name": surfaces[0], "aliases": surfaces[1:], "code": code, "country": country,
                    "sector": sector, "kind": kind})
        stats[f"orgs: {kind}"] += 1
    return out


def convert_people(records: list[dict[str, Any]], known: set[str], countries: set[str],
                   stats: Counter[str]) -> list[dict[str, Any]]:
    """People with dated GOV/MIL roles in a known country; names the project knows are skipped."""
    out: list[dict[str, Any]] = []
    for record in records:
        roles = []
        for role in record["roles"]:
            country = _country(role["country"] or "", countries) if role["country"] else None
            if country is None or role["sector"] not in PERSON_SECTORS or role["start"] is None:
                continue
            end = role["end"] or HORIZON
            if end < role["start"]:
                continue
            roles.append({"country": country, "org": None, "sector": role["sector"], "office": None,
                          "start": role["start"], "end": end})
        if not roles:
            stats["people: no dated GOV/MIL role"] += 1
            continue
        surfaces = [s for s in _surfaces(record) if " " in s and not s.isupper()]
        if not surfaces or len(record["name"].split()) < 2:
            stats["people: one-word name"] += 1
            continue
        if any(s.lower() in known for s in surfaces):
            stats["people: known to the project (or converted before)"] += 1
            continue
        known.update(s.lower() for s in surfaces)
        out.append({"name": surfaces[0], "aliases": surfaces[1:], "roles": roles})
        stats["people: converted"] += 1
    return out


_SUBSTITUTION = re.compile(r"^!(?P<name>\w+)!\s*=\s*(?P<words>.+)$")
_AGENT = re.compile(r"^(?P<noun>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")


def convert_agents(text: str, taken: set[str], stats: Counter[str]) -> dict[str, list[str]]:
    """``NOUN_ {PLURALS} [~SEC]`` lines -> sector -> lower-case nouns; ``!PERSON!``-style sets expanded."""
    subs: dict[str, list[str]] = {}
    nouns: dict[str, list[str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if (m := _SUBSTITUTION.match(line)) is not None:
            subs[m.group("name")] = [w.strip() for w in m.group("words").split(",")]
            continue
        m = _AGENT.match(line)
        if m is None:
            stats["agents: not a noun line"] += 1
            continue
        code = m.group("code")
        sector = code[:3] if code[:3] in SECTORS else AGENT_SECTORS.get(code[:3])
        if sector is None:
            stats[f"agents: sector {code[:3]} has no counterpart"] += 1
            continue
        if sector not in AGENT_KEPT:
            stats[f"agents: sector {sector} left out (bystanders, cost precision)"] += 1
            continue
        forms = [m.group("noun"), *(p for p in (m.group("plurals") or "").split(",") if p.strip())]
        for form in forms:
            for expanded in _expand(form.strip(), subs):
                words = " ".join(expanded.replace("_", " ").lower().split())
                if not words or not re.fullmatch(r"[a-z][a-z' .-]*", words) or words in taken \
                        or {words.split()[0], words.split()[-1]} & _LOOSE_ENDS or words in DROPPED_AGENTS:
                    stats["agents: known to the project or unusable"] += 1
                    continue
                taken.add(words)
                nouns.setdefault(sector, []).append(words)
                stats["agents: converted"] += 1
    return {sector: sorted(words) for sector, words in sorted(nouns.items())}


def _expand(form: str, subs: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!(\w+)!", form)
    if m is None or m.group(1) not in subs:
        return [form]
    return [x for word in subs[m.group(1)] for x in _expand(form[:m.start()] + word + form[m.end():], subs)]


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in sorted(records, key=lambda r: r["name"]):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="folder of the PETRARCH-2 dictionaries")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write the converted files to")
    parser.add_argument("--people", action="store_true",
                        help="also write people.jsonl (off by default: see 'Office holders' above)")
    args = parser.parse_args(argv)
    data = read_data((), converted=False)
    countries = {c.code for c in data.countries}
    known = {s.lower() for c in data.countries for s in (*c.names, *c.demonyms, *c.plurals, *c.capitals)}
    known |= {s.lower() for org, aliases in data.organizations for s in (org.name, *aliases)}
    known |= {s.lower() for p in data.people for s in (p.name, *p.aliases)}
    taken = {" ".join(k) for k in (*data.sectors.nouns, *data.sectors.titles)}
    stats: Counter[str] = Counter()
    problems: list[str] = []
    src = args.source
    orgs = convert_organizations(_read(src / "Phoenix.International.actors.txt", problems), known, countries,
                                 armed=False, stats=stats)
    armed = convert_organizations(_read(src / "Phoenix.MilNonState.actors.txt", problems), known, countries,
                                  armed=True, stats=stats)
    people = convert_people(_read(src / "Phoenix.Countries.actors.txt", problems), known, countries, stats)
    agents = convert_agents((src / "Phoenix.agents.txt").read_text(encoding="utf-8"), taken, stats)
    args.out.mkdir(parents=True, exist_ok=True)
    _write_jsonl(args.out / "organizations.jsonl", orgs)
    _write_jsonl(args.out / "armed_groups.jsonl", armed)
    if args.people:
        _write_jsonl(args.out / "people.jsonl", people)
    (args.out / "agents.json").write_text(json.dumps(
        {"about": f"Generic agent nouns -> sector, converted from Phoenix.agents.txt (PETRARCH-2, MIT, commit "
                  f"{COMMIT}) by tools/convert_phoenix.py; sectors.json wins where both list a noun.",
         "nouns": agents}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    shutil.copyfile(src / "LICENSE", args.out / "LICENSE-PETRARCH2")
    stats["lines skipped by the reader"] = len(problems)
    for key, count in sorted(stats.items()):
        print(f"{count:6d}  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
