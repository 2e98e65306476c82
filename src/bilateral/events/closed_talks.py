"""Talks ruled out by a party in so many words: "There will be no room for further talks, the minister said",
"“There is no scope for negotiation,” Lima said".

An existential that denies leeway (frames.json ``room_nouns`` with "no": "no room", "no scope") for a meeting or
negotiation noun (a lexicon noun of PLOVER type CONSULT: "talks", "negotiations") is the speaker's refusal to
negotiate (CAMEO's intent table, ``intent_code("refuse", ...)``: 125), coded at the speech verb that says it. It is
aimed at whom the speaker's side last acted on, within ``restated_threats.NEAR`` sentences ("X gave Y 14 days to
leave ... There would be no room for negotiations, X said"), else the story's counterpart.

Not when: no one named says it ("there is no room for talks, analysts said": a view); the leeway is granted
("there is room for talks") or was lacking in the past ("there was no room for talks at the venue"); the noun is no
meeting ("no room for error"); the speaker's side acted on no one before and the story has no counterpart.

Cheap: a word test on the sentence before any walk over its parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_forms, doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART, counterpart
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.nominal import noun_entries
from bilateral.events.restated_threats import latest_acts
from bilateral.events.roles import possessor_of, subject_of
from bilateral.events.speech import speaker_of
from bilateral.models import Actor, Event, Mention

_CONSULT = "CONSULT"
_PAST = frozenset({"VBD", "VBN"})


def _meeting(room: Token, lexicon: Lexicon) -> tuple[Token, str] | None:
    """The meeting noun a denied leeway is for ("no room for talks") with its lexicon code; None otherwise."""
    codes = load_codes()
    for prep in room.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for noun in prep.children:
                code = next((e.cameo for e in noun_entries(noun, lexicon) if codes.get(e.cameo).plover == _CONSULT),
                            None) if noun.dep_ == "pobj" else None
                if code is not None:
                    return noun, code
    return None


def _denied(room: Token) -> bool:
    """Whether a leeway noun is denied by a present or announced existential: "there is/will be/would be no room"."""
    be = room.head
    return room.dep_ in ("attr", "nsubj") and any(c.dep_ == "det" and c.lower_ == "no" for c in room.children) \
        and be.lemma_ == "be" and any(c.dep_ == "expl" for c in be.children) \
        and (be.tag_ not in _PAST or any(c.dep_ == "aux" for c in be.children))


def said_by(be: Token, index: MentionIndex, lexicon: Lexicon) -> tuple[Token, list[Mention]] | None:
    """The speech verb that says the existential and the actors of its subject (or the subject's possessor:
    "X's spokesman said")."""
    verb = be.head
    if be.dep_ not in ("ccomp", "parataxis") or verb.lemma_.lower() not in lexicon.rules.speech_verbs:
        return None
    subj = subject_of(verb, lexicon.rules.relative_pronouns)
    found = speaker_of(subj, index, lexicon)
    if not found and subj is not None and (owner := possessor_of(subj)) is not None:
        found = index.actors(owner)
    return (verb, found) if found else None


def aimed_at(country: str, earlier: Sequence[Event], position: int) -> Actor | None:
    """Whom the country's side last acted on within a few sentences, else the story's counterpart."""
    latest = latest_acts(earlier, position).get(country)
    if latest is not None and latest.target is not None and latest.target.country != country:
        return latest.target
    return counterpart(country, earlier)


def closed_talks(sent: Doc, index: MentionIndex, earlier: Sequence[Event], position: int,
                 lexicon: Lexicon) -> list[Frame]:
    """Frames for the sentence's refusals of talks said as "there will be no room for talks" (see the module)."""
    rules = lexicon.rules
    if not earlier or rules.room_nouns.isdisjoint(doc_forms(sent)):
        return []
    out: list[Frame] = []
    for room in doc_tokens(sent):
        if room.lower_ not in rules.room_nouns or not _denied(room) or (meeting := _meeting(room, lexicon)) is None \
                or (said := said_by(room.head, index, lexicon)) is None:
            continue
        noun, code = meeting
        verb, sources = said
        countries = {m.actor.country for m in sources}
        if len(countries) != 1 or None in countries:
            continue
        actor = aimed_at(sources[0].actor.country or "", earlier, position)
        if actor is None:
            continue
        refusal = rules.intent_code("refuse", code, _CONSULT)
        target = Mention(actor, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), COUNTERPART, "counterpart")
        entry = TriggerEntry("noun", noun.lemma_.lower(), None, frozenset(), frozenset(), refusal, frozenset(), 0)
        out.append(Frame(noun, [room, noun], entry, refusal, sources, [target], COUNTERPART, False, False, verb))
    return out
