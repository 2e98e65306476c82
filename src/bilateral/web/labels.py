"""Actor names for the dashboard's picker: each actor spec the API takes (``RWA``, ``IGOUNO``, ``RWAGOV``)
labelled by what it is (the country's name, the organisation's name, the people coded with it), and a
lookup that turns what an analyst types ("Rwanda", "Kagame", "Congo", "USA") into one spec, or into a
plain sentence with suggestions when it names no actor or several.

Labels come from the actor knowledge (packaged dictionaries plus the user's ``actor_files``), never from
whichever mention happened to be stored first: a country code is labelled by the country's name.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from bilateral.actors.loader import CountryRecord, RawData, read_data
from bilateral.store import Store

_SPEC = re.compile(r"^[A-Za-z]{3}([A-Za-z]{3}){0,2}$")
_TRAILING_CODE = re.compile(r"\(([A-Za-z]{3}(?:[A-Za-z]{3}){0,2})\)\s*$")
_SECTORS = {"GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "JUD": "judiciary",
            "LEG": "legislature", "COP": "police", "PTY": "a party", "MED": "media", "BUS": "business",
            "CVL": "civilians", "REF": "refugees", "CRM": "criminals", "EDU": "education", "REL": "religion",
            "LAB": "labour", "IGO": "an IGO", "NGO": "an NGO", "ELI": "elites"}


@dataclass(frozen=True, slots=True)
class ActorChoice:
    """One entry of the picker: the spec the API takes, its label and how many stored events involve it."""

    code: str
    label: str
    kind: str
    """``state``, ``organization`` or ``person``: the group the picker shows it in."""
    events: int
    detail: str = ""
    """For a person or a body: what the code means (``RWAGOV: Rwanda, government``)."""


@dataclass(frozen=True, slots=True)
class ActorLookup:
    """What a typed name resolves to: one actor, or a sentence saying why not and what to try instead."""

    query: str
    actor: ActorChoice | None
    message: str | None
    suggestions: tuple[ActorChoice, ...] = ()


@lru_cache(maxsize=4)
def _knowledge(actor_files: tuple[str, ...]) -> RawData:
    return read_data(actor_files)


def _stored_actors(store: Store) -> list[tuple[str, str | None, str | None, str | None, int]]:
    """(code, country, kind, person, events) for both sides of every stored event's best mention."""
    side = ("SELECT m.{p}_code AS code, m.{p}_country AS country, m.{p}_kind AS kind, m.{p}_person AS person "
            "FROM events e JOIN mentions m ON m.mention_id = e.best_mention_id WHERE m.{p}_code IS NOT NULL")
    rows = store.sql(f"SELECT code, country, kind, person, count(*) AS n FROM ({side.format(p='source')} "
                     f"UNION ALL {side.format(p='target')}) GROUP BY ALL", [])
    return [(r["code"], r["country"], r["kind"], r["person"], int(r["n"])) for r in rows]


