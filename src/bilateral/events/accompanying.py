"""Acts added to an act noun by a gerund: "X's tariffs on Y, along with doubling the duty on Z's exports, ...",
"X's sanctions on Y, in addition to freezing Z's assets, ...".

A gerund with no subject of its own that a phrase of addition ("along with", "together with", "in addition to",
"as well as", "besides") hangs on an event noun is one more act of whoever does the noun's act: the noun's frame
names the source (its possessor or modifier, "X's tariffs"), and the gerund's frame, which found its target in its
own object ("the duty on Z's exports"), takes it. The parser may hang the phrase on the verb whose subject the noun
is ("X's sanctions on Y, in addition to raising the duty on Z's exports, angered ..."): the noun is then that subject.

Not when the gerund's frame names a source of its own, when the phrase hangs on a noun (or a verb's subject) that
codes no act with a source ("higher prices, along with doubling the duty on Z": no one's act), nor for another
preposition ("tariffs on Y after doubling the duty": a setting, not an act added).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.frames import CONTROLLED, Frame

_ADDING = frozenset({"with", "to", "besides", "as"})
"""Prepositions of phrases of addition, with the word before them that makes them one ("along with", "together
with", "in addition to", "as well as"; "besides" alone)."""
_MAX_STEPS = 4
"""The most words of a phrase of addition climbed to the noun it hangs on ("in" -> "addition" -> "to")."""
_BEFORE = {"with": frozenset({"along", "together"}), "to": frozenset({"addition"}), "as": frozenset({"well"})}


def _added_to(gerund: Token) -> Token | None:
    """The noun a gerund's phrase of addition hangs on, or None: "tariffs, along with doubling ..." -> tariffs."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.lower_ not in _ADDING \
            or any(c.dep_ in ("nsubj", "poss") for c in gerund.children):
        return None
    if prep.lower_ != "besides":
        before = prep.doc[prep.i - 1] if prep.i > 0 else None
        if before is None or before.lower_ not in _BEFORE[prep.lower_]:
            return None
    head = prep.head
    for _ in range(_MAX_STEPS):  # "along" -> "with", "in" -> "addition" -> "to": up to what the phrase is on
        if head.dep_ != "prep" and head.lower_ not in ("addition", "well"):
            break
        head = head.head
    if head.pos_ in ("VERB", "AUX"):  # "X's sanctions, in addition to raising ..., angered Y": on the clause's subject
        head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < prep.i), head)
    return head if head.pos_ in ("NOUN", "PROPN") else None


def accompanying_acts(frames: Sequence[Frame]) -> None:
    """Give each gerund frame with no source that a phrase of addition hangs on an event noun the source of that
    noun's frame (in place; see the module)."""
    by_trigger = {frame.trigger.i: frame for frame in frames if frame.sources}
    for frame in frames:
        if frame.sources or frame.trigger.pos_ != "VERB":
            continue
        noun = _added_to(frame.trigger)
        owner = by_trigger.get(noun.i) if noun is not None else None
        if owner is not None:
            frame.sources = list(owner.sources)
            frame.confidence *= CONTROLLED
