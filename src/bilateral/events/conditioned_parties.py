"""The party a conditional threat is set on, beside the one its act names: "if the EU keeps its duty on our whisky,
we will impose tariffs on French wine" threatens France, whose goods the tariffs hit, and the EU, whose conduct the
threat is meant to change. CAMEO codes a threat against each.

``conditional_targets.condition_targets`` already takes the condition's subject when the act names no target;
this pass adds it when the act names one of its own. Only coercive acts said with a future or modal auxiliary
(which the coder makes threats) by their own doer ("he will", "we will": ``conditional_targets.said_by_doer``; not
an analyst's forecast), and only a condition's subject that is neither the source nor a target already: "will
impose tariffs on Peru if Peru refuses" names Peru once.
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.conditional_targets import condition_targets, said_by_doer

_COERCIVE = frozenset({"THREATEN", "SANCTION", "COERCE"})
"""Types whose act set on a condition is a threat to the condition's subject (as ``targets.TARGET_SEARCHES``)."""


def conditioned_parties(frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """Add to each coercive frame with targets the actor its condition names as subject (in place)."""
    marks = lexicon.rules.hypothetical_marks
    for frame in frames:
        if not frame.targets or not frame.sources or load_codes().get(frame.cameo).plover not in _COERCIVE \
                or not any(t.lower_ in marks for t in frame.anchor.subtree) or not said_by_doer(frame, index, lexicon):
            continue
        named = {m.actor.code for m in frame.targets}
        frame.targets.extend(m for m in condition_targets(frame, index, lexicon) if m.actor.code not in named)
