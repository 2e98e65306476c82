"""A threat to take one's business elsewhere: "Lima warned that it may buy its drones from China instead", "Oslo
said it would switch to Qatar as a substitute supplier". The party named where the speaker would turn ("to"/"from"
a switching or buying verb, ``switching_verbs``, ``purchase_verbs``, in a clause that says so:
``alternative_words``) is the substitute, not whom the threat is aimed at: that is the side whose conduct drives the
speaker away, the story's counterpart (``counterpart.counterpart``), which the clause search could not see past the
substitute. A warning word the lexicon marks weak ("warned": often mere concern) loses that mark here: a warning
that the speaker will turn elsewhere is a threat proper.

Not when: the clause says no alternative ("warned it may buy its drones from Chile": its party kept); the party is
the object of the warning itself ("warned Quito it might buy drones from Brazil instead": Quito stays); the story
has no counterpart (the substitute is dropped, no target is guessed); the act is no threat.

Cheap: a word test on the sentence before any walk over its parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART, counterpart
from bilateral.events.frames import Frame, weak_factor
from bilateral.events.lexicon import FrameRules
from bilateral.models import Event, Mention

_TURNING_PREPS = frozenset({"to", "from"})
"""Prepositions that name where a switching or buying verb turns ("turn to X", "buy from X")."""


def _substitute(mention_head: Token, anchor: Token, verbs: frozenset[str], rules: FrameRules) -> bool:
    """Whether a mention is the object of a "to"/"from" phrase of a switching verb below the threat's anchor, in a
    clause that names the move an alternative."""
    word = mention_head
    while word.head != word and word != anchor:
        head = word.head
        if word.dep_ == "prep" and word.lower_ in _TURNING_PREPS and head.lemma_.lower() in verbs \
                and head != anchor and anchor in head.ancestors:
            return any(t.lemma_.lower() in rules.alternative_words for t in head.subtree)
        word = head
    return False


def alternative_suppliers(sent: Doc, frames: Sequence[Frame], index: MentionIndex,
                          earlier: Sequence[Event], rules: FrameRules) -> None:
    """Retarget each threat aimed only at the party it would turn to instead (in place; see the module)."""
    if rules.alternative_words.isdisjoint(doc_lemmas(sent)):
        return
    verbs = rules.switching_verbs | rules.purchase_verbs
    for frame in frames:
        if not frame.targets or not frame.sources or load_codes().get(frame.cameo).plover != "THREATEN":
            continue
        substitutes = [m for m in frame.targets if _substitute(index.head_of(m), frame.anchor, verbs, rules)]
        if len(substitutes) != len(frame.targets):
            continue
        frame.targets.clear()
        frame.confidence = min(1.0, frame.confidence / weak_factor(frame.entry))
        own = {s.actor.country for s in frame.sources}
        country = own.pop() if len(own) == 1 else None
        actor = counterpart(country, earlier) if country is not None else None
        if actor is None or actor.country in {m.actor.country for m in substitutes}:
            continue
        trigger = frame.trigger
        frame.targets.append(Mention(actor, trigger.i, trigger.i + 1, trigger.idx, trigger.idx + len(trigger),
                                     COUNTERPART, "counterpart"))
