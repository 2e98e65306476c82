"""Read and validate the actor data files: packaged ones under data/actors/ and the user's actor_files.

Every packaged file is JSON Lines except sectors.json and converted/agents.json (generic agent nouns from the
Phoenix dictionaries, merged under sectors.json). A user file is read by its extension: ``.csv`` and
PETRARCH ``.txt``/``.pet`` files by the readers of userfiles.py, anything else as JSON Lines; every format
yields the same record dicts, parsed and validated here. Errors are ``KnowledgeError`` naming the file and
line and saying what to fix. A user file may hold any mix of the three record shapes, told apart by their
keys: ``roles`` (a person), ``kind`` (an organisation), ``demonyms``/``iso_names`` (a country).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from bilateral.actors.records import Organization, Person, Role, SectorWords
from bilateral.actors.userfiles import USER_FORMATS, UserRecords
from bilateral.errors import KnowledgeError
from bilateral.models import ACTOR_KINDS, SECTORS

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CountryRecord:
    """One line of countries.jsonl: the code, canonical name and every surface form by type."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    plurals: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[tuple[str, str], ...]
    peoples: tuple[str, ...] = ()
    """Names of peoples living (almost) only in this country ("Yoruba", "Rohingya"): the country, no sector."""
    independence: dt.date | None = None
    parent: str | None = None
    """Independence by separation after 1989, and the state the territory belonged to before (see Country)."""


@dataclass(frozen=True, slots=True)
class RawData:
    """Everything read from the data files, before indexing."""

    countries: tuple[CountryRecord, ...]
    organizations: tuple[tuple[Organization, tuple[str, ...]], ...]
    people: tuple[Person, ...]
    sectors: SectorWords


def _data_dir() -> Traversable:
    return resources.files("bilateral") / "data" / "actors"


