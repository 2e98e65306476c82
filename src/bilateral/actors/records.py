"""Records of the actor knowledge base: countries, organisations, people with dated roles, sector words.

These stay inside ``bilateral.actors``; other stages see only ``Actor`` and ``Mention`` (models.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

EntryKind = Literal["country", "demonym", "plural", "capital", "metonym", "org", "person", "people"]


@dataclass(frozen=True, slots=True)
class Country:
    """A state: ISO alpha-3 code (or PSE/XKX) and canonical English name."""

    code: str
    name: str
    independence: dt.date | None = None
    """The day the state came into being by separation, when that was after 1989 ("SSD": 2011-07-09)."""
    parent: str | None = None
    """The state its territory belonged to before (coded as this knowledge base codes it: "SDN")."""

    def holder_on(self, on: dt.date | None) -> str:
        """The state whose territory this was on ``on``: Juba is in Sudan in 2005 and in South Sudan in 2012."""
        if on is not None and self.independence is not None and self.parent is not None and on < self.independence:
            return self.parent
        return self.code


@dataclass(frozen=True, slots=True)
class Organization:
    """An IGO, NGO, armed group, company or state body with a fixed code, valid from ``start`` to ``end``."""

    name: str
    code: str
    country: str | None
    sector: str | None
    kind: str
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, on: dt.date) -> bool:
        """True when this coding applies on ``on`` (open ends are unbounded)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Role:
    """An office a person held: in a country (``country``) or in an international body (``org``)."""

    country: str | None
    org: str | None
    sector: str | None
    office: str
    start: dt.date | None
    end: dt.date | None

    def held_on(self, on: dt.date) -> bool:
        """True when the office was held on ``on`` (both ends inclusive, open end = still in office)."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A named person with every role known for them, merged across people files."""

    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]


@dataclass(frozen=True, slots=True)
class Entry:
    """What a dictionary surface form points to: a country (with an optional sector), an org or a person."""

    kind: EntryKind
    key: str
    """Country code for country-like entries, organisation name for orgs, canonical name for people."""
    sector: str | None = None
    """Sector of a metonym (``Pentagon`` -> MIL); capitals are GOV."""


