"""The ties of the story's pair said to change by themselves: "Their ties have deepened", "Bilateral trade ties are
growing", "their relations improved".

A verb whose lexicon entry names relation nouns as its object and is a mutual act ("deepen ties", "strengthen
relations", 050, ``recip``) is told in news just as often with the ties as its subject and no object ("ties are
deepening"): the same act, by the two sides whose ties they are. "Their" or a pair modifier ("bilateral", frames.json
``pair_modifiers``) on the noun names no one, so the sides are the pair the story has just told acting together
(``their_meetings.story_pair``: both directions of one act in the latest sentence with any, one or two back), each
with the other, as for "their talks". A field named on the ties ("trade ties") gives the act its field's code
(``aid_code``: 061, 062), as for "deepened trade ties with X".

Must not: ties with an object of their own verb or said in the passive, ties with a partner named ("their ties with
Y": not the pair's alone), a sentence naming another actor (save places: whose "their" it would be), no pair or two
pairs before, ties owned by no one or by a named side ("Kenya's ties grew": one side's). Cheap: a word test first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.matching import qualifiers
from bilateral.events.roles import prep_objects
from bilateral.events.their_meetings import SHARED, only_places, story_pair
from bilateral.models import Event, Mention
from bilateral.nlp import doc_text, doc_tokens

_WORDS = re.compile(r"\b(?:[Tt]heir|[Bb]ilateral|[Mm]utual)\b")
"""Cheap test for an owner that names the pair; the words that count are ``pair_modifiers`` and "their"."""
_PARTNER_PREPS = frozenset({"with", "between", "among"})
_OBJECTS = frozenset({"dobj", "nsubjpass", "auxpass", "attr", "acomp"})


def may_tell_pair_ties(text: str, earlier: Sequence[Event], position: int) -> bool:
    """Cheap test: whether a sentence naming no actor may still tell the ties of the pair the story just told
    ("Bilateral trade ties are deepening")."""
    return position > 0 and _WORDS.search(text) is not None and story_pair(position, earlier) is not None


def _owner(noun: Token, lexicon: Lexicon) -> Token | None:
    """The word that gives the ties to the story's pair: "their", or a pair modifier ("bilateral")."""
    for c in noun.children:
        if (c.dep_ == "poss" and c.lower_ == "their") or (
                c.dep_ == "amod" and c.lower_ in lexicon.rules.pair_modifiers):
            return c
    return None


def _entry(verb: Token, noun: Token, lexicon: Lexicon) -> TriggerEntry | None:
    """The mutual-act entry of ``verb`` that takes ``noun`` as its object ("deepen" + "ties")."""
    lemma = noun.lemma_.lower()
    return next((e for e in lexicon.lookup("verb", verb.lemma_.lower())
                 if "recip" in e.flags and not e.particle and (lemma in e.objects or noun.lower_ in e.objects)), None)


def pair_ties(sent: Doc, frames: Sequence[Frame], sentence_index: int, index: MentionIndex,
              earlier: Sequence[Event], lexicon: Lexicon) -> list[Frame]:
    """Frames for the pair's ties told as the subject of their own change (see the module)."""
    if _WORDS.search(doc_text(sent)) is None or not earlier:
        return []
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        verb = noun.head
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i in taken \
                or any(c.dep_ in _OBJECTS for c in verb.children):
            continue
        owner = _owner(noun, lexicon)
        entry = _entry(verb, noun, lexicon) if owner is not None else None
        if owner is None or entry is None or prep_objects(noun, _PARTNER_PREPS):
            continue
        pair = story_pair(sentence_index, earlier)
        if pair is None or not only_places(sent, index):
            continue
        cameo = lexicon.rules.aid_code(entry.cameo, [*qualifiers(noun), noun.lower_], noun.lemma_.lower())
        sides = [Mention(actor, owner.i, owner.i + 1, owner.idx, owner.idx + len(owner), SHARED, "set")
                 for actor in pair]
        out.append(Frame(verb, [verb, noun], entry, cameo, sides, [], DIRECT, True, False, verb))
    return out
