"""Document context for coreference: the people a document names in full, found without parsing.

"Paul Kagame ... later Kagame": the full name earlier in the document makes the bare surname
resolvable in a later sentence. People no dictionary knows are remembered with the country and sector
of their in-text title ("British Prime Minister Keir Starmer" -> later "Starmer" is GBRGOV). A surname
shared by two people of the document is dropped: coreference is used only when unambiguous.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from bilateral.actors.described import described_people
from bilateral.actors.surnames import FAMILY_NAME_FIRST, bare_surnames
from bilateral.actors.warring import warring_sides

if TYPE_CHECKING:
    from bilateral.actors.knowledge import KnowledgeBase

_DATELINE = re.compile(r"^\s*([A-Z][A-Z .,/'’-]{2,40}?)\s*(?:\([^)]{1,20}\)\s*)?[—–-]{1,2}\s")
"""A news dateline: "NAIROBI — ", "KABUL, Afghanistan — ", "ISLAMABAD (Reuters) - "."""
_OTHER_TEXT = 20
"""Characters besides a sentence that make its text a document (more than a dateline or a stray word)."""
_MIN_NAMED = 3
"""A country named fewer times than this is not a document's main country, however few others are named."""
_DOMINANCE = 2
"""How many times as often as any other country the main country must be named."""
_LEADING = 1.5
"""How many times as often as any other country the story's scene must be named (``leading_country``)."""
_WORDS_AFTER = re.compile(r"^(?:'s|’s)?((?:\s+[\w'’.-]+){1,7})")
"""After a country or demonym: the next few words (a title, then a name)."""
_NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:the\s+)?$")
"""Before a country or demonym: a name and the comma of an apposition ("Jane Doe, Kenya's interior minister")."""
_AFTER_TITLE = frozenset({"for", "of", "to", "in", "at", "on", "and", "who", "said", "told"})
"""Words that may follow a whole appositive title ("secretary of state for communication")."""


