"""The state behind a charge told in the passive under a law: "X stands accused of sedition under a national
security law", "X was charged under the country's anti-terror act".

A charge (CAMEO 173, ``recoding`` makes "accused of sedition" one) told in the passive with no agent, no place and
no earlier custodian keeps no source and is lost. But a charge brought under a law is brought by the state whose
law it is: the state a country word before the law noun names ("under Kenya's penal code"), else, when no word
before the law names an origin, for a known person (``Actor.person``) of a country, the accused's own state: a law
told with no state of its own ("a national security law", "the anti-terror act") is the one the accused lives
under, as news says of a citizen charged at home. The source is that state's body for the act (``state_acts``:
"accuse" is the judiciary's; the word file's ``charging_verbs`` for "charge", "indict"), as sure as an implied
agent.

Not fired: a charge with an agent ("accused by rivals of sedition") or a source found before (a place, a
custodian), a law met otherwise than as what the charge is under ("accused of breaking the law", "accused of
sedition after the law passed"), an accused of no country or no known person when the law names no state ("two
men were charged under the act": whose act is not said), a law whose capitalised modifier names an origin no
mention reads ("under Ghanaian law": not the accused's), an act that is no state act (a "blamed" that no state
does). The words are data (``charging_laws.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, agentless_passive
from bilateral.events.word_files import read_word_file
from bilateral.models import Actor, Mention

_CHARGE = "173"
"""CAMEO 173 (arrests and charges): the act a law is the ground of."""
_LAW_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
"""How a country word stands before the law noun: "Ugandan law", "Kenya's penal code", "the Kenya penal code"."""


@dataclass(frozen=True, slots=True)
class ChargingLaws:
    """The words of the construction (``charging_laws.json``)."""

    prepositions: frozenset[str]
    law_nouns: frozenset[str]
    charging_verbs: dict[str, str]
    """Verbs of charging with the sector that charges, beyond frames.json ``state_acts``."""


@functools.cache
def load_charging_laws() -> ChargingLaws:
    """The packaged words, read and checked once per process."""
    return read_word_file("charging_laws.json", "charging laws", lambda data: ChargingLaws(
        frozenset(data["prepositions"]), frozenset(data["law_nouns"]), dict(data["charging_verbs"])))


def _law(verb: Token, words: ChargingLaws) -> Token | None:
    """The law noun the charge is brought under: the object of an "under" phrase within the verb's clause (the
    parser often hangs it on the offence: "accused of sedition under a ... law")."""
    for tok in verb.subtree:
        if tok.dep_ == "pobj" and tok.lemma_.lower() in words.law_nouns and tok.head.lower_ in words.prepositions:
            return tok
    return None


def _law_state(law: Token, index: MentionIndex) -> tuple[str | None, bool]:
    """The country a word before the law noun names ("Kenya's penal code"), and whether such a word names some
    origin at all: a capitalised modifier no mention resolves ("under Ghanaian law") names a state not read, so
    the accused's own one cannot stand in; "a Beijing-imposed law" names who imposed it, not whose law it is."""
    named = False
    for child in law.children:
        if child.dep_ in _LAW_MODIFIERS and child.i < law.i:
            mention = index.at(child)
            if mention is not None and mention.actor.country and mention.actor.kind == "state" \
                    and mention.actor.sector is None:
                return mention.actor.country, True
            named = named or child.text[:1].isupper()
    return None, named


def charging_laws(frames: Iterable[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each agentless passive charge under a law the state whose law it is as its source (in place; module
    docstring)."""
    words = load_charging_laws()
    for frame in frames:
        verb = frame.trigger
        sector = rules.state_acts.get(verb.lemma_.lower()) or words.charging_verbs.get(verb.lemma_.lower())
        if frame.cameo != _CHARGE or sector is None or len(frame.targets) != 1 or not agentless_passive(frame):
            continue
        law = _law(verb, words)
        if law is None:
            continue
        patient = frame.targets[0]
        country, named = _law_state(law, index)
        if country is None and not named and patient.actor.person is not None:
            country = patient.actor.country
        if country is None:
            continue
        actor = Actor(text=verb.text, name=country, code=country + sector, country=country, sector=sector,
                      kind="state")
        frame.sources.append(Mention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * patient.confidence, "implied"))