class ActorCatalogue:
    """Every actor an analyst can pick: the store's actors, named from the knowledge base."""

    def __init__(self, data: RawData, stored: list[tuple[str, str | None, str | None, str | None, int]]) -> None:
        countries = {c.code: c for c in data.countries}
        per_code = Counter(o.code for o, _ in data.organizations)
        orgs = {o.code: o for o, _ in data.organizations if per_code[o.code] == 1}
        events: Counter[str] = Counter()
        people: dict[str, Counter[str]] = defaultdict(Counter)
        for code, country, _kind, person_name, n in stored:
            events[country or code] += n
            if country and code != country:
                events[code] += n
            if person_name:
                people[person_name][code] += n
        choices: dict[str, ActorChoice] = {}
        for c in data.countries:
            choices[c.code] = ActorChoice(c.code, c.name, "state", events[c.code])
        for spec, n in events.items():
            if spec in choices:
                continue
            org = orgs.get(spec)
            if spec[:3] in countries:  # a country's sector: many bodies may share the code
                choices[spec] = ActorChoice(spec, _meaning(spec, countries), "organization", n, spec)
            elif org is not None:
                choices[spec] = ActorChoice(spec, org.name, "organization", n, spec)
            else:
                choices[spec] = ActorChoice(spec, spec, "organization", n, spec)
        self.people = [ActorChoice(codes.most_common(1)[0][0], name, "person", sum(codes.values()),
                                   _detail(codes.most_common(1)[0][0], countries))
                       for name, codes in people.items()]
        self.choices = choices
        self._names: dict[str, set[str]] = defaultdict(set)
        for c in data.countries:
            for name in (c.name, *c.names):
                self._names[name.casefold()].add(c.code)
        for org, aliases in data.organizations:
            if org.code in choices and choices[org.code].events:
                for name in (org.name, *aliases):
                    self._names[name.casefold()].add(org.code)
        self._person_code = {p.label.casefold(): p for p in self.people}
        for person in data.people:
            stored_person = self._person_code.get(person.name.casefold())
            if stored_person is not None:
                for alias in person.aliases:
                    self._person_code.setdefault(alias.casefold(), stored_person)

    def listed(self, limit: int) -> list[ActorChoice]:
        """Actors with events, most active first, then the people behind them."""
        active = sorted((c for c in self.choices.values() if c.events), key=lambda c: (-c.events, c.code))
        people = sorted(self.people, key=lambda c: (-c.events, c.label))
        return (active + people)[:limit]

    def label(self, spec: str) -> str:
        """The name of an actor spec (the spec itself when nothing names it)."""
        choice = self.choices.get(spec.upper())
        return choice.label if choice else spec.upper()

    def lookup(self, text: str) -> ActorLookup:
        """The one actor ``text`` names (a code, a name, an alias, a person), or why there is none."""
        query = " ".join(text.split())
        if not query:
            return ActorLookup(query, None, "Type a country, an organisation or a person (for example Rwanda "
                                            "or RWA).")
        coded = _TRAILING_CODE.search(query)
        if coded or _SPEC.match(query):
            spec = (coded.group(1) if coded else query).upper()
            if spec in self.choices:
                return ActorLookup(query, self.choices[spec], None)
        codes = self._names.get(query.casefold(), set())
        person = self._person_code.get(query.casefold())
        if person is not None and not codes:
            return ActorLookup(query, person, None)
        if len(codes) == 1:
            return ActorLookup(query, self.choices[next(iter(codes))], None)
        if len(codes) > 1:
            options = sorted((self.choices[c] for c in codes), key=lambda c: (-c.events, c.code))
            names = "; ".join(f"{c.label} ({c.code})" for c in options)
            return ActorLookup(query, None, f"“{query}” can mean several actors: {names}. Pick one.",
                               tuple(options))
        partial = self._partial(query)
        if len(partial) == 1:
            return ActorLookup(query, partial[0], None)
        return self._unknown(query, partial)

    def _partial(self, query: str) -> list[ActorChoice]:
        """Actors with events one of whose names starts with the typed words (at a word boundary)."""
        pattern = re.compile(r"(^|\W)" + re.escape(query.casefold()))
        found: dict[str, ActorChoice] = {}
        for name, codes in self._names.items():
            if pattern.search(name):
                for code in codes:
                    if self.choices[code].events:
                        found[code] = self.choices[code]
        for name, person in self._person_code.items():
            if pattern.search(name):
                found.setdefault("person:" + person.label, person)
        return sorted(found.values(), key=lambda c: (-c.events, c.label))

    def _unknown(self, query: str, partial: list[ActorChoice] | None = None) -> ActorLookup:
        suggestions = list(partial or [])
        if not suggestions:
            labels = {c.label.casefold(): c for c in self.listed(10_000)}
            labels.update({c.code.casefold(): c for c in self.choices.values() if c.events})
            close = difflib.get_close_matches(query.casefold(), list(labels), n=5, cutoff=0.6)
            suggestions = list(dict.fromkeys(labels[n] for n in close))
        suggestions = suggestions[:8]
        if suggestions:
            names = "; ".join(f"{c.label} ({c.code})" for c in suggestions)
            hint = f"Did you mean {names}?"
        else:
            hint = "Type a country, an organisation or a person that the list offers (for example Rwanda or RWA)."
        return ActorLookup(query, None, f"No actor called “{query}” has events in this store. {hint}",
                           tuple(suggestions))


def _meaning(code: str, countries: dict[str, CountryRecord]) -> str:
    """``Rwanda, government`` for ``RWAGOV``: the country's name and the sector's."""
    country = countries.get(code[:3])
    sector = _SECTORS.get(code[3:6]) if len(code) >= 6 else None
    if country is None:
        return code
    return f"{country.name}, {sector}" if sector else f"{country.name} ({code})"


def _detail(code: str, countries: dict[str, CountryRecord]) -> str:
    """``RWAGOV: Rwanda, government``: what a person's code stands for."""
    meaning = _meaning(code, countries)
    return code if meaning == code else f"{code}: {meaning}"


def actor_catalogue(store: Store, actor_files: tuple[str, ...]) -> ActorCatalogue:
    """The picker's actors for the store's events, named from the knowledge base (packaged plus user files)."""
    return ActorCatalogue(_knowledge(tuple(actor_files)), _stored_actors(store))