def _lines(source: Traversable | Path, label: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise KnowledgeError(f"{label}: cannot read actor file ({e}); check the path in actor_files") from e
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise KnowledgeError(f"{label}:{number}: not valid JSON ({e.msg}); one JSON object per line") from e
        if not isinstance(record, dict):
            raise KnowledgeError(f"{label}:{number}: expected a JSON object, got {type(record).__name__}")
        yield number, record


def _str(record: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = record.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(f"{where}: field {key!r} must be a non-empty string, got {value!r}")
    return value.strip()


def _strings(record: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeError(f"{where}: field {key!r} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _date(record: dict[str, Any], key: str, where: str) -> dt.date | None:
    value = record.get(key)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise KnowledgeError(f"{where}: field {key!r} must be a YYYY-MM-DD date or null, got {value!r}") from None


def _code(value: str | None, where: str, key: str) -> None:
    if value is not None and not (len(value) == 3 and value.isalpha() and value.isupper()):
        raise KnowledgeError(f"{where}: field {key!r} must be an ISO 3166 alpha-3 code like 'RWA', got {value!r}")


def _sector(value: str | None, where: str) -> None:
    if value is not None and value not in SECTORS:
        raise KnowledgeError(f"{where}: sector {value!r} is not one of {' '.join(SECTORS)}")


def parse_country(record: dict[str, Any], where: str) -> CountryRecord:
    """A countries.jsonl record; metonyms map a surface form to a sector."""
    code = _str(record, "code", where)
    _code(code, where, "code")
    metonyms = record.get("metonyms", {})
    if not isinstance(metonyms, dict):
        raise KnowledgeError(f"{where}: field 'metonyms' must be an object {{\"text\": \"SECTOR\"}}")
    for sector in metonyms.values():
        _sector(sector, where)
    independence: dt.date | None = None
    parent: str | None = None
    if "independence" in record:
        raw = record["independence"]
        if not isinstance(raw, dict):
            raise KnowledgeError(f"{where}: field 'independence' must be an object {{\"date\": \"YYYY-MM-DD\", "
                                 f"\"from\": \"ABC\"}}")
        independence, parent = _date(raw, "date", where), _str(raw, "from", where)
        _code(parent, where, "independence.from")
    name = str(_str(record, "name", where))
    names = tuple(dict.fromkeys((name, *_strings(record, "iso_names", where), *_strings(record, "aliases", where))))
    return CountryRecord(
        code=str(code), name=str(name), names=names, demonyms=_strings(record, "demonyms", where),
        plurals=_strings(record, "plurals", where), capitals=_strings(record, "capitals", where),
        metonyms=tuple(sorted(metonyms.items())), peoples=_strings(record, "peoples", where),
        independence=independence, parent=parent,
    )


def parse_organization(record: dict[str, Any], where: str) -> tuple[Organization, tuple[str, ...]]:
    """An organizations.jsonl record and its aliases."""
    name, code = _str(record, "name", where), _str(record, "code", where)
    country, sector = _str(record, "country", where, optional=True), _str(record, "sector", where, optional=True)
    kind = _str(record, "kind", where)
    _code(country, where, "country")
    _sector(sector, where)
    if kind not in ACTOR_KINDS:
        raise KnowledgeError(f"{where}: kind {kind!r} is not one of {' '.join(ACTOR_KINDS)}")
    start, end = _date(record, "start", where), _date(record, "end", where)
    if start and end and end < start:
        raise KnowledgeError(f"{where}: end {end} is before start {start}")
    org = Organization(str(name), str(code), country, sector, str(kind), start, end)
    return org, _strings(record, "aliases", where)


def parse_person(record: dict[str, Any], where: str) -> Person:
    """A people file record: name, aliases and dated roles."""
    name = _str(record, "name", where)
    roles_raw = record.get("roles")
    if not isinstance(roles_raw, list) or not roles_raw:
        raise KnowledgeError(f"{where}: field 'roles' must be a non-empty list of role objects")
    roles = []
    for i, raw in enumerate(roles_raw):
        at = f"{where} role {i + 1}"
        if not isinstance(raw, dict):
            raise KnowledgeError(f"{at}: a role must be an object with country/org/sector/office/start/end")
        country, org = _str(raw, "country", at, optional=True), _str(raw, "org", at, optional=True)
        sector = _str(raw, "sector", at, optional=True)
        _code(country, at, "country")
        _sector(sector, at)
        if country is None and org is None:
            raise KnowledgeError(f"{at}: a role needs a country or an org code")
        start, end = _date(raw, "start", at), _date(raw, "end", at)
        if start and end and end < start:
            raise KnowledgeError(f"{at}: end {end} is before start {start}")
        office = _str(raw, "office", at, optional=True) or ""
        roles.append(Role(country, org, sector, office, start, end))
    return Person(str(name), _strings(record, "aliases", where), tuple(roles))


def _sector_table(section: Any, label: str, key: str) -> dict[tuple[str, ...], str]:
    """A ``{"SECTOR": [words]}`` section as lower-case token tuples -> sector (the first listing wins)."""
    if not isinstance(section, dict):
        raise KnowledgeError(f"{label}: section {key!r} must map a sector to a list of words")
    out: dict[tuple[str, ...], str] = {}
    for sector, words in section.items():
        _sector(sector, f"{label} [{key}]")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise KnowledgeError(f"{label}: {key}.{sector} must be a list of strings")
        for word in words:
            out.setdefault(tuple(word.lower().split()), sector)
    return out


def parse_sectors(data: Any, label: str, agents: dict[tuple[str, ...], str] | None = None) -> SectorWords:
    """sectors.json: sector -> word lists for nouns, titles, modifiers; generic heads; 'former' words.

    ``agents`` (converted/agents.json, see ``parse_agents``) adds generic agent nouns that sectors.json
    lists neither as a noun nor as a title: the project's own words win."""
    if not isinstance(data, dict):
        raise KnowledgeError(f"{label}: expected a JSON object with nouns, titles and modifiers")

    def table(key: str) -> dict[tuple[str, ...], str]:
        return _sector_table(data.get(key), label, key)

    nouns, titles = table("nouns"), table("titles")
    for phrase, sector in (agents or {}).items():
        if phrase not in nouns and phrase not in titles:
            nouns[phrase] = sector
    modifiers = {" ".join(k): v for k, v in table("modifiers").items()}
    words = frozenset(w for phrase in (*nouns, *titles) for w in phrase) | frozenset(modifiers)
    return SectorWords(
        nouns=nouns, titles=titles, modifiers=modifiers,
        generic_heads=frozenset(w.lower() for w in data.get("generic_heads", [])),
        not_in_office=frozenset(w.lower() for w in data.get("not_in_office", [])),
        state_nouns=frozenset(w.lower() for w in data.get("state_nouns", [])),
        charge_nouns=frozenset(w.lower() for w in data.get("charge_nouns", [])),
        war_nouns=frozenset(w.lower() for w in data.get("war_nouns", [])),
        words=words,
        posted_titles={" ".join(k): v for k, v in table("posted_titles").items()} if "posted_titles" in data else {},
        place_nouns=frozenset(w.lower() for w in data.get("place_nouns", [])),
        seat_nouns=frozenset(w.lower() for w in data.get("seat_nouns", [])),
        outside_modifiers=frozenset(w.lower() for w in data.get("outside_modifiers", [])),
        portfolio_words=frozenset(w.lower() for w in data.get("portfolio_words", [])),
        abroad_nouns=frozenset(w.lower() for w in data.get("abroad_nouns", [])),
        thing_objects=frozenset(w.lower() for w in data.get("thing_objects", [])),
        owned_nouns=table("owned_nouns") if "owned_nouns" in data else {},
        owned_heads=frozenset(k[-1] for k in table("owned_nouns")) if "owned_nouns" in data else frozenset(),
        phrase_ends=frozenset(k[-1] for k in (*nouns, *titles) if k),
        many_country_nouns=frozenset(w.lower() for w in data.get("many_country_nouns", [])),
        removal_nouns=frozenset(w.lower() for w in data.get("removal_nouns", [])),
        removal_words=frozenset(w.lower() for w in data.get("removal_words", [])),
        camp_nouns=frozenset(w.lower() for w in data.get("camp_nouns", [])),
        camp_words=frozenset(w.lower() for w in data.get("camp_words", [])),
        plaintiff_nouns=frozenset(w.lower() for w in data.get("plaintiff_nouns", [])),
        suit_nouns=frozenset(w.lower() for w in data.get("suit_nouns", [])),
        listed_trades=frozenset(w.lower() for w in data.get("listed_trades", [])),
        world_acts=frozenset(w.lower() for w in data.get("world_acts", [])),
        world_modifiers=frozenset(w.lower() for w in data.get("world_modifiers", [])),
        proper_bodies=_proper_bodies(data.get("proper_bodies", {}), label),
        region_bodies=_region_bodies(data.get("region_bodies", {}), label),
        relational_nouns=frozenset(w.lower() for w in data.get("relational_nouns", [])),
        personal_opponent_nouns=frozenset(w.lower() for w in data.get("personal_opponent_nouns", [])),
        mixed_set_nouns=frozenset(w.lower() for w in data.get("mixed_set_nouns", [])),
        polity_nouns={k.lower(): v for k, v in data.get("polity_nouns", {}).items()},
        force_nouns={k.lower(): v for k, v in data.get("force_nouns", {}).items()},
        body_nouns=frozenset(w.lower() for w in data.get("body_nouns", [])),
        body_heads=frozenset(w.lower() for w in data.get("body_heads", [])),
        creed_words=frozenset(w.lower() for w in data.get("creed_words", [])),
        name_descriptors=frozenset(w.lower() for w in data.get("name_descriptors", [])),
    )


def _region_bodies(section: Any, label: str) -> dict[str, str]:
    """sectors.json 'region_bodies': ``{"Europe": "European Union", "European": "European Union"}`` (names as
    written, each mapped to an organisation's canonical name)."""
    if not isinstance(section, dict) or not all(isinstance(k, str) and isinstance(v, str) and v
                                                for k, v in section.items()):
        raise KnowledgeError(f"{label}: section 'region_bodies' must map a region's name to an organisation name")
    return dict(section)


def _proper_bodies(section: Any, label: str) -> dict[str, tuple[str, dict[str, str]]]:
    """sectors.json 'proper_bodies': ``{"Congress": {"default": "USA", "countries": {"USA": "LEG", ...}}}``; the
    default must be one of the countries, every value a sector."""
    if not isinstance(section, dict):
        raise KnowledgeError(f"{label}: section 'proper_bodies' must map a name to its default and countries")
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for name, body in section.items():
        where = f"{label} [proper_bodies.{name}]"
        countries = body.get("countries") if isinstance(body, dict) else None
        if not isinstance(countries, dict) or not countries:
            raise KnowledgeError(f"{where}: 'countries' must map country codes to sectors")
        for code, sector in countries.items():
            _code(code, where, "countries")
            _sector(sector, where)
        default = body.get("default")
        if default not in countries:
            raise KnowledgeError(f"{where}: 'default' must be one of its countries, got {default!r}")
        out[name] = (str(default), {str(k): str(v) for k, v in countries.items()})
    return out


def parse_agents(data: Any, label: str) -> dict[tuple[str, ...], str]:
    """converted/agents.json: ``{"nouns": {"SECTOR": [nouns]}}`` as lower-case token tuples -> sector."""
    if not isinstance(data, dict):
        raise KnowledgeError(f"{label}: expected a JSON object with 'nouns'")
    return _sector_table(data.get("nouns"), label, "nouns")


def _read_json(source: Traversable, label: str) -> Any:
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise KnowledgeError(f"{label}:{e.lineno}: not valid JSON ({e.msg})") from e


def _jsonl_records(source: Traversable | Path, label: str) -> UserRecords:
    for number, record in _lines(source, label):
        yield f"{label}:{number}", record


def _read_file(source: Traversable | Path, label: str, default: str | None,
               countries: list[CountryRecord], orgs: list[tuple[Organization, tuple[str, ...]]],
               people: list[Person]) -> None:
    _add_records(_jsonl_records(source, label), default, countries, orgs, people)


def _read_user_file(path: Path, countries: list[CountryRecord], orgs: list[tuple[Organization, tuple[str, ...]]],
                    people: list[Person]) -> None:
    reader = USER_FORMATS.get(path.suffix.lower())
    records = reader(path, str(path)) if reader is not None else _jsonl_records(path, str(path))
    _add_records(records, None, countries, orgs, people)


def _add_records(records: Iterable[tuple[str, dict[str, Any]]], default: str | None,
                 countries: list[CountryRecord], orgs: list[tuple[Organization, tuple[str, ...]]],
                 people: list[Person]) -> None:
    for where, record in records:
        shape = default
        if "roles" in record:
            shape = "person"
        elif "kind" in record:
            shape = "org"
        elif "demonyms" in record or "iso_names" in record:
            shape = "country"
        if shape == "person":
            people.append(parse_person(record, where))
        elif shape == "org":
            orgs.append(parse_organization(record, where))
        elif shape == "country":
            countries.append(parse_country(record, where))
        else:
            raise KnowledgeError(
                f"{where}: cannot tell what this record is: a person needs 'roles', an organisation 'kind', "
                f"a country 'demonyms'"
            )


def read_data(actor_files: tuple[str, ...], *, converted: bool = True) -> RawData:
    """Read packaged data and the user's files; packaged people files may be absent or empty.

    ``converted`` False leaves out data/actors/converted/ (what tools/convert_phoenix.py compares against)."""
    base = _data_dir()
    countries: list[CountryRecord] = []
    orgs: list[tuple[Organization, tuple[str, ...]]] = []
    people: list[Person] = []
    for name, shape in (("countries.jsonl", "country"), ("organizations.jsonl", "org")):
        _read_file(base / name, f"data/actors/{name}", shape, countries, orgs, people)
    people_dir = base / "people"
    if people_dir.is_dir():
        for item in sorted(people_dir.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".jsonl"):
                _read_file(item, f"data/actors/people/{item.name}", "person", countries, orgs, people)
    agents: dict[tuple[str, ...], str] = {}
    if converted and (base / "converted").is_dir():  # Phoenix/PETRARCH-2, by tools/convert_phoenix.py
        for item in sorted((base / "converted").iterdir(), key=lambda p: p.name):
            if item.name.endswith(".jsonl"):
                _read_file(item, f"data/actors/converted/{item.name}", None, countries, orgs, people)
            elif item.name == "agents.json":
                agents = parse_agents(_read_json(item, "data/actors/converted/agents.json"),
                                      "data/actors/converted/agents.json")
    for path in actor_files:
        p = Path(path)
        if not p.is_file():
            raise KnowledgeError(f"{p}: actor file not found; fix or remove it in the actor_files setting")
        _read_user_file(p, countries, orgs, people)
    sectors = parse_sectors(_read_json(base / "sectors.json", "data/actors/sectors.json"), "data/actors/sectors.json",
                            agents)
    log.debug("actor data: %d countries, %d organisations, %d people records",
              len(countries), len(orgs), len(people))
    return RawData(tuple(countries), tuple(orgs), tuple(merge_people(people)), sectors)


def merge_people(people: list[Person]) -> list[Person]:
    """One Person per canonical name: roles and aliases of the same name across files are joined."""
    merged: dict[str, Person] = {}
    for person in people:
        old = merged.get(person.name)
        if old is None:
            merged[person.name] = person
            continue
        aliases = tuple(dict.fromkeys((*old.aliases, *person.aliases)))
        roles = tuple(dict.fromkeys((*old.roles, *person.roles)))
        merged[person.name] = Person(person.name, aliases, roles)
    return list(merged.values())
