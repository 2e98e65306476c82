"""Support for a thing the document has told of goes to the parties of that thing.

"The draft treaty now has the backing of Japan", "the plan won support from Japan": who backs a deal, a plan or
a treaty backs its parties, and the sentence does not name them; the document does, in its latest earlier act
whose trigger names the same thing ("Norway wants to conclude a treaty with Chile": Norway and
Chile). The backer is the support noun's "of" or "from" phrase. Nouns and verbs are data
(``data/lexicon/supported_things.json``).

Not coded: a thing the document told of in no earlier act ("the measure has the backing of X" after no act
named a measure), a backer that is itself one of the parties, a thing that is an actor ("India has the backing
of France" is the received-support frame's, events/received.py). The pass runs only on a sentence whose text
holds a support noun (one compiled pattern).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.events.word_files import read_word_file
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import CONTROLLED, DIRECT, Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import prep_objects, subject_of
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import doc_text, doc_tokens

_BACKER_PREPS = frozenset({"of", "from"})
_TOLD = frozenset({"asserted", "alleged", "future"})


@dataclass(frozen=True, slots=True)
class SupportRules:
    """``data/lexicon/supported_things.json``."""

    support_nouns: frozenset[str]
    having_verbs: frozenset[str]
    thing_nouns: frozenset[str]
    gate: re.Pattern[str]
    """The support nouns' forms: a sentence without one is not looked at."""
    thing_kinds: dict[str, str]
    """Each thing noun's kind: nouns of one kind name the same thing ("the deal" ... "the agreement")."""
    act_roots: dict[str, tuple[str, ...]]
    """Kinds whose nouns name any act the story told ("the move", "the decision"), each with the CAMEO roots of the
    acts they name: the latest such act is the thing (``told_things``)."""
    cause_nouns: frozenset[str]
    """A party's cause ("X's plight"): support it receives is support for its possessor (``received``)."""
    place_givers: frozenset[str]
    """Support nouns whose giver may be a place's state ("received support in Washington", ``received``)."""


def _support_rules(data: Any) -> SupportRules:
    """The support words of the JSON of ``supported_things.json``."""
    nouns = frozenset(data["support_nouns"])
    gate = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, nouns))) + r")", re.IGNORECASE)
    kinds = {noun: kind for kind, members in data["thing_kinds"].items() for noun in members}
    roots = {kind: tuple(map(str, codes)) for kind, codes in data["act_roots"].items()}
    return SupportRules(nouns, frozenset(data["having_verbs"]), frozenset(data["thing_nouns"]), gate, kinds,
                        roots, frozenset(data["cause_nouns"]), frozenset(data["place_givers"]))


@lru_cache(maxsize=1)
def load_support_rules() -> SupportRules:
    """The packaged support words, read and checked once per process."""
    return read_word_file("supported_things.json", "support words", _support_rules)


def _thing(noun: Token, rules: SupportRules, lexicon: Lexicon, index: MentionIndex) -> Token | None:
    """The thing that has the support: the subject of the verb the support noun is the object of ("the deal has the
    backing of X", "the plan won support from X"), when it is a thing noun and no actor."""
    verb = noun.head
    if noun.dep_ != "dobj" or (verb.lemma_.lower() not in rules.having_verbs
                               and verb.lemma_.lower() not in lexicon.rules.recipient_verbs):
        return None
    subj = subject_of(verb, lexicon.rules.relative_pronouns)
    if subj is None or subj.lemma_.lower() not in rules.thing_nouns or index.actors(subj):
        return None
    return subj


def _parties(thing: Token, earlier: Sequence[Event]) -> list[Actor]:
    """The two sides of the document's latest earlier act whose trigger names the thing ("finalize deal")."""
    forms = {thing.lemma_.lower(), thing.lower_}
    rules = load_support_rules()
    for event in reversed(earlier):
        if event.target is not None and event.modality in _TOLD \
                and forms & set(event.trigger.lower().split()) and event.target.text.lower() not in rules.thing_kinds:
            return [event.source, event.target]
    return []


def supported_things(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                     lexicon: Lexicon) -> list[Frame]:
    """The support frames whose thing is a deal or a plan the document told of: its parties are the targets and
    the noun's "of"/"from" phrase the source (see the module). A frame already on the noun is filled in place (the
    lexicon may have read "the backing of X" as support for X); new frames are returned."""
    rules = load_support_rules()
    if not earlier or not rules.gate.search(doc_text(sent)):
        return []
    held = {f.trigger.i: f for f in frames}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules.support_nouns:
            continue
        thing = _thing(noun, rules, lexicon, index)
        if thing is None:
            continue
        backers = [m for p in prep_objects(noun, _BACKER_PREPS) for m in index.actors(p)]
        parties = _parties(thing, earlier) if backers else []
        codes = {m.actor.code for m in backers}
        entries = lexicon.lookup("noun", noun.lemma_.lower())
        if not parties or any(p.code in codes for p in parties) or not entries:
            continue
        targets = [Mention(replace(p, text=thing.text), thing.i, thing.i + 1, thing.idx, thing.idx + len(thing),
                           COUNTERPART, "party") for p in parties]
        frame = held.get(noun.i)
        if frame is None:
            out.append(Frame(noun, [noun], entries[0], entries[0].cameo, backers, targets, DIRECT * CONTROLLED, False,
                             False, noun, clause=noun.head))
        else:
            frame.sources, frame.targets, frame.clause = backers, targets, noun.head
    return out