REFERRING_NOUNS = {
    "country": frozenset({"country"}), "nation": frozenset({"country"}), "kingdom": frozenset({"country"}),
    "agency": frozenset({"igo"}), "body": frozenset({"igo"}), "organisation": frozenset({"igo"}),
    "organization": frozenset({"igo"}), "mission": frozenset({"igo"}),
    "group": frozenset({"armed_group"}), "movement": frozenset({"armed_group"}), "militia": frozenset({"armed_group"}),
    "rebels": frozenset({"armed_group"}), "insurgents": frozenset({"armed_group"}),
    "court": frozenset({"court"}), "tribunal": frozenset({"court"}), "judges": frozenset({"court"}),
}
"""Heads of definite descriptions ("the east African nation", "the UN agency", "the rebel group") and the kinds
of actor they point back to. A ``court`` is an international body whose name is a court's (``_court_body``): "the
judges" after "the International Court of Justice" are that court; with none named before they stay unresolved."""
REFERRING_WORDS = re.compile(r"\bthe\b(?:[\w\s.-]{0,30}?)\b(" + "|".join(REFERRING_NOUNS) + r")\b", re.IGNORECASE)
"""A definite description that may point back to an actor named before ("the east African nation")."""
_SALIENT_KINDS = frozenset({"igo"})
"""Kinds of organisation that, of several named just before, the document's most named one is taken for."""


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
    text: str = ""
    """The document text, to place a sentence in it."""
    named_at: tuple[tuple[int, str], ...] = ()
    """(character offset, canonical name) of each dictionary person named in full, in text order."""
    actors_at: tuple[tuple[int, str, str], ...] = ()
    """(character offset, kind, key) of each country (kind "country", key its code) and organisation (kind its
    kind, key its name) the dictionaries find in the text, in text order: what "the country" and "the rebel
    group" may point back to."""
    main_country: str | None = None
    """The country the document is about, when one clearly dominates (see ``dominant_country``)."""
    warring: tuple[str, ...] = ()
    """The two countries the document names as the sides of a war ("the Chad-Sudan war"; actors/warring.py)."""

    def in_document(self, sentence: str) -> bool:
        """``sentence`` is part of a longer document (a single-sentence text is not a document)."""
        return sentence in self.text and len(self.text.strip()) - len(sentence.strip()) > _OTHER_TEXT

    def document_country(self, sentence: str) -> str | None:
        """The document's main country for a generic agent of ``sentence`` ("officials said ..."), or None.

        Only when the rest of the document names it too: a text that is one sentence (a single-sentence
        gold set, a headline) has no document to take a country from.
        """
        return self.main_country if self._named_outside(self.main_country, sentence) else None

    def leading_country(self, sentence: str) -> str | None:
        """The country the document names most, at least ``_LEADING`` times as often as any other and named
        outside ``sentence`` too: where an act that names no place of its own happens, in a story told of two
        countries where none dominates ("Kenya" 25 times, "Somalia" 14). The main country when there is one."""
        if self.main_country is not None:
            return self.document_country(sentence)
        lead = dominant_country_of(self.actors_at, _LEADING)
        return lead if self._named_outside(lead, sentence) else None

    def _named_outside(self, country: str | None, sentence: str) -> bool:
        """Whether the document names ``country`` outside ``sentence`` (False for a sentence not in it)."""
        at = self.text.find(sentence) if sentence and country is not None else -1
        if at < 0:
            return False
        end = at + len(sentence)
        return any(key == country and (pos < at or pos >= end)
                   for pos, kind, key in self.actors_at if kind == "country")

    def referent(self, sentence: str, offset: int, kinds: frozenset[str], window: int = 500,
                 fits: frozenset[str] | None = None, choose: bool = True,
                 besides: frozenset[str] = frozenset()) -> str | None:
        """The one country or organisation of ``kinds`` named in the ``window`` characters before position
        ``offset`` of ``sentence`` ("Ghana has offered itself as a mediator ... The country hosted"), if exactly
        one is, or of several organisations the one the document makes its own (``_salient``); None otherwise
        (then "the country" stays unresolved). ``fits``: the only countries the description's own words fit
        (state_kinds.py: "the Southeast Asian nation"), which pick the one of several named before that fits,
        unless ``choose`` is False (a speaker's words): then only a lone candidate that fits. ``besides``: countries
        the sentence itself rules out ("withdrew U.S. troops from the country" is no withdrawal from the U.S.)."""
        at = self.text.find(sentence) if sentence else -1
        if at < 0:
            return None
        end = at + offset
        keys = {key for pos, kind, key in self.actors_at if end - window <= pos < end and kind in kinds} - besides
        if fits is not None:
            if len(keys) > 1 and not choose:
                return None
            keys &= fits
        if len(keys) == 1:
            return keys.pop()
        return self._salient(keys, end) if keys and kinds == _SALIENT_KINDS else None

    def _salient(self, keys: set[str], end: int) -> str | None:
        """Of several organisations named just before, the one the document so far names at least ``_MIN_NAMED``
        times and ``_DOMINANCE`` times as often as any other of them ("ECOWAS ... ECOWAS ... withdrew from ECOWAS
        and created the Alliance of Sahel States ... the regional body"): a story's own body is the one its
        descriptions mean. Countries are left to ``main_country``, and armed groups to no one: a story of an attack
        often names the group it blames less than the ones it recalls."""
        counts = Counter(key for pos, kind, key in self.actors_at if pos < end and key in keys and kind != "court")
        ranked = counts.most_common(2)
        if ranked[0][1] < _MIN_NAMED or (len(ranked) > 1 and ranked[0][1] < _DOMINANCE * ranked[1][1]):
            return None
        return ranked[0][0]

    def person_before(self, sentence: str, window: int = 400) -> str | None:
        """The one dictionary person named before ``sentence`` on its line (the line before when it opens
        one), at most ``window`` characters back, if exactly one.

        "... in Barack Obama's second term. He froze new loans to Burundi": "He" is Obama.
        Two people named there make the pronoun ambiguous, and then it stays unresolved; a person the document
        named in full earlier and names there by surname alone counts too ("Jane Roe ... President John Doe ...
        Roe said ... He"), so the one named in full is not taken for the pronoun over the one named last.
        """
        at = self.text.find(sentence) if sentence else -1
        if at <= 0:
            return None
        start = self.text.rfind("\n", 0, at)
        if start >= 0 and not self.text[start:at].strip():  # the sentence opens its line: the line before
            start = self.text.rfind("\n", 0, len(self.text[:start].rstrip()))
        start = max(start, at - window, 0)
        names = {name for offset, name in self.named_at if start <= offset < at}
        if not names:
            return None
        names |= self._surnamed(self.text[start:at])
        return names.pop() if len(names) == 1 else None

    def _surnamed(self, window: str) -> set[str]:
        """The dictionary people of the document that ``window`` names by a bare surname of theirs."""
        return {person.name for surname, person in self.surnames.items()
                if person.known and surname in window and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", window)}

    def sector_person(self, kb: KnowledgeBase, on: dt.date | None, sentence: str, sector: str
                      ) -> ContextPerson | None:
        """The one person of the document named in full before ``sentence`` whose title (an unknown person) or
        office on ``on`` (a dictionary person) is of ``sector``; None when there is none or more than one."""
        at = self.text.find(sentence) if sentence else -1
        if at <= 0:
            return None
        found = [p for p in self.people if 0 <= self.text.find(p.name) < at and _sector_of(kb, p, on) == sector]
        return found[0] if len(found) == 1 else None

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

    def titled_holders(self, kb: KnowledgeBase, on: dt.date | None, title: str) -> list[ContextPerson]:
        """Known people of the document whose office on ``on`` is written ``title`` itself, whatever body it is of
        ("the secretary-general": the one Secretary-General, or Secretary General, the document named)."""
        out = []
        for person in self.people:
            role = kb.role_on(kb.people[person.name], on) if person.known else None
            if role is not None and role.office.lower().replace("-", " ") == title.replace("-", " "):
                out.append(person)
        return out

    def former_holders(self, kb: KnowledgeBase, on: dt.date | None, country: str) -> list[ContextPerson]:
        """Known people of the document who held a government office in ``country`` that ended before ``on`` and
        hold none there on ``on``: whom "the country's former leader" names (coded by what they are that day,
        ``ALBOPP`` for a former prime minister in opposition)."""
        if on is None:
            return []
        out = []
        for person in self.people:
            if not person.known:
                continue
            roles = kb.people[person.name].roles
            now = kb.role_on(kb.people[person.name], on)
            if now is not None and now.sector == "GOV" and now.country == country:
                continue
            if any(r.sector == "GOV" and r.country == country and r.end is not None and r.end < on for r in roles):
                out.append(person)
        return out


def _titled_people(kb: KnowledgeBase, text: str) -> list[ContextPerson]:
    """People introduced as "<country or demonym> <title> <Name Surname>" or with that title in apposition
    ("Name Surname, <country>'s <title>"), whoever they are."""
    people = []
    for hit in kb.find(text):
        if hit.kind not in ("country", "demonym"):
            continue
        m = _WORDS_AFTER.match(text[hit.end:hit.end + 120])
        if not m:
            continue
        words = m.group(1).split()
        appositive = _appositive_person(kb, text, hit.start, words)
        if appositive is not None:
            people.append(ContextPerson(appositive[0], False, hit.entries[0].key, appositive[1]))
            continue
        for k in range(min(4, len(words) - 2), 0, -1):
            title = tuple(w.lower() for w in " ".join(words[:k]).replace("-", " ").split())
            sector = kb.sectors.title_sector(title)
            if sector is None:
                continue
            name: list[str] = []
            for word in words[k:k + 3]:
                if not word[0].isupper() or word.lower() in kb.sectors.words:
                    break
                name.append(word.rstrip(".,;:"))
                if word[-1] in ".,;:" and not word.endswith("."):
                    break
            if len(name) >= 2 and not set(title) & kb.sectors.not_in_office:
                people.append(ContextPerson(" ".join(name), False, hit.entries[0].key, sector))
            break
    return people


def _appositive_person(kb: KnowledgeBase, text: str, at: int, words: list[str]) -> tuple[str, str] | None:
    """(name, sector) of "Jane Doe, Kenya's interior minister": a name, a comma, then at ``at`` the country whose
    title ``words`` begin with; None when the words before are no name or the words after no title in office."""
    before = _NAME_BEFORE.search(text[max(0, at - 80):at])
    if before is None:
        return None
    name = before.group(1).split()
    while name and name[0].lower().rstrip(".") in kb.sectors.words:
        name = name[1:]  # "President Jane Doe, Kenya's ...": the title is not the name
    if len(name) < 2 or any(w.lower() in kb.sectors.words for w in name):
        return None
    for k in range(min(4, len(words)), 0, -1):
        title = tuple(w.lower().strip(".,;:") for w in " ".join(words[:k]).replace("-", " ").split())
        sector = kb.sectors.title_sector(title)
        if sector is not None:
            ends = k == len(words) or words[k - 1][-1] in ",;:" or words[k].lower() in _AFTER_TITLE
            if set(title) & kb.sectors.not_in_office or not ends:
                return None  # a former office, or a longer title read in part ("deputy" of "deputy UN ambassador")
            return " ".join(name), sector
    return None


def build_context(kb: KnowledgeBase, text: str, on: dt.date | None) -> ActorContext:
    """The document's people: dictionary people named in full, and titled people no dictionary knows."""
    people: dict[str, ContextPerson] = {}
    written: dict[str, set[str]] = {}
    """Each known person's names as the document writes them ("Jovenel Moise" for "Jovenel Moïse")."""
    named_at: list[tuple[int, str]] = []
    actors_at: list[tuple[int, str, str]] = []
    countries: list[tuple[int, int, str]] = []  # (start, end, code), for the sides a war noun names
    for hit in kb.find(text):
        entry = hit.entries[0]
        if hit.kind == "person":
            name = entry.key
            people.setdefault(name, ContextPerson(name, True))
            written.setdefault(name, set()).add(hit.text)
            named_at.append((hit.start, name))
        elif entry.kind in ("country", "capital", "metonym", "demonym", "plural"):
            actors_at.append((hit.start, "country", entry.key))
            countries.append((hit.start, hit.end, entry.key))
        elif entry.kind == "org":
            org = kb.organizations[entry.key][-1]
            actors_at.append((hit.start, "igo" if org.sector == "IGO" else org.kind, entry.key))
            if org.sector == "IGO" and _court_body(kb, entry.key):
                actors_at.append((hit.start, "court", entry.key))
    main = dominant_country(kb, text, actors_at)
    for person in _titled_people(kb, text) + described_people(kb, text, main):
        if not any(p.known and (p.name.split()[-1] == person.name.split()[-1] or p.name.startswith(person.name + " "))
                   for p in people.values()):  # "Kim Jong" read off "leader Kim Jong Un" is Kim Jong Un
            people.setdefault(person.name, person)
    counts: dict[str, list[ContextPerson]] = {}
    for person in people.values():
        first = _country_of(kb, person, on) in FAMILY_NAME_FIRST
        own = {s for name in {person.name, *written.get(person.name, ())} for s in bare_surnames(name, first)}
        for surname in own:
            counts.setdefault(surname, []).append(person)
    surnames = {s: ps[0] for s, ps in counts.items() if len(ps) == 1}
    return ActorContext(tuple(people.values()), MappingProxyType(surnames), text, tuple(named_at),
                        tuple(actors_at), main,
                        warring_sides(text, sorted(countries), kb.sectors.war_nouns))


def _court_body(kb: KnowledgeBase, name: str) -> bool:
    """Whether an international body's name is a court's ("International Court of Justice"): one of its words is a
    judiciary noun of sectors.json ("court", "tribunal")."""
    return any(kb.sectors.noun_sector((w,)) == "JUD" for w in name.lower().split())


def _country_of(kb: KnowledgeBase, person: ContextPerson, on: dt.date | None) -> str | None:
    """The country a document person is coded with: their title's, else their office's on ``on`` (or any)."""
    if not person.known:
        return person.country
    record = kb.people[person.name]
    role = kb.role_on(record, on) or kb.role_on(record, None)
    return role.country if role is not None else None


def _sector_of(kb: KnowledgeBase, person: ContextPerson, on: dt.date | None) -> str | None:
    """The sector a document person is coded with: their title's, else their office's on ``on``."""
    if not person.known:
        return person.sector
    role = kb.role_on(kb.people[person.name], on)
    return role.sector if role is not None else None


def dominant_country(kb: KnowledgeBase, text: str, actors_at: list[tuple[int, str, str]]) -> str | None:
    """The country a document is about: its dateline's ("NAIROBI — ..."), when the dateline names exactly
    one; else the country named at least ``_MIN_NAMED`` times and at least ``_DOMINANCE`` times as often as
    any other. None when no country clearly dominates (a story about two countries has no main one)."""
    dateline = _DATELINE.match(text)
    if dateline:
        keys = {h.entries[0].key for h in kb.find(dateline.group(1).title())
                if h.entries[0].kind in ("country", "capital", "metonym", "demonym")}
        if len(keys) == 1:
            return keys.pop()
    return dominant_country_of(actors_at, _DOMINANCE)


def dominant_country_of(actors_at: Sequence[tuple[int, str, str]], dominance: float) -> str | None:
    """The country of ``actors_at`` named at least ``_MIN_NAMED`` times and at least ``dominance`` times as often
    as any other; None when none is."""
    counts = Counter(key for _, kind, key in actors_at if kind == "country")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_NAMED:
        return None
    if len(ranked) > 1 and ranked[0][1] < dominance * ranked[1][1]:
        return None
    return ranked[0][0]
