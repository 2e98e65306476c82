"""Protests told by their noun alone, aimed at the story's own state: "a year since the first
street protests against the president began", "the protests of the regime that led to civil war".

A protest noun (an event noun whose entry is PLOVER PROTEST) that names no one who protests but names whom it is
against, the state of the story (its government, its ruler, or the state itself, as the "against" object of the
noun, or as its "of" object when that is a state actor: "protests of the regime"), is the protest of that
state's own people (``CVL``): in a story whose earlier acts all took place within one country
(``implied.story_country``), a protest against that country's rulers with no doer named is its civilians'.

Not when:

- the noun has an owner or an actor in its own words ("the students' protests", "Chilean protests against Peru",
  "their protests"): they say who protests; nor when a frame already codes it ("students held protests");
- whom it is against is no state actor ("protests against the new law": ``protested_measures``' measures), or a
  state other than the story's one country ("protests against Russia" in a story about Belarus: its people abroad
  or anyone may protest);
- the sentence names an actor of another country ("thousands marched in Paris in protests against X"): the
  protest may be held abroad, by others;
- the noun tells no protest held: one asked for, warned against, threatened or denied ("called for protests
  against X", "the threat of protests", "no protests against X");
- the story told no earlier act, or acts in two countries.

Cheap: it only runs when the story has one country, and reads the nouns the lexicon codes as protests.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import story_country
from bilateral.events.lexicon import Lexicon
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import prep_objects
from bilateral.models import Actor, Event, Mention

__all__ = ["protests_against_rulers"]

AIMED_PROTEST = 0.8
"""Confidence of a protest whose protesters come from whom it is against and the story's country, not from the
noun's own words: as sure as a protest defying the sentence's force (``protests_against_force``)."""
_RULERS = frozenset({"GOV"})
"""Sectors of a state's rulers whom its people protest against (a state named alone, with no sector, counts too)."""
_AGAINST = frozenset({"against"})
_OF = frozenset({"of"})
_SETTINGS = frozenset({"of", "after", "since", "during", "amid", "following"})
"""Prepositions under which a protest noun tells protests held: time, setting, or what they began or led to."""
_PEOPLE = "CVL"
_PROTEST = "PROTEST"


def protests_against_rulers(sent: Doc, frames: Sequence[Frame], index: MentionIndex,
                            earlier: Sequence[Event], lexicon: Lexicon) -> list[Frame]:
    """Frames for ownerless protest nouns aimed at the rulers of the story's one country (see the module)."""
    if not earlier:
        return []
    country: str | None = None
    codes = load_codes()
    taken = {f.trigger.i for f in frames} | {w.i for f in frames for w in f.words}
    found: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.i in taken or index.at(noun) is not None \
                or not lexicon.lookup("noun", noun.lemma_.lower()):
            continue
        entry = noun_entry(noun, noun_entries(noun, lexicon))
        if entry is None or codes.get(entry.cameo).plover != _PROTEST:
            continue
        if not _told_as_held(noun, lexicon):
            continue
        rulers = _protested_rulers(noun, index)
        if not rulers or _owned(noun, rulers, index):
            continue
        country = country or story_country(earlier)
        if country is None:
            return found
        if {m.actor.country for m in rulers} != {country} or _names_another_country(sent, country, index):
            continue
        people = Actor(text=noun.text, name=country, code=country + _PEOPLE, country=country, sector=_PEOPLE,
                       kind="group")
        source = Mention(people, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), 1.0, "protest")
        found.append(Frame(noun, [noun], entry, entry.cameo, [source], rulers, AIMED_PROTEST, False, False, noun))
    return found


def _told_as_held(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the noun tells protests that took place: the subject of its clause ("protests against X spread"), or
    the object of a preposition of time or setting ("after protests against X") or of "of" under a word that is no
    act of its own ("the start of protests against X"). Not a protest asked for, warned against, threatened or
    denied ("called for protests", "warned against protests", "the threat of protests", "no protests")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SETTINGS:
        return False
    return prep.lower_ != "of" or (prep.head.pos_ == "NOUN" and not lexicon.lookup("noun", prep.head.lemma_.lower()))


def _protested_rulers(noun: Token, index: MentionIndex) -> list[Mention]:
    """The state actors a protest noun is against: its "against" object, or its "of" object when that names a
    state's rulers ("protests of the regime"; "protests of students" name who protests, no state)."""
    against = [m for pobj in prep_objects(noun, _AGAINST) for m in index.actors(pobj)]
    aimed = against or [m for pobj in prep_objects(noun, _OF) for m in index.actors(pobj)]
    rulers = [m for m in aimed if m.actor.country and (m.actor.sector in _RULERS or m.actor.sector is None)]
    return rulers if len(rulers) == len(aimed) else []


def _owned(noun: Token, rulers: Sequence[Mention], index: MentionIndex) -> bool:
    """Whether the noun says who protests: an owner ("their protests", "the students' protests") or an actor in its
    words other than whom it is against ("Chilean protests against Peru")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    aimed = {(m.start, m.end) for m in rulers}
    return any((m := index.at(t)) is not None and (m.start, m.end) not in aimed for t in noun.subtree)


def _names_another_country(sent: Doc, country: str, index: MentionIndex) -> bool:
    """Whether the sentence names an actor of a country other than ``country`` (a place abroad, a foreign state)."""
    return any((m := index.at(t)) is not None and m.actor.country not in (None, country) for t in doc_tokens(sent))
