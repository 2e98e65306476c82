"""An exercise that a military force is told taking part in: "Chilean jets flew over the capital in a two-day
exercise", "Peruvian warships sailed along the coast during a drill".

An exercise noun codes a show of force (CAMEO 150) in the lexicon only with a qualifier that makes it military
("a military exercise", "naval drills"): bare, it is as often a fire drill or a budget exercise. A force doing it
stands in for that qualifier: when the noun (``nouns`` in ``data/lexicon/drilling_forces.json``) is the object of
an "in"/"during" phrase (``preps``) on a verb whose subject is an armed force (``sectors``), the exercise is that
force's (no target: a show of force is aimed at no one the words name).

Not fired: a noun that already has a frame (a qualified exercise, "held a drill"), a subject that is no force
("students took part in a fire drill", "the ministry, in an exercise in cost cutting"), an exercise "of"
something ("in the exercise of its rights"), and one not told as having happened ("jets could fly in a drill").
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
from bilateral.events.roles import subject_of
from bilateral.events.word_files import read_word_file
from bilateral.models import CameoCode, Mention
from bilateral.nlp import doc_tokens

__all__ = ["drilling_forces"]

_CONFIDENCE = IMPLIED
"""The exercise's military sense is inferred from its doer, not said by its own words (``implied.IMPLIED``)."""


@dataclass(frozen=True, slots=True)
class DrillWords:
    """``data/lexicon/drilling_forces.json``."""

    nouns: frozenset[str]
    preps: frozenset[str]
    sectors: frozenset[str]
    cameo: CameoCode


def _words(data: Any) -> DrillWords:
    return DrillWords(frozenset(data["nouns"]), frozenset(data["preps"]), frozenset(data["sectors"]),
                      CameoCode(str(data["cameo"])))


@functools.lru_cache(maxsize=1)
def drill_words() -> DrillWords:
    """The exercise words, read once."""
    return read_word_file("drilling_forces.json", "exercise words", _words)


def drilling_forces(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """Frames for the bare exercises the sentence tells a force taking part in, as that force's show of force
    (see the module)."""
    words = drill_words()
    nouns = [t for t in doc_tokens(sent) if t.pos_ == "NOUN" and t.lemma_.lower() in words.nouns]
    if not nouns:
        return []
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in nouns:
        force = None if noun.i in taken else _force(noun, index, lexicon, words)
        if force is None:
            continue
        verb = noun.head.head
        if event_modality(verb, force, index, lexicon.rules) not in SAID:
            continue
        entry = TriggerEntry("noun", noun.lemma_.lower(), None, frozenset(), frozenset(), words.cameo,
                             frozenset({"notarget"}), 0)
        out.append(Frame(noun, [noun], entry, words.cameo, [force], [], _CONFIDENCE, False, True, verb))
    return out


def _force(noun: Token, index: MentionIndex, lexicon: Lexicon, words: DrillWords) -> Mention | None:
    """The armed force that is the subject of the verb whose "in"/"during" phrase holds the noun, if any."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words.preps or prep.head.pos_ != "VERB":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "in the exercise of its rights"
    subj = subject_of(prep.head, lexicon.rules.relative_pronouns)
    if subj is None:
        return None
    mention = next((m for m in index.actors(subj) if m.actor.sector in words.sectors), None)
    return mention
