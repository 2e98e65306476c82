"""Relief told as sent in the passive with no agent, in a story of an attack on one country's civilians:
"Gunmen opened fire on a market in X ... Police, ambulances and a rescue team were dispatched to the scene".

News of an attack tells the state's help to the victims by the help alone: the ambulances, medics or rescue crews
(``relief_nouns``, or a noun a ``relief_modifiers`` word qualifies: "a rescue train", "medical teams") that "were
sent" or "had been dispatched" (``sending_verbs``). With no ``by`` agent, the sender is the state the story happens
in (``implied.story_country``: every earlier act took place in that one country) and the help is its aid (CAMEO 073)
to that country's civilians, whom the story's earlier asserted or alleged attacks struck (PLOVER ASSAULT on a
civilian target of that country by someone else). The forces sent beside the help keep their own deployment
(``deployed_forces``); the aid is a second act of the same verb. Words are data (``data/lexicon/sent_relief.json``);
only the passive subject of a sending verb, and the nouns listed with it, are looked at, and, as for any act,
only in a sentence the trigger pre-filter lets be parsed.

Not coded: help with an agent ("sent by the Red Cross": that actor's act, left to the frames), help sent in a story
of two countries or of no attack on civilians (a flood's rescuers, a war's convoys: whose help it is, and to whom,
is open), a sentence that names an actor of another country (the help may be that country's, or sent to it),
things that are no help ("troops were dispatched", "a letter was sent"), and help whose sending is hedged or denied
("ambulances could be sent").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, SAID, story_country
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.roles import agent_of, is_passive
from bilateral.events.word_files import read_word_file
from bilateral.models import Actor, CameoCode, Event, Mention
from bilateral.nlp import doc_tokens

__all__ = ["sent_relief"]

_PATIENTS = frozenset({"nsubjpass"})
_RUN_DEPS = frozenset({"conj", "appos"})
_GOVERNMENT = "GOV"
_CIVILIANS = "CVL"
_ATTACK = "ASSAULT"


@dataclass(frozen=True, slots=True)
class ReliefWords:
    """``data/lexicon/sent_relief.json``."""

    relief_nouns: frozenset[str]
    relief_modifiers: frozenset[str]
    sending_verbs: frozenset[str]
    cameo: CameoCode


def _relief_words(data: Any) -> ReliefWords:
    return ReliefWords(frozenset(data["relief_nouns"]), frozenset(data["relief_modifiers"]),
                       frozenset(data["sending_verbs"]), CameoCode(str(data["cameo"])))


@lru_cache(maxsize=1)
def relief_words() -> ReliefWords:
    """The sent-relief words, read once."""
    return read_word_file("sent_relief.json", "sent-relief words", _relief_words)


def sent_relief(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                lexicon: Lexicon) -> list[Frame]:
    """Aid frames (073) of the story country's state to its attacked civilians, for the help the sentence tells
    sent in the passive with no agent (see the module)."""
    words = relief_words()
    verbs = [t for t in doc_tokens(sent) if t.pos_ == "VERB" and t.lemma_.lower() in words.sending_verbs]
    if not verbs or not earlier:
        return []
    out: list[Frame] = []
    for verb in verbs:
        patient = next((c for c in verb.children if c.dep_ in _PATIENTS), None)
        relief = next((noun for noun in _listed(patient) if _is_relief(noun, words)), None) \
            if patient is not None else None
        if relief is None or not is_passive(verb) or agent_of(verb) is not None \
                or any(f.trigger.i == verb.i and f.cameo == words.cameo for f in frames):
            continue
        country = story_country(earlier)
        victims = _attacked_civilians(country, earlier) if country is not None else None
        if country is None or victims is None or _names_another(index, country):
            return out
        sender = Actor(text=verb.text, name=country, code=country + _GOVERNMENT, country=country,
                       sector=_GOVERNMENT, kind="state")
        source = Mention(sender, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb), IMPLIED, "implied")
        # pinned to the help, not the verb: the sender and the helped are two parties
        target = Mention(victims, relief.i, relief.i + 1, relief.idx, relief.idx + len(relief), IMPLIED, "implied")
        if event_modality(verb, source, index, lexicon.rules) not in SAID:
            continue
        entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), words.cameo,
                             frozenset(), 0)
        out.append(Frame(verb, [verb], entry, words.cameo, [source], [target], IMPLIED, False, False, verb))
    return out


def _listed(patient: Token) -> list[Token]:
    """The passive subject and the nouns listed with it, which the parser hangs as conjuncts or, in a run of
    commas, as appositions ("police officers, a medical team and ambulances")."""
    out = [patient]
    for noun in out:
        out.extend(c for c in noun.children if c.dep_ in _RUN_DEPS)
    return out


def _is_relief(noun: Token, words: ReliefWords) -> bool:
    """A noun of help sent: a relief noun ("ambulances"), or one a relief word qualifies ("a rescue train")."""
    return noun.lemma_.lower() in words.relief_nouns or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in words.relief_modifiers for c in noun.children)


def _attacked_civilians(country: str, earlier: Sequence[Event]) -> Actor | None:
    """The civilians of ``country`` whom the story's latest earlier asserted or alleged attack by someone else
    struck; None when no such attack was told."""
    return next((e.target for e in reversed(earlier) if e.event_type == _ATTACK and e.modality in SAID
                 and e.target is not None and e.target.country == country and e.target.sector == _CIVILIANS
                 and e.source.code != e.target.code), None)


def _names_another(index: MentionIndex, country: str) -> bool:
    """Whether the sentence names an actor of a country other than the story's own."""
    return any(m.actor.country not in (None, country) for m in index.by_token.values())