@dataclass(frozen=True, slots=True)
class SectorWords:
    """The sector vocabulary of data/actors/sectors.json, lower-cased, phrases as token tuples."""

    nouns: dict[tuple[str, ...], str]
    titles: dict[tuple[str, ...], str]
    modifiers: dict[str, str]
    generic_heads: frozenset[str]
    not_in_office: frozenset[str]
    state_nouns: frozenset[str] = frozenset()
    """Heads that make a demonym stand for the state ("an Indian proposal" -> IND)."""
    charge_nouns: frozenset[str] = frozenset()
    """Customs charges and sanctions whose "on" object's demonym owns the goods charged ("tariffs on Brazilian
    beef" -> BRA, whatever the goods are)."""
    war_nouns: frozenset[str] = frozenset()
    """Nouns of a war and of its pause whose hyphenated compound or 'between' phrase names its two sides ("the
    Chad-Sudan war", "a truce between Chad and Sudan"; actors/warring.py)."""
    words: frozenset[str] = field(default_factory=frozenset)
    """Every single word of every noun and title phrase, for the cheap pre-filter."""
    posted_titles: dict[str, str] = field(default_factory=dict)
    """Title heads (-> sector) whose "to X" complement is where the holder serves ("ambassador to the US")."""
    place_nouns: frozenset[str] = frozenset()
    """Nouns whose "of X" complement is a place, never a person ("the towns of Bangassou and Obo")."""
    seat_nouns: frozenset[str] = frozenset()
    """Place nouns for a country's seat of government ("in Gabon's capital"): forces or armed groups placed there may
    be its guests (talks hosted abroad), so they take no country from it; other groups do."""
    portfolio_words: frozenset[str] = frozenset()
    """Words of a state body's field ("the Directorate of Information and Culture"): no country's name."""
    outside_modifiers: frozenset[str] = frozenset()
    """Modifiers that put a generic agent outside the document's country ("foreign diplomats")."""
    thing_objects: frozenset[str] = frozenset()
    """Agent nouns that as a direct object are a thing shared or used ("shared intelligence")."""
    abroad_nouns: frozenset[str] = frozenset()
    """Agent nouns that usually serve abroad ("the embassy", "peacekeepers"): never the document's country."""
    owned_nouns: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Things a country's sector owns, which an act against them targets ("a Syrian army depot", "a military
    base in Nigeria" -> MIL); they are no agents: never a generic agent of their own."""
    owned_heads: frozenset[str] = frozenset()
    phrase_ends: frozenset[str] = frozenset()
    """The last words of ``nouns`` and ``titles``: a word window ending in none of them is no sector phrase."""
    """The last words of ``owned_nouns``: a noun that is none of them owns nothing, and no phrase is built for it."""
    many_country_nouns: frozenset[str] = frozenset()
    """Plural agent nouns that stand for several states ("governments", "nations", "member states"): never one
    document's country; with nothing to place them they are coded with no country (``---GOV``)."""
    removal_nouns: frozenset[str] = frozenset()
    """Nouns for people held ("detainees") who, in a document that tells of deportation (``removal_words``), are
    migrants held for removal (``REF``, no country) rather than the prisoners of the document's country."""
    removal_words: frozenset[str] = frozenset()
    """Words whose presence in a document makes its ``removal_nouns`` migrants ("deported", "deportation")."""
    camp_nouns: frozenset[str] = frozenset()
    """Nouns for camps ("camps") that, in a document where one of ``camp_words`` is written, stand for refugees."""
    camp_words: frozenset[str] = frozenset()
    """Words whose presence in a document makes its ``camp_nouns`` refugees ("refugees", "displaced")."""
    plaintiff_nouns: frozenset[str] = frozenset()
    """Group nouns that a clause bringing a lawsuit makes civil-society plaintiffs ("the groups bringing the suits")."""
    suit_nouns: frozenset[str] = frozenset()
    """Lawsuit nouns whose bringing makes a ``plaintiff_nouns`` group plaintiffs ("lawsuit", "suit", "challenge")."""
    listed_trades: frozenset[str] = frozenset()
    """Plural nouns of people named by their trade ("workers", "teachers", "settlers") who, listed as the ones an act
    is aimed at beside a group with a country ("raids on soldiers, settlers and miners"), are that
    country's civilians (``listed_civilians.py``)."""
    world_acts: frozenset[str] = frozenset()
    """Nouns of reaction ("condemnation", "outcry") that a word for the world at large makes the act of states no
    one names ("drew international condemnation" -> ``---GOV``)."""
    world_modifiers: frozenset[str] = frozenset()
    """Words for the world at large on a ``world_acts`` noun ("international", "global", "worldwide")."""
    body_heads: frozenset[str] = frozenset()
    """Nouns of heading a body with no sector of their own ("head", "chairman"): "X, head of <known body>" acts
    for that body."""
    body_nouns: frozenset[str] = frozenset()
    """Heads of the names of private bodies ("committee", "association"): an office "of" such a body no dictionary
    knows ("chair of the Committee for Clean Rivers in Laos") is the body's, not the state's."""
    name_descriptors: frozenset[str] = frozenset()
    """Nouns that describe a body right before its name ("watchdog", "group"): part of the name's mention."""
    creed_words: frozenset[str] = frozenset()
    """Adjectives of religion or ideology that describe a group before its name ("the Islamist Hamas"): no part
    of a longer name, so the known name after one is found (``names._tail_of_longer_name``)."""
    polity_nouns: dict[str, str] = field(default_factory=dict)
    """Nouns (-> sector) that, definite and singular after a demonym or a country name, name that country's state
    ("the Pakistani state", "the U.S. side" -> GOV); with an "of" complement or a name after them they are places
    ("the Indian state of Kerala", "the Syrian side of the border")."""
    force_nouns: dict[str, str] = field(default_factory=dict)
    """Bare nouns (-> sector) that after a demonym adjective, as a party to an act, name that country's forces
    ("Pakistani security killed three militants" -> PAKMIL); "Pakistan's security" is the state's safety."""
    mixed_set_nouns: frozenset[str] = frozenset()
    """Nouns of a set description ("both forces", "the two parties") whose members, named apart before, may be
    international bodies as well as states: a UN mission's soldiers are forces as a state's army is (actors/sets.py)."""
    personal_opponent_nouns: frozenset[str] = frozenset()
    """Nouns for those who stand against a person at home ("critics"): on a politician's possessive they are that
    politician's country's opposition ("the president's critics"; actors/personal_opponents.py)."""
    relational_nouns: frozenset[str] = frozenset()
    """Nouns for those who stand against someone ("rivals", "enemies"): a country written on them ("Chinese
    rivals", "Iran's foes") is whom they oppose, never their own country."""
    region_bodies: dict[str, str] = field(default_factory=dict)
    """A region's name or demonym -> the organisation it stands for when it acts ("Europe retaliated", "the
    European side refused" -> the European Union); where it only places something ("prices in Europe") it is
    no actor."""
    proper_bodies: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    """A capitalised bare body name ("Congress", "Senate") -> (the country it names when nothing else says which,
    {country: sector} of the countries whose own body or party bears that name)."""

    def noun_sector(self, words: tuple[str, ...]) -> str | None:
        """Sector of a noun phrase given as lower-case words (lemma or text)."""
        return self.nouns.get(words)

    def title_sector(self, words: tuple[str, ...]) -> str | None:
        """Sector of a title phrase given as lower-case words."""
        return self.titles.get(words)
