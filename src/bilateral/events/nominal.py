"""Nominal event frames: an event noun with the arguments of its own phrase.

"Blinken's visit to Kigali", "US sanctions on Iran", "a visit by X", "talks between A and B": the source is the
noun's possessor, modifier or ``by`` phrase, the target the object of one of its target prepositions; failing a
source of its own, the subject of the verb that governs it ("X announced sanctions on Y", "after talks, X said").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex, possessor_of, prep_objects, subject_of
from bilateral.events.frames import Frame, controller, prep_words, qualifiers, weak_factor
from bilateral.events.lexicon import Lexicon
from bilateral.models import Mention

NOMINAL_OWN = 0.7
"""A nominal event whose source is its own possessor, modifier or ``by`` phrase."""
NOMINAL_GOVERNED = 0.6
"""A nominal event whose source is the subject of the verb governing it ("announced sanctions on")."""
_SETTING_PREPS = frozenset({"after", "during", "following", "before", "at", "since", "ahead"})




def _undergoer(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """"Ethiopian forces came under attack from Eritrea": whoever comes under the act is its target (being
    "under sanctions" is a state, not an act, and is left alone)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() != "come":
        return []
    subj = subject_of(prep.head, lexicon.rules.relative_pronouns)
    return index.actors(subj) if subj is not None else []


def noun_frame(noun: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """The frame of an event noun ("Blinken's visit to Kigali", "talks between A and B")."""
    entries = lexicon.lookup("noun", noun.lemma_.lower())
    if not entries or index.at(noun) is not None:
        return None
    present = prep_words(noun)
    entry = next((e for e in entries if e.preps & present), entries[0])
    recip = "recip" in entry.flags
    sources: list[Mention] = []
    targets: list[Mention] = []
    between = prep_objects(noun, frozenset({"between", "among"}))
    if recip and between:
        for pobj in between:
            sources.extend(index.actors(pobj))
        return Frame(noun, [noun], entry, entry.cameo, sources, [], NOMINAL_OWN * weak_factor(entry), True,
                     False, noun)
    poss = possessor_of(noun)
    if poss is not None:
        sources = index.actors(poss)
    if not sources:
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and index.at(child) is not None:
                sources = [index.at(child)]  # type: ignore[list-item]
                break
    if not sources:  # "a visit by X"; "from" when it does not mark the target ("withdrawal from Y")
        for pobj in prep_objects(noun, frozenset({"by", "from"}) - entry.preps):
            sources.extend(index.actors(pobj))
    confidence = NOMINAL_OWN
    anchor = noun
    if not sources:
        governor = _governing_subject(noun, lexicon)
        if governor is None:
            return None
        sources, anchor = index.actors(governor[0]), governor[1]
        confidence = NOMINAL_GOVERNED
    for pobj in prep_objects(noun, entry.preps):
        targets.extend(index.actors(pobj))
    if not targets:
        targets = _undergoer(noun, index, lexicon)
    cameo = lexicon.rules.aid_code(entry.cameo, qualifiers(noun))  # "US military aid to Rwanda": 072
    return Frame(noun, [noun], entry, cameo, sources, targets, confidence * weak_factor(entry), recip,
                 "notarget" in entry.flags, anchor, domestic="domestic" in entry.flags)




def _governing_subject(noun: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The subject of the verb that governs an event noun ("X announced sanctions", "after talks, X said")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.rules.governing_verbs:
        subj, _ = controller(head, lexicon)
        return (subj, head) if subj is not None else None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _SETTING_PREPS and head.head.pos_ == "VERB":
        subj, _ = controller(head.head, lexicon)
        return (subj, noun) if subj is not None else None
    return None
