"""Readiness for an act named by a noun: "Chad is ready for a truce", "Chad said it was prepared for talks with
Sudan" is Chad's intent to do it (CAMEO's intent table: a truce, 0356; talks, 036), as "agreed to a truce" is
(events/unaddressed.py).

The word of readiness is an adjective or participle of the intent class 'agree' (frames.json ``intent_verbs``:
"ready", "prepared", "willing") whose 'for' object is a lexicon event noun; its subject names the source ("Chad said
it was ready": the speaker). The act is aimed at the noun's 'with' partner ("a truce with Sudan"), else, for a truce
(frames.json ``truce_nouns``) of one side of the war the story names (actors/warring.py), at the war's other side.

Not coded: readiness for a thing that is no act ("ready for winter"), for a hostile act (an intent to attack is a
threat, left to the verbs), a subject no actor stands for, and an act with no partner named and no war whose sides
the story names ("ready for talks").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.nominal import noun_entries
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.roles import prep_objects, subject_of
from bilateral.models import Actor, CameoCode, Mention

_AGREE = "agree"
_AGREEMENT = "AGREE"
_FOR = frozenset({"for"})
_PARTNER = frozenset({"with"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _holder(word: Token) -> Token:
    """The word whose subject is the ready one: the copula of "is ready", the participle itself otherwise."""
    return word.head if word.dep_ == "acomp" else word


def _subject(word: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the word of readiness ("Chad is ready", "it was prepared")."""
    holder = _holder(word)
    return subject_of(holder, lexicon.rules.relative_pronouns) or next(
        (c for c in holder.children if c.dep_ in _SUBJECTS), None)


def _intended(noun: Token, lexicon: Lexicon) -> CameoCode | None:
    """The intent code of readiness for an event noun, when it is an agreement (03x); None otherwise."""
    codes = load_codes()
    for entry in noun_entries(noun, lexicon):
        plover = codes.get(entry.cameo).plover
        if plover is None:
            continue
        code = lexicon.rules.intent_code(_AGREE, entry.cameo, plover)
        return code if codes.get(code).plover == _AGREEMENT else None
    return None


def _other_side(noun: Token, sources: Sequence[Mention], sides: Sequence[Actor], lexicon: Lexicon) -> Actor | None:
    """The war's other side, for a truce of one of its sides."""
    own = {m.actor.country for m in sources}
    if noun.lower_ not in lexicon.rules.truce_nouns or len(sides) != 2 or len(own) != 1 \
            or not own <= {s.country for s in sides}:
        return None
    return next(s for s in sides if s.country not in own)


def ready_acts(sent: Doc, frames: Sequence[Frame], index: MentionIndex, sides: Sequence[Actor],
               lexicon: Lexicon) -> list[Frame]:
    """Frames for the sentence's intents said as readiness for an event noun (see the module)."""
    rules = lexicon.rules
    if not any(rules.intent_verbs.get(t.lower_) == _AGREE and t.pos_ != "AUX" for t in doc_tokens(sent)):
        return []  # cheap: no word of readiness
    taken = {w.i for frame in frames for w in frame.words}
    out: list[Frame] = []
    for word in doc_tokens(sent):
        if rules.intent_verbs.get(word.lower_) != _AGREE or word.i in taken \
                or not (word.pos_ == "ADJ" or word.tag_ == "VBN"):
            continue
        nouns = [n for n in prep_objects(word, _FOR) if n.pos_ == "NOUN" and n.i not in taken]
        subj = _subject(word, lexicon)
        if not nouns or subj is None or not (sources := index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)):
            continue
        noun = nouns[0]
        if (code := _intended(noun, lexicon)) is None:
            continue
        own = {m.actor.code for m in sources}
        targets = [m for p in prep_objects(noun, _PARTNER) for m in index.actors(p) if m.actor.code not in own]
        if not targets and (other := _other_side(noun, sources, sides, lexicon)) is not None:
            targets = [Mention(replace(other, text=noun.text), noun.i, noun.i + 1, noun.idx, noun.idx + len(noun),
                               COUNTERPART, "counterpart")]
        if not targets:
            continue
        entry = TriggerEntry("noun", noun.lemma_.lower(), None, frozenset(), frozenset(), code, frozenset(), 0)
        out.append(Frame(noun, [word, noun], entry, code, sources, targets, COUNTERPART, False, False, word))
    return out
