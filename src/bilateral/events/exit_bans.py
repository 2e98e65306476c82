"""A person kept from leaving their country: "X is still not allowed to leave the country", "X was barred from leaving
the country", "X is banned from travelling abroad".

An exit ban is a restriction the state puts on the person (CAMEO 172, as a travel ban is), though no one is said
to impose it: a negated permission ("not allowed", "not permitted") codes no act at all, and a passive bar names no
agent. The one restrained is a known person (``Actor.person``), the passive subject; the one who restrains is the
state body the story says held or charged them, else the story's one country for a person of no other
(``custody_states.holding_state``): a country bars its own people from leaving, so what is left is their own
country ("the country", "abroad"), never a named other one (entering another country is ``entry_bans``).

Not fired: a permission not negated ("was allowed to leave the country": freed), a verb of going with no own
country ("not allowed to leave the courtroom", "barred from leaving the hotel"), a bar with an agent of its own
("barred by a court from ...": the bar's frame codes it), a bar already given a source or coded as another act, a
hedged clause ("may not be allowed to leave": only a
plain negation is read), a count of people or a group, a story of two countries with no custodian told. The
restriction is said by the negation itself, so its anchor is the left country's word: the permission's own
clause markers are checked here, not by the modality pass (which reads the negation as no act). The words are
data (``exit_bans.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.custody_states import holding_state
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.implied import IMPLIED
from bilateral.events.lexicon import FrameRules, TriggerEntry
from bilateral.events.roles import agent_of, passive_subject_of
from bilateral.events.word_files import read_word_file
from bilateral.models import CameoCode, Event, Mention

_RESTRICT = CameoCode("172")
"""CAMEO "impose administrative sanctions": restrictions on movement."""
_HEDGES = frozenset({"aux", "auxpass", "mark", "advmod"})


@dataclass(frozen=True, slots=True)
class ExitBans:
    """The words of the construction (``exit_bans.json``)."""

    permitting: frozenset[str]
    barring: frozenset[str]
    leaving: frozenset[str]
    places: frozenset[str]
    abroad: frozenset[str]
    sector: str


@functools.cache
def load_exit_bans() -> ExitBans:
    """The packaged words, read and checked once per process."""
    return read_word_file("exit_bans.json", "exit bans", _build)


def _build(data: Any) -> ExitBans:
    """The record of the file's JSON."""
    permitting, barring, leaving, places, abroad = (frozenset(data[k]) for k in (
        "permitting", "barring", "leaving", "places", "abroad"))
    return ExitBans(permitting, barring, leaving, places, abroad, str(data["sector"]))


def _leaves_own_country(going: Token, words: ExitBans) -> Token | None:
    """The word of the own country a verb of going leaves ("leave the country", "travel abroad"), else None."""
    if going.lemma_.lower() not in words.leaving:
        return None
    return next((c for c in going.children if (c.dep_ == "dobj" and c.lemma_.lower() in words.places)
                 or (c.dep_ == "advmod" and c.lower_ in words.abroad)), None)


def _restraint(going: Token, words: ExitBans, rules: FrameRules) -> Token | None:
    """The passive verb that keeps its subject from ``going``: a negated permission ("is still not allowed to leave") or
    a bar ("was barred from leaving"), plainly said (no modal, no agent); None otherwise."""
    if going.dep_ == "xcomp":
        verb = going.head
        negated = any(c.dep_ == "neg" for c in verb.children)
        if not (verb.lemma_.lower() in words.permitting and negated) \
                and not (verb.lemma_.lower() in words.barring and not negated):
            return None
    elif going.dep_ == "pcomp" and going.head.lower_ == "from":
        verb = going.head.head
        if verb.lemma_.lower() not in words.barring or any(c.dep_ == "neg" for c in verb.children):
            return None
    else:
        return None
    if agent_of(verb) is not None or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ in _HEDGES and c.lower_ in rules.hypothetical_aux | rules.future_aux for c in verb.children):
        return None
    return verb


def exit_bans(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
              rules: FrameRules) -> list[Frame]:
    """The restrictions (172) by the person's state on the known persons the sentence says may not leave their
    country (module docstring)."""
    words = load_exit_bans()
    if words.leaving.isdisjoint(doc_lemmas(sent)):
        return []
    goings = [t for t in doc_tokens(sent) if t.lemma_.lower() in words.leaving]
    if not goings:
        return []
    out: list[Frame] = []
    for going in goings:
        place = _leaves_own_country(going, words)
        verb = _restraint(going, words, rules) if place is not None else None
        subj = passive_subject_of(verb, rules.relative_pronouns) if verb is not None else None
        if place is None or verb is None or subj is None:
            continue
        bar = next((frame for frame in frames if frame.trigger.i == verb.i), None)
        if bar is not None and (bar.sources or bar.cameo != _RESTRICT):
            continue
        for patient in index.actors(subj):
            holder = holding_state(patient, verb, [], words.sector, index, earlier) \
                if patient.actor.person is not None else None
            if holder is None or holder.code == patient.actor.code:
                continue
            source = Mention(holder, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                             IMPLIED * patient.confidence, "implied")
            if bar is not None:  # "was barred from leaving the country": the bar's own frame, with no agent
                bar.sources.append(source)
                continue
            entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), _RESTRICT,
                                 frozenset(), 0)
            out.append(Frame(verb, [verb, going], entry, _RESTRICT, [source], [patient], DIRECT, False, False,
                             place))
    return out
