"""Targets named by the thing an attack hits or a seizure takes: "attacked a military base outside X", "torched a
school in Y province", "seized the oil fields from Z", "the assault on the W-held quarter".

News often names the object of a material act by a facility or a thing rather than by an actor. An expert codes
the target as whoever holds or owns it, or, when only its place is named, as the country of that place with the
thing's sector (a base is the military's, a school education's, a mosque religion's, a market civilians'). The
search (one of ``targets.TARGET_SEARCHES``) reads only the target slot of an act whose type hits or takes
(``facilities.json`` ``act_types``): the direct object, a passive subject, the target prepositions of the trigger
or of its event noun. In that slot, in order:

1. the holder named with the thing: "the ISIS-held area", "a camp run by the rebels", "a bus carrying soldiers"
   (the owner by "of" or a possessive, "a depot of the Syrian army", is already the slot's own actor:
   ``MentionIndex.actors``);
2. for a facility, the "from" of a seizure: "seized the oil fields near X from Kurdish fighters";
3. for a facility, the one country of the places named in its own phrase or the trigger's ("in", "near",
   "outside", "at": a place the sentence's actors name, else the offline gazetteer's), with the facility's sector;
   never for an embassy (``owner_only``: where it stands is not whose it is);
4. else nothing: no country is guessed from the document.

A place in another clause never lends its country, nor does a thing outside the slot ("built a school", "attacked
the newspaper" are no facility targets: building hits nothing, a newspaper is not in the list).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.word_files import read_word_file
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import agent_of, object_of, passive_subject_of, prep_objects, shared_object
from bilateral.models import Actor, Mention

PLACED = 0.75
"""Confidence of a facility coded by the country of its place: as sure as a town read as its country."""
_NO_SECTOR = "-"
_HOLDER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod", "poss"})
"""How the name before "-held" hangs on it ("ISIS-held": npadvmod or compound)."""
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
"""How an owner's name hangs on the thing it owns ("Palestinian homes", "Kenya's embassy")."""
_SLOT_PREPS = frozenset({"on", "at", "against", "upon"})
"""Prepositions by which an attack verb or noun names what it hits ("fired on a checkpoint", "an attack on a base")."""
_OTHER_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct"})
"""Parts of a place phrase that are no longer that place ("in X, where Y ...")."""


@dataclass(frozen=True, slots=True)
class FacilityRules:
    """``data/lexicon/facilities.json``: facility nouns by sector, and the words that name their holder."""

    act_types: frozenset[str]
    nouns: Mapping[tuple[str, ...], str | None]
    owner_only: frozenset[tuple[str, ...]]
    place_preps: frozenset[str]
    holder_words: frozenset[str]
    owner_participles: Mapping[str, str]
    seizure_verbs: frozenset[str]

    def sector_of(self, noun: Token) -> tuple[bool, str | None, bool]:
        """Whether ``noun`` heads a facility phrase, its sector (None: the country as a whole), and whether it is
        placed by where it stands (False for an embassy). The longest entry ending in the noun's lemma wins
        ("police station" over "station"), its words taken from the compounds and adjectives before it."""
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss") and c.i < noun.i]
        words = [w.lower_ for w in noun.doc[min((c.i for c in mods), default=noun.i):noun.i]
                 if w.dep_ != "case" and w.text not in ("-", "–")]
        head = noun.lemma_.lower()
        for k in range(len(words), -1, -1):
            cand = (*words[len(words) - k:], head)
            if cand in self.owner_only:
                return True, None, False
            if cand in self.nouns:
                return True, self.nouns[cand], True
        return False, None, False


def _facility_rules(data: Any) -> FacilityRules:
    """The facility rules of the JSON of ``facilities.json``."""
    nouns: dict[tuple[str, ...], str | None] = {}
    for sector, words in data["nouns"].items():
        for word in words:
            nouns[tuple(word.lower().split())] = None if sector == _NO_SECTOR else sector
    return FacilityRules(
        act_types=frozenset(data["act_types"]), nouns=nouns,
        owner_only=frozenset(tuple(w.lower().split()) for w in data["owner_only"]),
        place_preps=frozenset(data["place_preps"]), holder_words=frozenset(data["holder_words"]),
        owner_participles=dict(data["owner_participles"]), seizure_verbs=frozenset(data["seizure_verbs"]))


