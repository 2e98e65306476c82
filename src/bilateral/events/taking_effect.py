"""Measures told as taking effect: "X's 25% tariffs on steel imports will take effect Wednesday", "the new U.S.
sanctions came into force on Monday".

A sanction or customs charge that is the subject of a phrase of coming into force (frames.json
``taking_effect``: "take effect", "go into effect", "come into force", "kick in") is the act of its source
happening, or announced to happen, whoever it hits: the news tells the measure as a fact of the day even when no
country is named ("tariffs on steel imports"). Such a frame is kept without a target (``open_target``) when its
sentence and the story name none; a target named in its own phrase or carried on from the source's earlier
measures (events/repeated.py, which runs first) stays. An announced one is a threat (events/coder.py), as "will
impose tariffs" is.

Not when the measure is no one's ("tariffs on steel imports will take effect": no source, no event), nor when the
noun is the subject of another verb ("tariffs sent stocks lower", "tariffs hurt farmers": what the measure does, not
the measure done).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from bilateral.events.frames import DIRECT, Frame

_MEASURE_CODES = ("163", "1312", "085")
"""Sanctions and customs charges, threatened or eased: the measures that take effect."""
_INTO = frozenset({"into", "in"})


def effect_phrase(verb: Token) -> str:
    """The verb's phrase of coming into force, as frames.json ``taking_effect`` lists it: its lemma with its
    object ("take effect"), its particle ("kick in") or its "into" phrase ("go into effect", "come into force")."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "dobj" or child.dep_ == "prt":
            return f"{lemma} {child.lower_}"
        if child.dep_ == "prep" and child.lower_ in _INTO:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return f"{lemma} {child.lower_} {pobj.lower_}"
    return lemma


def effective_measures(frames: Iterable[Frame], taking_effect: frozenset[str]) -> None:
    """Mark as kept without a target each measure frame with a source and no target whose noun is the subject of
    a phrase of coming into force (in place; see the module)."""
    for frame in frames:
        noun = frame.trigger
        if frame.targets or not frame.sources or noun.pos_ != "NOUN" or noun.dep_ != "nsubj" \
                or not frame.cameo.startswith(_MEASURE_CODES):
            continue
        if noun.head.pos_ in ("VERB", "AUX") and effect_phrase(noun.head) in taking_effect:
            # the phrase tells the measure done as surely as "imposed" would: the source's own act
            frame.open_target, frame.confidence = True, max(frame.confidence, DIRECT)
