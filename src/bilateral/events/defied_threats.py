"""An act done in defiance of another's threat: "Lima tested the missile despite threats of Chilean sanctions",
"the junta went ahead with the vote despite warnings from Brussels".

Who acts "despite" a threat or a warning aimed at it turns that threat down: CAMEO's rejection (120) by the defier,
aimed at whoever made the threat. The threat itself is already a frame (its noun is a THREATEN trigger, and
``measures.defiers`` made the defier its target); this pass adds the rejection beside it, coded at the defying
verb, whose clause says whether the act was done ("Lima may test the missile despite ...": hypothetical; "did not
test": negated, and neither is scored).

Not when: the "despite" phrase holds no threat ("despite aid from X", "despite talks with X", "despite criticism
from X": an act done despite words that ask nothing of the doer is no answer to them); it hangs on a noun, not on a
verb ("the test despite threats": ``measures.defiers`` finds no subject); the threat names no maker, or its maker is
the defier's own side ("despite threats from its own parliament").

Cheap: a word test on the sentence before any look at its frames.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from bilateral.nlp import doc_forms
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.measures import DEFIANCE_PREPS, defiers
from bilateral.models import CameoCode

REJECTION = CameoCode("120")
"""CAMEO "reject, not specified": what acting in defiance of a threat says to its maker."""
_THREAT = "THREATEN"


def defied_threats(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """The rejections of the sentence's threats that a subject acts "despite" (see the module)."""
    if DEFIANCE_PREPS.isdisjoint(doc_forms(sent)):
        return []
    out: list[Frame] = []
    for frame in frames:
        noun = frame.trigger
        if not frame.sources or load_codes().get(frame.cameo).plover != _THREAT or noun.dep_ != "pobj":
            continue
        found = defiers(noun, frame.entry, frame.sources, index, lexicon)
        if not found:
            continue
        verb = noun.head.head
        entry = TriggerEntry(verb.pos_.lower(), verb.lemma_.lower(), None, frozenset(), frozenset(), REJECTION,
                             frozenset(), 0)
        out.append(Frame(verb, [verb, noun.head], entry, REJECTION, found, list(frame.sources), frame.confidence,
                         False, False, verb))
    return out