@lru_cache(maxsize=1)
def load_facility_rules() -> FacilityRules:
    """The packaged facility rules, read and checked once per process."""
    return read_word_file("facilities.json", "facility rules", _facility_rules)


def facility_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon,
                     others: frozenset[int] = frozenset(), home: str | None = None) -> list[Mention]:
    """The target a hit-or-take act names by a thing in its target slot (see the module); empty when none.
    ``others`` (the sentence's other triggers) is part of every target search's signature; the slot is the act's
    own, so no other event's clause is read here. ``home``, a country the caller knows the act took place in
    (``home_facilities``), places a facility of a sector that no place names."""
    rules = load_facility_rules()
    if load_codes().get(frame.cameo).plover not in rules.act_types:
        return []
    for noun in _slot_nouns(frame, lexicon):
        held = _holders(noun, index, rules)
        if held is not None:  # a holder is named: it is the target, or, unknown, no other is guessed
            return held
        facility, sector, placed = rules.sector_of(noun)
        if not facility:
            continue
        own = _owners(noun, index, lexicon)
        if own:
            return own
        if frame.trigger.lemma_.lower() in rules.seizure_verbs and frame.trigger.pos_ == "VERB":
            taken_from = [m for p in prep_objects(frame.trigger, frozenset({"from"})) for m in index.actors(p)]
            if taken_from:
                return taken_from
        if not placed:
            return []
        found = _placed(noun, frame.trigger, sector, index, rules, home if sector is not None else None)
        return [found] if found is not None else []
    return []


def _slot_nouns(frame: Frame, lexicon: Lexicon) -> list[Token]:
    """The nouns of the act's target slot, in order: direct object (and its conjuncts), passive subject, objects of
    the trigger's target prepositions, and those of its event noun ("launched an attack on a base")."""
    trigger = frame.trigger
    preps = frozenset(frame.entry.preps | _SLOT_PREPS)
    out: list[Token] = []
    if trigger.pos_ in ("VERB", "AUX"):
        relative = lexicon.rules.relative_pronouns
        dobj = object_of(trigger, relative) or shared_object(trigger)
        if dobj is not None:  # also an entry's own object noun: "attack" + "bus" codes 180 and hits the bus
            out.append(dobj)
            out.extend(c for c in dobj.children if c.dep_ == "conj")
        subj = passive_subject_of(trigger, relative)
        if subj is not None:
            out.append(subj)
        out.extend(prep_objects(trigger, preps))
    for word in frame.words:
        if word.pos_ in ("NOUN", "PROPN"):
            out.extend(prep_objects(word, preps))
    return [t for t in out if t.pos_ in ("NOUN", "PROPN")]


