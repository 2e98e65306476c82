"""An act ruled out as untimely by the one who says so: "'Now is not the time to lift sanctions on Minsk,' the
minister said", "This is not the moment for the council to offer Caracas relief from sanctions, Paris said".

A present or announced copula denying the moment (frames.json ``timing_nouns`` as the attribute of a negated "be":
"is not the time", "will not be the moment") with an infinitive clause on the noun ("the time (for X) to V") is,
said by a named speaker, the speaker's refusal of the cooperative act the clause names, as "we will not V" is
(``modality.refuses``, CAMEO's intent table ``intent_code("refuse", ...)``: easing sanctions 085 refused is 1244).
The act is the most specific one the clause names, innermost first: a cooperative lexicon noun that a verb of the
clause takes as its object ("offering sanctions relief": the relief), else a cooperative sense of that verb ("to
lift sanctions"). It is aimed at the act's own target, else at whom the speaker's side last acted on, else the
story's counterpart (``closed_talks.aimed_at``). Coded at the speech verb; the act's own frame, which the clause
holds back, is replaced.

Not when: the moment is granted ("now is the time to ease sanctions": a call), was lacking in the past ("it was
not the time to talk"), is a time of something ("the time of year to travel"), or asked about (a question); no one
named says it; the clause names no cooperative act ("not the time to attack"); the speaker's side has no one to
aim it at.

Cheap: a word test on the sentence before any walk over its parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_forms, doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.closed_talks import aimed_at, said_by
from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import Frame, noun_targets, verb_frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.matching import match_senses
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.models import Event, Mention

_PAST = frozenset({"VBD", "VBN"})
_COOPERATIVE = frozenset({1, 2})
"""Quad classes of the acts a refusal holds back: CAMEO codes refusing cooperation, not refusing conflict."""


def _denied_moment(noun: Token, rules_nouns: frozenset[str]) -> bool:
    """Whether a moment noun is denied by a present or announced copula ("is not the time", "will not be the
    moment") and is no time of something ("the time of year")."""
    be = noun.head
    return noun.lower_ in rules_nouns and noun.dep_ == "attr" and be.lemma_ == "be" \
        and any(c.dep_ == "neg" for c in be.children) \
        and (be.tag_ not in _PAST or any(c.dep_ == "aux" for c in be.children)) \
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _infinitive(noun: Token) -> Token | None:
    """The infinitive clause on the moment noun ("the time (for X) to V"), or on its copula after it, where the
    parser hangs it when a "for" subject comes between: its verb."""
    return next((c for c in (*noun.children, *noun.head.children) if c.i > noun.i and c.pos_ in ("VERB", "AUX")
                 and c.dep_ in ("relcl", "acl", "advcl", "xcomp")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _complement(verb: Token) -> Token | None:
    """The verb a verb takes as its complement: "consider offering", "think about granting"."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "prep":
            found = next((g for g in child.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
            if found is not None:
                return found
    return None


def _chain(verb: Token) -> list[Token]:
    """The clause's verb and the verbs it takes as complements ("to consider offering"), innermost first."""
    chain = [verb]
    while (nxt := _complement(chain[-1])) is not None:
        chain.append(nxt)
    return chain[::-1]


def _cooperative(entry: TriggerEntry) -> bool:
    """Whether a lexicon sense is a typed act of cooperation."""
    code = load_codes().get(entry.cameo)
    return code.plover is not None and code.plover_quad in _COOPERATIVE


def _act(verb: Token, index: MentionIndex, lexicon: Lexicon) -> tuple[Token, TriggerEntry, list[Mention]] | None:
    """The cooperative act the infinitive clause names, with its trigger and its own targets (see the module)."""
    for link in _chain(verb):
        for obj in (c for c in link.children if c.dep_ == "dobj"):
            entry = noun_entry(obj, entries) if (entries := noun_entries(obj, lexicon)) else None
            if entry is not None and _cooperative(entry):
                return obj, entry, noun_targets(obj, entry, index, lexicon)
        typed, _ = match_senses(link, lexicon)
        if typed is not None and _cooperative(typed[0]):
            frame = verb_frame(link, index, lexicon)
            return link, typed[0], frame.targets if frame is not None else []
    return None


def untimely_acts(sent: Doc, frames: list[Frame], index: MentionIndex, earlier: Sequence[Event], position: int,
                  lexicon: Lexicon) -> list[Frame]:
    """Frames for the sentence's acts ruled out as untimely (see the module); the frames of the acts they hold back
    are taken out of ``frames``."""
    rules = lexicon.rules
    if rules.timing_nouns.isdisjoint(doc_forms(sent)) or "?" in doc_forms(sent):
        return []
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if not _denied_moment(noun, rules.timing_nouns) or (verb := _infinitive(noun)) is None \
                or (said := said_by(noun.head, index, lexicon)) is None \
                or (act := _act(verb, index, lexicon)) is None:
            continue
        speech, sources = said
        trigger, entry, targets = act
        countries = {m.actor.country for m in sources}
        if len(countries) != 1 or None in countries:
            continue
        if not targets:
            actor = aimed_at(sources[0].actor.country or "", earlier, position)
            if actor is None:
                continue
            targets = [Mention(actor, trigger.i, trigger.i + 1, trigger.idx, trigger.idx + len(trigger),
                               COUNTERPART, "counterpart")]
        refusal = rules.intent_code("refuse", entry.cameo, load_codes().get(entry.cameo).plover or "")
        held = {t.i for t in verb.subtree}
        frames[:] = [f for f in frames if f.trigger.i not in held]
        refused = TriggerEntry(entry.pos, entry.lemma, None, frozenset(), frozenset(), refusal, frozenset(), 0)
        out.append(Frame(trigger, [noun, trigger], refused, refusal, sources, targets, COUNTERPART, False, False,
                         speech))
    return out
