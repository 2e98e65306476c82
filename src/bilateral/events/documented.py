"""A body that documents a prohibited act accuses those who did it: "UN experts detailed illegal arms transfers
from X to Y in a report" is the experts' accusation of X and Y (CAMEO 112).

A verb of documenting or uncovering ("detailed", "documented", "uncovered", "exposed") whose object is a coded
nominal act that a disapproving word marks as a wrong ("prohibited transfers", "illegal shipments", "unlawful
strikes") tells the wrong on the subject's word: the subject accuses its doer. When the act is a transfer or
cooperation between two parties (CAMEO roots 06-07: aid, arms deliveries), both took part in the wrong and both are
accused; an act of force accuses only its doer (its target is the victim). The accusation takes the documenting
verb's modality.

Not fired: an act no disapproving word marks ("detailed arms transfers"), a negated or hedged verb ("did not
document", "could expose"), a news outlet's telling ("Reuters uncovered illegal shipments": news, not an
accusation), a speaker on the doer's own side, or no named speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.blamed import state_side
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import subject_of
from bilateral.events.speech import HEDGES, speaker_of
from bilateral.models import CameoCode

_DOCUMENTING = frozenset({"detail", "document", "uncover", "expose", "catalogue", "catalog", "chronicle"})
"""Verbs that set out what happened as found fact: their subject vouches for the act they take as object."""
_MARKS = frozenset({"amod", "compound"})
"""Dependencies of a word that marks the act itself as a wrong ("prohibited transfers", "illegal shipments")."""
_SHARED_ROOTS = frozenset({"06", "07"})
"""CAMEO roots of cooperation and aid: both parties of a prohibited transfer take part in the wrong."""
_ACCUSE = CameoCode("112")
"""CAMEO "accuse, not specified"."""


def _marked(trigger: Token, lexicon: Lexicon) -> list[Token]:
    """The disapproving words that mark a nominal act as a wrong: its own adjective or noun modifiers."""
    words = lexicon.rules.disapproving_words
    return [c for c in trigger.children if c.dep_ in _MARKS and (c.lemma_.lower() in words or c.lower_ in words)]


def documented_wrongs(frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """The accusations (112) of those who did a documented wrong (module docstring): one per documenting verb."""
    rules = lexicon.rules
    found: list[Frame] = []
    for frame in frames:
        trigger = frame.trigger
        if frame.absorbed or not frame.sources or trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
            continue
        verb = trigger.head
        if verb.lemma_.lower() not in _DOCUMENTING or any(f.trigger.i == verb.i for f in found):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in verb.children):
            continue
        said = _marked(trigger, lexicon)
        if not said:
            continue
        speakers = [m for m in speaker_of(subject_of(verb, rules.relative_pronouns), index, lexicon)
                    if m.actor.sector not in rules.press_sectors]
        doers = list(frame.sources)
        if frame.cameo[:2] in _SHARED_ROOTS:
            doers += [m for m in frame.targets if m not in doers]
        doers = [d for d in doers if not any(state_side(s, d) for s in speakers)]
        if not speakers or not doers:
            continue
        entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), _ACCUSE, frozenset(), 0)
        found.append(Frame(verb, [verb, *said], entry, _ACCUSE, speakers, doers, DIRECT, False, False, verb))
    return found