def _owners(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The actors the thing's own words name as its owner: "a depot of the Syrian army", "the army's depot",
    "Palestinian homes", "the embassy of Turkey". A bare country or town reached otherwise (an apposition the
    parser hangs on the thing, "the village of X") says where it is, not whose: the place rule reads it."""
    modifiers = {c.i for c in noun.children if c.dep_ in _OWNER_DEPS}
    of_owner = noun.lemma_.lower() not in lexicon.rules.place_nouns
    out = []
    for mention in index.actors(noun):
        head = index.head_of(mention)
        if not _bare_place(mention) or head.i == noun.i or head.i in modifiers or (
                of_owner and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == noun.i):
            out.append(mention)
    return out


def _bare_place(mention: Mention) -> bool:
    """A country or a town read as its country: where a thing is, not who holds it."""
    return mention.actor.kind == "state" and mention.actor.sector is None


def _holders(noun: Token, index: MentionIndex, rules: FacilityRules) -> list[Mention] | None:
    """Who holds the thing or place, named with it: "the ISIS-held area", "the town controlled by the rebels",
    "a bus carrying soldiers"; an empty list when the words name a holder no actor covers ("a bus carrying
    pilgrims": not the place's civilians as such), None when they name none. A sector word before "-held"
    ("rebel-held") is the actor pass's (agents.py)."""
    named: list[Mention] | None = None
    for child in noun.children:
        word = child.lower_
        if child.dep_ in ("amod", "compound") and word in rules.holder_words and child.i < noun.i:
            holders = [c for c in child.children if c.dep_ in _HOLDER_DEPS and c.i < child.i]
            found = [m for c in holders for m in index.actors(c)]
        elif child.dep_ == "acl" and word in rules.owner_participles:
            link = rules.owner_participles[word]
            if link == "by":
                agent = agent_of(child)
                holders = [agent] if agent is not None else []
            elif link == "object":
                holders = [c for c in child.children if c.dep_ == "dobj"]
            else:
                holders = prep_objects(child, frozenset({link}))
            found = [m for h in holders for m in index.actors(h)]
        else:
            continue
        if found:
            return found
        if holders:
            named = []
    return named


def _placed(noun: Token, trigger: Token, sector: str | None, index: MentionIndex,
            rules: FacilityRules, home: str | None = None) -> Mention | None:
    """The facility as its place's country with its sector: the one country of the places in the noun's own
    phrase, else in that of the event noun it is the object of ("an attack on a station in X"), else in the
    trigger's own ("attacked a base on Monday in northern Mali"), else ``home`` when given."""
    countries: dict[str, tuple[str, float]] = {}
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.head not in (noun, trigger):
        heads.append(noun.head.head)  # "an attack on a station in X": the event noun the slot hangs on
    heads.append(trigger)
    for head in heads:
        preps = rules.place_preps if head == noun else rules.place_preps - {"of"}
        for pobj in prep_objects(head, preps):
            _countries_of(pobj, index, countries)
        if countries:
            break
    if not countries and home is not None:
        _home_country(home, countries)
    if len(countries) != 1:
        return None
    code, (name, confidence) = next(iter(countries.items()))
    doc = noun.doc
    start = noun.left_edge.i if noun.left_edge.i <= noun.i else noun.i
    while doc[start].dep_ == "det" or doc[start].is_punct:
        start += 1
    span = doc[start:noun.i + 1]
    actor = Actor(text=span.text, name=name, code=code + (sector or ""), country=code, sector=sector,
                  kind="group" if sector else "state")
    return Mention(actor, span.start, span.end, span.start_char, span.end_char, min(confidence, PLACED), "facility")


def _countries_of(pobj: Token, index: MentionIndex, countries: dict[str, tuple[str, float]]) -> None:
    """Add the countries a place phrase names ("outside the capital X", "in Y province", "in Z's north"):
    the actors that cover its words, else the gazetteer's one country for a proper name no actor covers."""
    stack = [pobj]
    while stack:
        tok = stack.pop()
        mention = index.at(tok)
        if mention is not None and mention.actor.kind == "state" and mention.actor.country is not None:
            countries.setdefault(mention.actor.country, (mention.actor.name, mention.confidence))
        elif mention is None and tok.pos_ == "PROPN" and not (
                tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1):
            _gazetteer_country(tok, countries)
        stack.extend(c for c in tok.children if c.dep_ not in _OTHER_CLAUSE or (c.dep_ == "conj" and tok == pobj))


def _home_country(code: str, countries: dict[str, tuple[str, float]]) -> None:
    """Add a country known by its code, named as the gazetteer names it."""
    from bilateral.places.gazetteer import Gazetteer

    place = Gazetteer.load().country(code)
    countries[code] = (place.name if place is not None else code, PLACED)


def _gazetteer_country(last: Token, countries: dict[str, tuple[str, float]]) -> None:
    """The one country the gazetteer gives the run of proper nouns ending at ``last`` ("Nangarhar" in "in
    Nangarhar province"), added to ``countries``; nothing for a name of several countries or none."""
    from bilateral.places.gazetteer import Gazetteer

    doc, start = last.doc, last.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].head.i in (start, last.i):
        start -= 1
    gazetteer = Gazetteer.load()
    found = {p.country for p in gazetteer.lookup(doc[start:last.i + 1].text) if p.precision in ("city", "admin1")}
    if len(found) == 1 and None not in found:
        country = str(next(iter(found)))
        place = gazetteer.country(country)
        countries.setdefault(country, (place.name if place is not None else country, PLACED))
