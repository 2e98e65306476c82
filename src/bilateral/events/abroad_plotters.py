"""The doers of the story's attack placed in another country by a speaker: "Army sources said the masterminds of
the bombing are based in X", "those behind Friday's raid are hiding in X", "those involved in the attack operate from
X".

News tells a state's blame for an attack on it this way: it does not say who attacked (the story has said so), it
says where the attack's planners or handlers are, in a country other than the speaker's. Placing the doers of the
story's attack abroad is the speaker's accusation (CAMEO 112) of them, the actor that did the document's earlier
attacks (``recalled.perpetrator``), said with the speech verb (asserted on the speaker's own word). The gold codes
it so: docs/gold-guidelines.md, Speech ("plus X->Y 112 when X is blaming Y").

The doers are the subject of a verb of placing (``placing``: "based in", "hiding in", "operate from"), named by
a noun of planning or directing an act whose "of" phrase is the attack (``plotters``: "the handlers of the attack",
"the masterminds of Tuesday's bombing"), or by any subject that the attack follows in a "behind" phrase ("those
behind the raid") or as what it took part in ("those involved in the attack", ``told_attacks.PARTAKING``).

Not when:

- the subject is no doer ("the victims of the attack were based in X", "the train's passengers lived in X");
- the attack is indefinite or another one ("the planners of a previous attack", "of an attack in 2019"), or the
  story told no attack, or its attacks have several doers (``recalled.perpetrator`` finds none);
- the place is the speaker's own country, or names no country ("based in the mountains");
- the placing is denied or hedged ("are not based in X", "may be hiding in X"), or the speech is a belief or a
  denial ("fears that", "denied that": ``blamed.HEARSAY``, ``denial_verbs``), or no named actor speaks.

Cheap: a word test for a verb of placing on the sentence before any walk, then only that verb's subject phrase.
The words are data (``abroad_plotters.json``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.blamed import HEARSAY
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.recalled import perpetrator, recalled_at
from bilateral.events.roles import passive_subject_of, subject_of
from bilateral.events.speech import according_to, speaker_of
from bilateral.events.told_attacks import ANAPHORS, OTHER_ATTACK, PARTAKING
from bilateral.events.word_files import read_word_file, word_sets
from bilateral.models import CameoCode, Event

_ACCUSE = CameoCode("112")
"""CAMEO "accuse, not specified": blaming the attack's doers by placing them abroad."""
_ASSAULT = "ASSAULT"
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_SPEECH_DEPS = frozenset({"ccomp", "parataxis"})
"""Dependencies of the placing clause on the speech verb that tells it."""


@dataclass(frozen=True, slots=True)
class AbroadPlotters:
    """The words of the construction (``abroad_plotters.json``)."""

    plotters: frozenset[str]
    placing: frozenset[str]
    places: frozenset[str]


@functools.cache
def load_abroad_plotters() -> AbroadPlotters:
    """The packaged words, read and checked once per process."""
    return read_word_file("abroad_plotters.json", "abroad plotters", word_sets(AbroadPlotters))


def _told_attack(noun: Token) -> bool:
    """A definite attack noun that is the story's attack: "the attack", "Tuesday's bombing"; not "an attack", "a
    previous raid", "the 2019 attack"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ANAPHORS:
        return False
    children = list(noun.children)
    return any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in children) \
        and not any((c.dep_ == "det" and c.lower_ not in _DEFINITE) or c.lower_ in OTHER_ATTACK
                    or c.like_num for c in children)


def _doers_of_attack(subj: Token, words: AbroadPlotters) -> bool:
    """Whether the subject names the doers of the story's attack: a plotter noun with the attack as its "of"
    phrase, or any subject with the attack behind it or as what it took part in."""
    for child in subj.children:
        if child.dep_ == "prep" and (child.lower_ == "behind" or (
                child.lower_ == "of" and subj.lemma_.lower() in words.plotters)):
            if any(g.dep_ == "pobj" and _told_attack(g) for g in child.children):
                return True
        if child.dep_ == "acl" and child.lemma_.lower() in PARTAKING:
            if any(p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and _told_attack(g)
                                                               for g in p.children) for p in child.children):
                return True
    return False


def _place_country(verb: Token, index: MentionIndex, words: AbroadPlotters) -> str | None:
    """The country of the place the verb puts its subject in ("based in X", "operate from X"), else None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in words.places:
            for pobj in prep.children:
                countries = {m.actor.country for m in index.actors(pobj) if pobj.dep_ == "pobj"}
                if len(countries) == 1 and None not in countries:
                    return countries.pop()
    return None


def _plainly_said(verb: Token, lexicon: Lexicon) -> Token | None:
    """The speech verb that tells the placing clause as a fact, when neither is negated nor the placing hedged."""
    rules = lexicon.rules
    speech = verb.head
    if verb.dep_ not in _SPEECH_DEPS or speech.lemma_.lower() not in rules.speech_verbs \
            or speech.lemma_.lower() in HEARSAY or speech.lemma_.lower() in rules.denial_verbs:
        return None
    if any(c.dep_ == "neg" for w in (verb, speech) for c in w.children) \
            or any(c.dep_ in ("aux", "auxpass") and c.lower_ in rules.hypothetical_aux for c in verb.children):
        return None
    return speech


def abroad_plotters(sent: Doc, index: MentionIndex, earlier: Sequence[Event], lexicon: Lexicon) -> list[Frame]:
    """The speakers' accusations (112) of the story's attacker whose attack's doers they place in another
    country (module docstring)."""
    words = load_abroad_plotters()
    if not earlier or words.placing.isdisjoint(doc_lemmas(sent)):
        return []
    verbs = [t for t in doc_tokens(sent) if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in words.placing]
    if not verbs or not earlier:
        return []
    rules = lexicon.rules
    out: list[Frame] = []
    for verb in verbs:
        subj = passive_subject_of(verb, rules.relative_pronouns) or subject_of(verb, rules.relative_pronouns)
        if subj is None or not _doers_of_attack(subj, words):
            continue
        place = _place_country(verb, index, words)
        speech = _plainly_said(verb, lexicon) if place is not None else None
        if speech is None:
            continue
        speakers = speaker_of(subject_of(speech, rules.relative_pronouns), index, lexicon) \
            or according_to(speech, index, rules)
        speakers = [s for s in speakers if s.actor.country is not None and s.actor.country != place]
        doer = perpetrator(_ASSAULT, speakers, earlier) if speakers else None
        if doer is None:
            continue
        target = recalled_at(doer, subj)
        entry = TriggerEntry("noun", subj.lemma_.lower(), None, frozenset(), frozenset(), _ACCUSE, frozenset(), 0)
        out.append(Frame(subj, [subj], entry, _ACCUSE, speakers, [target], DIRECT, False, False, speech))
    return out
