"""Pleas of innocence: "the two men pleaded not guilty", "she pleaded innocent to the charges".

A defendant who pleads not guilty rejects the charges against it (CAMEO 120, as "denied the charges" does), and the
plea names no charge: it answers whoever, in an earlier sentence of the document, charged or arrested the pleading
side (a state body's 173) or accused it (``replies.charger``). With no such act told before, nothing is coded: the
plea alone says no one's name. A plea of guilt ("pleaded guilty") concedes the charge and is no rejection; a plea
to someone ("pleaded with X to stop", frames.json ``appeal`` verbs) is an appeal, coded by the lexicon as before.

The words are data (frames.json ``plea_verbs``, ``innocence_words``, ``guilt_words``): a plea verb whose adjective
complement is an innocence word, or a guilt word negated ("not guilty").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.recalled import recalled_at
from bilateral.events.replies import REPLY, charger
from bilateral.events.roles import subject_of
from bilateral.models import CameoCode, Event, Mention

_REJECT = CameoCode("120")
"""CAMEO "reject, not specified": what a plea of innocence does to the charges."""
_COMPLEMENTS = frozenset({"acomp", "oprd", "advmod"})
"""How the parser hangs the plea's adjective on its verb ("pleaded not guilty", "pleaded innocent")."""


def _innocence(verb: Token, lexicon: Lexicon) -> Token | None:
    """The word of a plea of innocence on a plea verb: an innocence word, or a guilt word with its own "not"."""
    rules = lexicon.rules
    for word in verb.children:
        if word.dep_ not in _COMPLEMENTS:
            continue
        lemma = word.lower_
        if lemma in rules.innocence_words or (lemma in rules.guilt_words
                                              and any(c.dep_ == "neg" for c in word.children)):
            return word
    return None


def innocence_pleas(sent: Doc, index: MentionIndex, earlier: Sequence[Event], lexicon: Lexicon) -> list[Frame]:
    """A rejection frame for each plea of innocence whose pleading side was charged or accused earlier in the
    document, aimed at the one who charged it."""
    rules = lexicon.rules
    frames: list[Frame] = []
    for verb in doc_tokens(sent):
        if verb.lemma_.lower() not in rules.plea_verbs or (word := _innocence(verb, lexicon)) is None:
            continue
        subj = subject_of(verb, rules.relative_pronouns)
        if subj is None:
            continue
        sources = index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)
        targets: list[Mention] = []
        for source in sources:
            charge = charger(source, earlier)
            if charge is not None and all(t.actor.code != charge.source.code for t in targets):
                targets.append(recalled_at(charge.source, word, REPLY, "reply"))
        if not targets:
            continue
        entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), _REJECT, frozenset(), 0)
        words = [verb, *(c for c in word.children if c.dep_ == "neg"), word]
        frames.append(Frame(verb, words, entry, _REJECT, sources, targets, DIRECT, False, False, verb))
    return frames
