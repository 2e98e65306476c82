"""The actor knowledge base: every dictionary surface form behind one Aho-Corasick automaton.

``KnowledgeBase.load(settings)`` reads and validates the data once (see loader.py) and indexes every
country name, demonym, capital, seat-of-power metonym, organisation alias and person alias. Matching
is case-sensitive (so the pronoun "us" is never the United States) and word-boundary checked; the
longest match wins. The knowledge base also codes what it finds for a date: a person by the office
held that day, a dated organisation (the Taliban, the RSF) by the coding valid that day.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

import ahocorasick

from bilateral.actors.context import REFERRING_NOUNS, REFERRING_WORDS, ActorContext
from bilateral.actors.loader import RawData, read_data
from bilateral.actors.state_kinds import fitting
from bilateral.actors.surnames import FAMILY_NAME_FIRST, bare_surnames
from bilateral.actors.records import Country, Entry, Organization, Person, Role, SectorWords
from bilateral.models import Actor
from bilateral.settings import Settings

log = logging.getLogger(__name__)

_WORD = re.compile(r"[\w'’-]+")
_PRIORITY = {"person": 0, "org": 1, "country": 2, "plural": 3, "demonym": 4, "metonym": 5, "capital": 6,
             "people": 7}
"""When one surface form has entries of several kinds, the first kind listed wins."""


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary match in a text: character span, the surface form and what it may point to."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    @property
    def kind(self) -> str:
        """The kind of the best entry (entries are sorted by priority)."""
        return self.entries[0].kind


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})
"""Words after which a leader's surname names a government ("the Obama administration";
``resolve.leader_governments``)."""
_CONTEXT_OFFICES = frozenset({"president", "premier"})
"""Offices that coreference resolves from the document context alone ("the president")."""
DOCUMENT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "CRM"})
"""The sectors whose generic agents take the main country of a document about that country
(``agents.document_agents``): its state ("officials", "the junta", "police"), those who contend for it
("militants", "the opposition"), its civilians and criminals ("protesters", "gangs"). Measured on the VOA
gold; refugees, NGOs and the other groups often come from elsewhere and are left out."""
UNPLACED_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "JUD", "LEG", "COP", "PTY", "CRM", "REF"})
"""Sectors a generic agent of a document is kept in with no country (``---REB``) when none is known: the state,
armed and political actors, criminals and refugees. Bystanders with no country ("told reporters", "civilians
fled") are left out."""
DOCUMENT_TRADERS = frozenset({"traders", "sellers", "vendors", "shopkeepers", "merchants", "publishers", "owners",
                              "businessmen", "exporters", "importers"})
"""Business people (``BUS`` heads, plural) who also take the main country of a document about that country: in a
story about one country's market, "traders", "stall owners", "publishers" are its own ("the governor urged
restaurant owners to ...", "in a meeting with publishers, officials said ..."). Never the institutions ("company",
"firm", "bank", "investors", "industry"): a story names foreign companies and investors as often as its own.
Measured on the VOA gold: the whole ``BUS`` sector gained the same events as this list and cost a false one more."""


_MIN_FUZZY = 6
"""Shortest name matched within one edit of a known one."""


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion, substitution or swap of neighbours."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


def _deletions(word: str) -> set[str]:
    """``word`` with one letter left out, each way: the index of near names (a one-edit match shares one)."""
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class KnowledgeBase:
    """Countries, organisations, people and sector words, indexed for fast matching and dated coding."""

    def __init__(self, data: RawData) -> None:
        self.countries: dict[str, Country] = {}
        self.organizations: dict[str, tuple[Organization, ...]] = {}
        self.people: dict[str, Person] = {p.name: p for p in data.people}
        self.sectors: SectorWords = data.sectors
        self.agent_heads = frozenset(phrase[-1] for phrase, sector in data.sectors.nouns.items()
                                     if sector in DOCUMENT_SECTORS | UNPLACED_SECTORS)
        """Last words of the state's generic agent nouns, for the pre-filter ("officials", "junta")."""
        surfaces: dict[str, set[Entry]] = defaultdict(set)
        for record in data.countries:
            self.countries[record.code] = Country(record.code, record.name, record.independence, record.parent)
            for name in record.names:
                surfaces[name].add(Entry("country", record.code))
            for word in record.demonyms:
                surfaces[word].add(Entry("demonym", record.code))
            for word in record.plurals:
                surfaces[word].add(Entry("plural", record.code))
            for word in record.peoples:
                surfaces[word].add(Entry("people", record.code))
            for word in record.capitals:
                surfaces[word].add(Entry("capital", record.code, "GOV"))
            for word, sector in record.metonyms:
                surfaces[word].add(Entry("metonym", record.code, sector))
        orgs: dict[str, list[Organization]] = defaultdict(list)
        for org, aliases in data.organizations:
            orgs[org.name].append(org)
            for surface in (org.name, *aliases):
                surfaces[surface].add(Entry("org", org.name))
        self.organizations = {name: tuple(v) for name, v in orgs.items()}
        for person in data.people:
            for surface in (person.name, *person.aliases):
                surfaces[surface].add(Entry("person", person.name))
        for surface in [x for x in surfaces if "'" in x]:
            surfaces[surface.replace("'", "\u2019")] |= surfaces[surface]  # news prints "People’s", not "People's"
        self._automaton = ahocorasick.Automaton()
        for surface, entries in surfaces.items():
            ranked = tuple(sorted(entries, key=lambda e: (_PRIORITY[e.kind], e.key)))
            self._automaton.add_word(surface, (surface, ranked))
        self._automaton.make_automaton()
        self.surnames: dict[str, tuple[str, ...]] = self._index_surnames()
        self._near_places: dict[str, set[str]] = defaultdict(set)
        self._place_entries: dict[str, Entry] = {}
        for surface, entries in surfaces.items():
            place = next((e for e in entries if e.kind in ("country", "capital")), None)
            if place is not None and len(surface) >= _MIN_FUZZY and surface.isalpha() and surface[0].isupper():
                self._place_entries[surface] = place
                for variant in _deletions(surface):
                    self._near_places[variant].add(surface)

    @classmethod
    def load(cls, settings: Settings) -> KnowledgeBase:
        """Load packaged data plus ``settings.actor_files`` (validated once, cached per file list)."""
        return _load_cached(tuple(settings.actor_files))

    def _index_surnames(self) -> dict[str, tuple[str, ...]]:
        """People by the words news uses for them alone (``surnames.bare_surnames`` of their name and of each
        alias: "Moise" for "Jovenel Moïse" alias "Jovenel Moise"): the last word, also without its Arabic article
        ("Assad"), and the first for people of a country that writes the
        family name first (``surnames.FAMILY_NAME_FIRST``: "Kim Jong Un" is "Kim", "Xi Jinping" is "Xi"), so that
        such a word is read as a person before a town of that name."""
        out: dict[str, list[str]] = defaultdict(list)
        for person in self.people.values():
            first = any(role.country in FAMILY_NAME_FIRST for role in person.roles)
            for surname in sorted({s for name in (person.name, *person.aliases) for s in bare_surnames(name, first)}):
                out[surname].append(person.name)
        return {k: tuple(v) for k, v in out.items()}

    def similar_surnames(self, word: str) -> tuple[str, ...]:
        """People whose surname is ``word`` or one edit from it (a letter added, dropped, changed or two
        swapped): transliterations and slips ("Bouteflicka", "Mitterand", "Habyariman"). Words under six
        letters match only exactly, so that "Kim" is never "Kin"."""
        exact = self.surnames.get(word, ())
        if exact or len(word) < _MIN_FUZZY:
            return exact
        found: list[str] = []
        for surname, names in self.surnames.items():
            if abs(len(surname) - len(word)) <= 1 and surname[:1] == word[:1] and within_one_edit(surname, word):
                found.extend(names)
        return tuple(found)

    def misspelled_place(self, word: str) -> Entry | None:
        """The country or capital a one-word name misspells by one edit ("Ethopia", "Afganistan",
        "Phillippines"), when exactly one is that close and shares its first letter; None otherwise."""
        if len(word) < _MIN_FUZZY or not word.isalpha() or self._automaton.exists(word):
            return None  # too short to tell, or a name of its own ("Serbian" is no misspelt "Serbia")
        candidates: set[str] = set()
        for variant in (word, *_deletions(word)):
            candidates |= self._near_places.get(variant, set())
            if variant in self._place_entries:
                candidates.add(variant)
        found = {c for c in candidates if c[0] == word[0] and within_one_edit(c, word)}
        entries = {self._place_entries[c] for c in found}
        return entries.pop() if len(entries) == 1 else None

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping dictionary matches in ``text``, longest first, each bounded by non-word chars."""
        found: list[Hit] = []
        for end_index, (surface, entries) in self._automaton.iter(text):
            start, end = end_index - len(surface) + 1, end_index + 1
            if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(surface[0]):
                continue
            if end < len(text) and _is_word_char(text[end]) and _is_word_char(surface[-1]):
                continue
            found.append(Hit(start, end, surface, entries))
        found.sort(key=lambda h: (-(h.end - h.start), h.start))
        taken: list[Hit] = []
        for hit in found:
            if all(hit.end <= t.start or hit.start >= t.end for t in taken):
                taken.append(hit)
        return sorted(taken, key=lambda h: h.start)

    def may_mention_actor(self, text: str, context: ActorContext | None = None) -> bool:
        """Cheap pre-filter: False only when ``resolve_actors`` can find nothing in ``text``.

        True on any dictionary match (countries, capitals, demonyms, organisations, people: titles and
        group nouns only code an actor next to one of these), any surname the document context knows,
        "the president"/"the premier" when the context can say who that is, or a generic agent
        ("officials", "migrants") in a document of more than one sentence.
        """
        if self.find(text):
            return True
        lowered = text.lower()
        if any(g in lowered for g in GOVERNMENT_NOUNS) and any(w in self.surnames for w in _WORD.findall(text)):
            return True  # "the Bush administration"
        if any(w[:1].isupper() and self.misspelled_place(w) for w in _WORD.findall(text)):
            return True  # "Ethopia"
        if context is None:
            return False
        for m in REFERRING_WORDS.finditer(text) if context.actors_at else ():
            kinds = REFERRING_NOUNS[m.group(1).lower()]
            fits = fitting(m.group(0)) if "country" in kinds else None
            if context.referent(text, m.start(), kinds, fits=fits) is not None:
                return True  # "the country", "the rebel group": coreference can code it
        if any(w in text for w in context.surnames):
            return True
        words = {w.lower() for w in _WORD.findall(text)}
        if words & _CONTEXT_OFFICES:
            return True
        return bool(words & self.agent_heads) and context.in_document(text)  # "officials said", "migrants"

    # --- coding -----------------------------------------------------------------------------------

    def country_actor(self, code: str, sector: str | None, text: str, kind: str = "state") -> Actor:
        """A country actor, with its sector when known: RWA, RWAGOV, RWAMIL."""
        country = self.countries[code]
        return Actor(text=text, name=country.name, code=code + (sector or ""), country=code,
                     sector=sector, kind=kind)

    def org_actor(self, name: str, on: dt.date | None, text: str) -> Actor | None:
        """An organisation coded for ``on`` (latest coding when None); None when no coding is valid then."""
        variants = self.organizations[name]
        if on is None:
            org = max(variants, key=lambda o: o.start or dt.date.min)
        else:
            valid = [o for o in variants if o.valid_on(on)]
            if not valid:
                return None
            org = valid[0]
        return Actor(text=text, name=org.name, code=org.code, country=org.country, sector=org.sector, kind=org.kind)

    def role_on(self, person: Person, on: dt.date | None) -> Role | None:
        """The office ``person`` held on ``on`` (the latest started if several; latest role when None)."""
        if on is None:
            return max(person.roles, key=lambda r: r.start or dt.date.min)
        held = [r for r in person.roles if r.held_on(on)]
        return max(held, key=lambda r: r.start or dt.date.min) if held else None

    def person_actor(self, name: str, on: dt.date | None, text: str) -> Actor | None:
        """A known person coded by the office held on ``on``.

        Out of office that day: coded by the country of their nearest earlier role (or their first role),
        sector None. None when that role is in an international body (no country to code).
        """
        person = self.people[name]
        role = self.role_on(person, on)
        if role is not None:
            if role.org:
                return Actor(text=text, name=name, code=role.org, country=role.country, sector=role.sector or "IGO",
                             kind="person", person=name)
            code = str(role.country) + (role.sector or "")
            return Actor(text=text, name=name, code=code, country=role.country, sector=role.sector,
                         kind="person", person=name)
        if on is None:
            return None
        earlier = [r for r in person.roles if r.start is None or r.start <= on]
        pool = earlier or list(person.roles)
        nearest = max(pool, key=lambda r: r.start or dt.date.min) if earlier else min(
            pool, key=lambda r: r.start or dt.date.max)
        if nearest.country is None:
            return None
        return Actor(text=text, name=name, code=nearest.country, country=nearest.country, sector=None,
                     kind="person", person=name)

    def actor_on(self, actor: Actor, on: dt.date) -> Actor:
        """Recode ``actor`` for another date: known people by their office then, dated organisations by
        their coding then; anything else (and a person with nothing to code that day) is unchanged."""
        if actor.person and actor.person in self.people:
            recoded = self.person_actor(actor.person, on, actor.text)
            return recoded if recoded is not None else actor
        if actor.kind != "person" and len(self.organizations.get(actor.name, ())) > 1:
            recoded = self.org_actor(actor.name, on, actor.text)
            return recoded if recoded is not None else actor
        return actor

    def document_context(self, text: str, on: dt.date | None) -> ActorContext:
        """Who the document names in full, for coreference in later sentences (no parse; see context.py)."""
        from bilateral.actors.context import build_context

        return build_context(self, text, on)

    def with_sector(self, actor: Actor, sector: str | None) -> Actor:
        """The same actor with another sector (code rebuilt from country + sector)."""
        if actor.country is None:
            return actor
        return replace(actor, sector=sector, code=actor.country + (sector or ""))


@lru_cache(maxsize=4)
def _load_cached(actor_files: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase(read_data(actor_files))
    log.info("actor knowledge base: %d countries, %d organisations, %d people",
             len(kb.countries), len(kb.organizations), len(kb.people))
    return kb
