"""An armed group that stops or boards a vehicle with people on it: "the gunmen stopped the bus on the highway",
"militants who boarded the ferry told passengers to stay seated", "They [the attackers] stopped the train".

News tells a hijacking by what the attackers did to the vehicle: they stopped it, boarded it. Done by an armed
group or criminals (``sectors``) in a story that told their attack, that is taking the people on board, CAMEO 181
(the code of the story's "hijacked the train"), on whom their attack struck: the latest earlier attack of that doer
names them ("Rebels attacked a bus ... the gunmen stopped the bus" -> the bus's passengers, its target). A subject
that names no one but is an attacker noun (``attackers``: "the attackers", "the hijackers"; the small model reads a
gloss "They [attackers]" as the nearer subject) stands for the story's attacker, the one doer of its earlier
attacks told with an attack word (``told_attacks.told_as_attack``: not the army's operation against it).

Not when:

- the doer is a state's forces or anyone outside ``sectors``: "police stopped the car" is a check, "soldiers
  boarded the ship" a search;
- the object is no vehicle ("stopped the talks", "boarded a flight" as passengers do: no armed doer);
- the story told no attack by the doer, or attacks by several doers for an attacker noun: whom it struck is open;
- a pronoun or gloss that names no attacker ("They [sic] stopped the bus"): no one is known.

Modality is the verb's own ("said the gunmen stopped the bus": alleged; "did not stop": negated); the act is a
part of the story's attack, so it takes that attack's date when its sentence names none. Cheap: a word test for a
verb of taking a vehicle (``may_seize_vehicle``) before any walk; the pre-filter parses such a sentence after one
that tells an attack, and the coder reads it with no actor named ("the attackers" is no name).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.recalled import recalled_at
from bilateral.events.roles import subject_of
from bilateral.events.told_attacks import story_attacker, told_as_attack
from bilateral.events.word_files import read_word_file
from bilateral.models import Actor, CameoCode, Event, Mention
from bilateral.nlp import doc_lemmas, doc_text, doc_tokens

_HIJACK = CameoCode("181")
"""CAMEO "abduct, hijack, or take hostage"."""
_ASSAULT = "ASSAULT"
_TOLD = frozenset({"asserted", "alleged"})


@dataclass(frozen=True, slots=True)
class SeizedVehicles:
    """The words of the construction (``seized_vehicles.json``)."""

    taking: frozenset[str]
    vehicles: frozenset[str]
    attackers: frozenset[str]
    sectors: frozenset[str]
    taken: re.Pattern[str]
    """A verb of taking with a vehicle as its object, up to two words between: the cheap test."""


@functools.cache
def load_seized_vehicles() -> SeizedVehicles:
    """The packaged words, read and checked once per process."""
    return read_word_file("seized_vehicles.json", "seized vehicles", _build)


def _build(data: Any) -> SeizedVehicles:
    """The record of the file's JSON."""
    taking, vehicles, attackers, sectors = (frozenset(data[k]) for k in ("taking", "vehicles", "attackers", "sectors"))
    taken = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(taking))) + r")\w*\s+(?:\S+\s+){0,2}?(?:"
                       + "|".join(map(re.escape, sorted(vehicles))) + r")s?\b", re.IGNORECASE)
    return SeizedVehicles(taking, vehicles, attackers, sectors, taken)


def may_seize_vehicle(text: str, earlier: Sequence[Event]) -> bool:
    """Cheap test: the sentence may tell a vehicle stopped or boarded, and the document told an attack: the
    pre-filter parses it, and the coder reads it, with no actor named ("The attackers stopped the bus")."""
    return load_seized_vehicles().taken.search(text) is not None and any(told_as_attack(e) for e in earlier)


def _doers(subj: Token, index: MentionIndex, earlier: Sequence[Event], words: SeizedVehicles) -> list[Mention]:
    """The armed doers the subject names, or the story's attacker for an attacker noun that names no one."""
    named = index.actors(subj)
    if named:
        return [m for m in named if m.actor.sector in words.sectors]
    if subj.lemma_.lower() not in words.attackers:
        return []
    doer = story_attacker(earlier)
    if doer is None or doer.sector not in words.sectors:  # no attack told, or by several sides: the doer is open
        return []
    return [recalled_at(doer, subj)]


def _attack(doer: Actor, earlier: Sequence[Event]) -> Event | None:
    """The doer's latest told attack on someone, if the story told one."""
    attacks = [e for e in earlier if e.event_type == _ASSAULT and e.modality in _TOLD and e.target is not None
               and e.source.code == doer.code]
    return attacks[-1] if attacks else None


def seized_vehicles(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                    lexicon: Lexicon) -> list[tuple[Frame, Event]]:
    """The hijackings (181) of the vehicles the story's armed doers stop or board (module docstring), each with
    the doer's attack it is a part of (whose date it takes when its sentence names none)."""
    words = load_seized_vehicles()
    if words.taken.search(doc_text(sent)) is None:
        return []
    if words.taking.isdisjoint(doc_lemmas(sent)):
        return []
    verbs = [t for t in doc_tokens(sent) if t.pos_ == "VERB" and t.lemma_.lower() in words.taking]
    coded = {w.i for frame in frames for w in frame.words}
    out: list[tuple[Frame, Event]] = []
    for verb in verbs:
        vehicle = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.vehicles), None)
        subj = subject_of(verb, lexicon.rules.relative_pronouns) if vehicle is not None else None
        if vehicle is None or subj is None or verb.i in coded:
            continue
        for doer in _doers(subj, index, earlier, words):
            attack = _attack(doer.actor, earlier)
            struck = attack.target if attack is not None else None
            if attack is None or struck is None:
                continue
            target = recalled_at(struck, vehicle)
            entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), _HIJACK, frozenset(), 0)
            out.append((Frame(verb, [verb], entry, _HIJACK, [doer], [target], DIRECT, False, False, verb), attack))
    return out
