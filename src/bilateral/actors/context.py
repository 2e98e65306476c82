"""Document context for coreference: the people a document names in full, found without parsing.

"Paul Kagame ... later Kagame": the full name earlier in the document makes the bare surname
resolvable in a later sentence. People no dictionary knows are remembered with the country and sector
of their in-text title ("British Prime Minister Keir Starmer" -> later "Starmer" is GBRGOV). A surname
shared by two people of the document is dropped: coreference is used only when unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral.actors.knowledge import KnowledgeBase

_NAME_AFTER_TITLE = re.compile(
    r"^(?:'s|’s)?((?:\s+[A-Za-z][a-z-]*){1,4}?)\s+((?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’-]+)"
)
"""After a country or demonym: up to four title words, then a name of two or three capitalised words."""


@dataclass(frozen=True, slots=True)
class ContextPerson:
    """A person named in full in the document: canonical name if known, else the in-text title's coding."""

    name: str
    known: bool
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class ActorContext:
    """People of one document, and the unambiguous surnames that point to them."""

    people: tuple[ContextPerson, ...] = ()
    surnames: Mapping[str, ContextPerson] = field(default_factory=lambda: MappingProxyType({}))

    def holders(self, kb: KnowledgeBase, on: dt.date | None, *, country: str | None = None,
                office: str | None = None) -> list[ContextPerson]:
        """Known people of the document holding, on ``on``, an office in ``country`` / named like ``office``."""
        out = []
        for person in self.people:
            if not person.known:
                continue
            role = kb.role_on(kb.people[person.name], on)
            if role is None or role.sector != "GOV":
                continue
            if country is not None and role.country != country:
                continue
            if office is not None and office not in role.office.lower():
                continue
            out.append(person)
        return out


def _titled_people(kb: KnowledgeBase, text: str) -> list[ContextPerson]:
    people = []
    for hit in kb.find(text):
        if hit.kind not in ("country", "demonym"):
            continue
        m = _NAME_AFTER_TITLE.match(text[hit.end:hit.end + 120])
        if not m:
            continue
        words = tuple(m.group(1).lower().replace("-", " ").split())
        sector = None
        for k in range(len(words), 0, -1):
            sector = kb.sectors.title_sector(words[-k:])
            if sector:
                break
        if sector and not set(words) & kb.sectors.not_in_office:
            people.append(ContextPerson(m.group(2), False, hit.entries[0].key, sector))
    return people


def build_context(kb: KnowledgeBase, text: str, on: dt.date | None) -> ActorContext:
    """The document's people: dictionary people named in full, and titled people no dictionary knows."""
    people: dict[str, ContextPerson] = {}
    for hit in kb.find(text):
        if hit.kind == "person":
            name = hit.entries[0].key
            people.setdefault(name, ContextPerson(name, True))
    for person in _titled_people(kb, text):
        if not any(p.known and p.name.split()[-1] == person.name.split()[-1] for p in people.values()):
            people.setdefault(person.name, person)
    counts: dict[str, list[ContextPerson]] = {}
    for person in people.values():
        parts = person.name.split()
        if len(parts) > 1:
            counts.setdefault(parts[-1], []).append(person)
    surnames = {s: ps[0] for s, ps in counts.items() if len(ps) == 1}
    return ActorContext(tuple(people.values()), MappingProxyType(surnames))
