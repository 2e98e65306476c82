"""A measure undone later in the sentence that laid it: "X imposed tariffs on Y, then delayed the tariffs on most
goods", "X imposed sanctions on Y in May and later suspended the sanctions".

An act that eases a measure (PLOVER RETREAT: delaying, suspending, lifting, exempting) whose direct object is the
measure told before in the same sentence, named again by a definite noun of the same word ("the tariffs"), is aimed
at whom that measure was aimed: the targets of the sentence's latest earlier act of material conflict (a SANCTION or
COERCE type) by the same source whose words hold that noun. It is the same measure, so it has the same target; the
sentence says so by pointing back to it (as ``told_things`` reads a deal told before), or by a pronoun that stands
for it ("hit Y with a levy before delaying it", ``measure_pronouns``).

Not when the act has a target of its own, when its object is indefinite ("delayed new tariffs": another measure),
names another measure ("imposed tariffs ... lifted the sanctions"), or the earlier act is another source's ("X
imposed tariffs on Y, and Z delayed the tariffs": Z's act is on X's measure, not on Y), nor when the act that laid
the measure comes after it (nothing told yet to point back to).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.frames import CONTROLLED, Frame
from bilateral.events.measure_pronouns import pronoun_measure
from bilateral.events.roles import direct_object_of

_UNDOING = frozenset({"RETREAT"})
"""PLOVER types of acts that undo a measure."""
_LAYING = frozenset({"SANCTION", "COERCE"})
"""PLOVER types of acts that lay a measure on someone."""
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def _told_measure(obj: Token) -> str | None:
    """The noun lemma a definite object names again ("the tariffs": "tariff"); None for any other object."""
    if obj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
        return obj.lemma_.lower()
    return None


def undone_measures(frames: Sequence[Frame]) -> None:
    """Give each targetless act undoing a measure the sentence laid before the targets of the act that laid it
    (in place; see the module)."""
    codes = load_codes()
    laid = [f for f in frames if f.targets and f.sources and codes.get(f.cameo).plover in _LAYING]
    if not laid:
        return
    for frame in frames:
        if frame.targets or not frame.sources or codes.get(frame.cameo).plover not in _UNDOING:
            continue
        obj = direct_object_of(frame.trigger)
        if obj is not None and obj.pos_ == "PRON":
            obj = pronoun_measure(frame.trigger, obj)  # "before delaying it": the levy laid before
            noun = obj.lemma_.lower() if obj is not None else None
        else:
            noun = _told_measure(obj) if obj is not None else None
        if noun is None:
            continue
        own = {m.actor.code for m in frame.sources}
        found = [f for f in laid if f.trigger.i < frame.trigger.i and {m.actor.code for m in f.sources} == own
                 and any(w.lemma_.lower() == noun for w in f.words)]
        if found:
            frame.targets = list(found[-1].targets)
            frame.confidence *= CONTROLLED
