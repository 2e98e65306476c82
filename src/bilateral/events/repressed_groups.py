"""A crackdown on a country's own people told with no doer: "the president mourned the crackdown against the
jailed leader's party supporters", "the repression of Belarus's opposition drew protests".

A crackdown or repression (``nouns`` in ``data/lexicon/repressed_groups.json``) is only ever a state's act on
its own people: when the noun names no doer (no possessor, no "by" phrase, no actor modifier, so no frame of the
lexicon's was built on it) and its "on" / "against" / "of" object is people of one country who are no state body
(opposition, party, civilians, press, NGOs: ``sectors``), the act is that country's government's, aimed at them
(CAMEO ``cameo``, violent repression). The people's country must be in their own words ("Venezuelan
journalists", a party the dictionary knows), not lent by the story to a bare noun ("a crackdown on women"). The
doer is an inference, so its mention's confidence is ``IMPLIED``.

Not fired: a crackdown with a doer ("the police crackdown on X", "the junta's crackdown": the nominal frames code
it), one on a state body ("a crackdown on the army"), on people of no country named ("a crackdown on protesters",
"on women" in a story of one country) or on no one ("a crackdown on corruption"), and one not told as having
happened ("a crackdown could follow").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, SAID
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.nominal_clause import governing_clause
from bilateral.events.roles import prep_objects
from bilateral.events.word_files import read_word_file
from bilateral.models import Actor, CameoCode, Mention
from bilateral.nlp import doc_tokens

__all__ = ["repressed_groups"]

_STORY_COUNTRY = "document"
"""How a bare group noun ("women", "students") given the story's country is resolved: its words name no
country, and a doer read off a country the words do not name would be a guess on a guess."""


@dataclass(frozen=True, slots=True)
class RepressionWords:
    """``data/lexicon/repressed_groups.json``."""

    nouns: frozenset[str]
    preps: frozenset[str]
    sectors: frozenset[str]
    sector: str
    cameo: CameoCode


def _words(data: Any) -> RepressionWords:
    return RepressionWords(frozenset(data["nouns"]), frozenset(data["preps"]), frozenset(data["sectors"]),
                           str(data["sector"]), CameoCode(str(data["cameo"])))


@functools.lru_cache(maxsize=1)
def repression_words() -> RepressionWords:
    """The repression words, read once."""
    return read_word_file("repressed_groups.json", "repression words", _words)


def repressed_groups(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """Frames for the doerless crackdowns of the sentence on one country's people, as that country's
    government's (see the module)."""
    words = repression_words()
    nouns = [t for t in doc_tokens(sent) if t.pos_ == "NOUN" and t.lemma_.lower() in words.nouns]
    if not nouns:
        return []
    taken = {w.i for f in frames for w in f.words}
    by_trigger = {f.trigger.i: f for f in frames}
    out: list[Frame] = []
    for noun in nouns:
        if noun.i in taken or _has_doer(noun, index):
            continue
        targets = _repressed(noun, index, words)
        countries = {t.actor.country for t in targets}
        if not targets or len(countries) != 1 or None in countries:
            continue
        country = str(next(iter(countries)))
        actor = Actor(text=noun.text, name=country, code=country + words.sector, country=country,
                      sector=words.sector, kind="state")
        source = Mention(actor, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), IMPLIED, "implied")
        clause = governing_clause(noun, by_trigger, lexicon.rules)  # "a crackdown could follow": hedged there
        if event_modality(clause or noun, source, index, lexicon.rules) not in SAID:
            continue
        entry = TriggerEntry("noun", noun.lemma_.lower(), None, frozenset(), words.preps, words.cameo,
                             frozenset(), 0)
        out.append(Frame(noun, [noun], entry, words.cameo, [source], targets, IMPLIED, False, False, noun,
                         clause=clause))
    return out


def _has_doer(noun: Token, index: MentionIndex) -> bool:
    """The noun's own phrase names someone before it (a possessor, an actor modifier: "the junta's crackdown",
    "a police crackdown") or by a "by" phrase."""
    return any((c.dep_ in ("poss", "compound", "amod", "nmod") and index.actors(c))
               or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


def _repressed(noun: Token, index: MentionIndex, words: RepressionWords) -> list[Mention]:
    """The people of the noun's "on" / "against" / "of" phrase that are no state body: the object's own mention or
    its name modifier's ("the leader's Brotherhood supporters" are the Brotherhood, not the leader whose they are)."""
    found: list[Mention] = []
    for pobj in prep_objects(noun, words.preps):
        for member in (pobj, *pobj.conjuncts):
            own = index.at(member) or next((index.at(c) for c in member.children
                                            if c.dep_ == "compound" and index.at(c) is not None), None)
            if own is not None and own.actor.sector in words.sectors and own.resolved_by != _STORY_COUNTRY \
                    and own not in found:
                found.append(own)
    return found
