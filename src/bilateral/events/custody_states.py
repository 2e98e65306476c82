"""The state of being held, told with a linking verb and a place of custody: "X is in custody", "X had been in pretrial
detention since May", "X remains in jail", "X is under house arrest".

No verb of detaining is said, so no detention (CAMEO 173) was coded, yet the sentence says the state holds its
subject. The one held is a known person (``Actor.person``): a count of the held ("1,500 prisoners were in
detention") is a statistic, and a description of no one known ("the resident remains in detention") too loose to say
whose the person is. That person is the subject of the linking verb (or the noun a relative clause on it modifies);
the one who holds is the state body the story's earlier acts say held or charged that person
(``implied.custodian``), else the state of a place the clause names ("in detention in X"), else the state of the
story's one country (``implied.story_country``) when the person is of no other country: a foreigner held abroad is
another state's. The holding sector is that of the custody verb each noun stands for (``state_acts`` in
frames.json).

Not fired: a verb that is no linking verb ("died in custody", "spent years in prison", "a meeting held in a
prison"), custody that names its holder ("in the custody of the rebels": whoever holds them, not the state), a noun
already coded, a subject that is no actor or no known person, a story of two countries with no custodian or place
told. The linking verb's clause says whether it happened ("may be in custody"). The words are data
(``custody_states.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.implied import IMPLIED, custodian, place_country, story_country
from bilateral.events.lexicon import FrameRules, TriggerEntry
from bilateral.events.roles import subject_of
from bilateral.events.word_files import read_word_file
from bilateral.models import Actor, CameoCode, Event, Mention

_DETAIN = CameoCode("173")
"""CAMEO 173: arresting or detaining someone."""
_HOLDER_PREPS = frozenset({"of", "by"})
"""Prepositions by which a custody noun names its holder ("in the custody of the rebels")."""


@dataclass(frozen=True, slots=True)
class CustodyStates:
    """The words of the construction (``custody_states.json``)."""

    linking: frozenset[str]
    places: Mapping[str, Mapping[str, str]]
    """Preposition -> custody noun lemma -> the ``state_acts`` verb whose sector holds people there."""
    nouns: frozenset[str]


@functools.cache
def load_custody_states() -> CustodyStates:
    """The packaged words, read and checked once per process."""
    return read_word_file("custody_states.json", "custody states", _build)


def _build(data: Any) -> CustodyStates:
    """The record of the file's JSON."""
    places = {str(prep): {str(noun): str(act) for noun, act in nouns.items()} for prep, nouns in data["places"].items()}
    return CustodyStates(frozenset(data["linking"]), places, frozenset(n for nouns in places.values() for n in nouns))


def _linking_verb(noun: Token, words: CustodyStates) -> Token | None:
    """The linking verb a custody noun's phrase is the complement of ("is in custody"); None for any other use."""
    prep = noun.head
    verbs = words.places.get(prep.lower_)
    if noun.dep_ != "pobj" or verbs is None or noun.lemma_.lower() not in verbs or prep.dep_ != "prep" \
            or any(c.dep_ == "prep" and c.lower_ in _HOLDER_PREPS for c in noun.children):
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in words.linking else None


def holding_state(patient: Mention, word: Token, places: Sequence[Token], sector: str | None, index: MentionIndex,
                  earlier: Sequence[Event]) -> Actor | None:
    """The state body holding or restraining ``patient`` (said with ``word``): the custodian the story told, else
    the state of a place the ``places`` words name, else the story's one country for a patient of no other (module
    docstring), acting through ``sector``; None when the story does not tell it."""
    if (told := custodian(patient.actor, earlier)) is not None:
        return told.source
    country = next((c for word in places if (c := place_country(word, index)) is not None), None)
    if country is None and (home := story_country(earlier)) is not None and patient.actor.country in (None, home):
        country = home
    if country is None or sector is None:
        return None
    return Actor(text=word.text, name=country, code=country + sector, country=country, sector=sector,
                 kind="state")


def custody_states(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                   rules: FrameRules) -> list[Frame]:
    """The detentions (173) by the holding state of the subjects the sentence says are in custody (module
    docstring)."""
    words = load_custody_states()
    if words.nouns.isdisjoint(doc_lemmas(sent)):
        return []
    nouns = [t for t in doc_tokens(sent) if t.lemma_.lower() in words.nouns]
    if not nouns:
        return []
    coded = {w.i for frame in frames for w in frame.words}
    out: list[Frame] = []
    for noun in nouns:
        verb = _linking_verb(noun, words) if noun.i not in coded else None
        subj = subject_of(verb, rules.relative_pronouns) if verb is not None else None
        if verb is None or subj is None:
            continue
        act = words.places[noun.head.lower_][noun.lemma_.lower()]
        for patient in index.actors(subj):
            if patient.actor.person is None:
                continue  # "1,500 prisoners were in detention": a count, no act on anyone known
            holder = holding_state(patient, noun, [verb, noun], rules.state_acts.get(act), index,
                                   earlier)
            if holder is None or holder.code == patient.actor.code:
                continue
            source = Mention(holder, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun),
                             IMPLIED * patient.confidence, "implied")
            entry = TriggerEntry("noun", noun.lemma_.lower(), None, frozenset(), frozenset(), _DETAIN,
                                 frozenset(), 0)
            out.append(Frame(noun, [noun], entry, _DETAIN, [source], [patient], DIRECT, False, False, verb))
    return out
