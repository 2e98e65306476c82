"""A warning of what the other side stands to lose should the warner's own side be hit: "Lima warned that Chilean
ports would be at risk if Peru is sanctioned", "the minister warned Quito its bases could be closed if Peru were
attacked".

A warning word the lexicon marks weak ("warned": often mere concern, kept under the minimum confidence with a
target taken from a possessor such as "Chilean ports") is a threat proper when what it foretells is set on a
condition (``if``) in which the warner's own country undergoes an act (a passive clause whose subject is of the
warner's country: "if Peru is sanctioned"): that is deterrence, CAMEO's threat (13x), aimed at the side it names.
The weak mark is lifted here; the target stays the one the frame already has.

Not when: the condition is no passive of the warner's side ("if reforms stall", "if Chile raises tariffs": a
forecast, or a condition on another's act that ``conditional_targets`` reads); the warning has no target, or only
the warner's own country ("warned that Peru would suffer if Peru is sanctioned"); the word is not weak (its
confidence is already whole).

Cheap: only weak threat frames are looked at, and only the clauses under their anchor.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame, weak_factor
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import is_passive, passive_subject_of

_THREAT = "THREATEN"
_FORETOLD = frozenset({"ccomp", "acl"})
"""Dependencies of the clause a warning foretells ("warned that X would ...", "a warning that X would ...")."""
_CONDITION_MARKS = frozenset({"if"})
"""Conjunctions setting the foretold on a condition; "unless"/"whether" make no deterrent of a passive."""


def _hit_at_home(clause: Token, own: set[str | None], index: MentionIndex, rules: FrameRules) -> bool:
    """Whether a clause holds an ``if`` condition in which the warner's own country undergoes an act."""
    for cond in clause.children:
        if cond.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS
                                           for c in cond.children) or not is_passive(cond):
            continue
        subj = passive_subject_of(cond, rules.relative_pronouns)
        if subj is not None and any(m.actor.country in own for m in index.actors(subj)):
            return True
    return False


def deterrent_warnings(frames: Sequence[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Lift the weak mark of each warning that foretells the other side's loss should the warner's side be hit (in
    place; see the module)."""
    for frame in frames:
        if "weak" not in frame.entry.flags or not frame.sources or not frame.targets \
                or load_codes().get(frame.cameo).plover != _THREAT:
            continue
        own = {s.actor.country for s in frame.sources}
        if None in own or any(t.actor.country in own for t in frame.targets):
            continue
        anchor = frame.anchor
        clauses = [anchor, *(c for c in anchor.children if c.dep_ in _FORETOLD)]
        if any(_hit_at_home(clause, own, index, rules) for clause in clauses):
            frame.confidence = min(1.0, frame.confidence / weak_factor(frame.entry))
