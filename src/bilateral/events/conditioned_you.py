"""A state's coercion threatened on "you" for what "you" do is aimed at whoever does it: "“If you overstay your visa,
we will deport you,” the minister said" threatens unnamed civilians (``---CVL``, docs/gold-guidelines.md), the
people the rule is for, though no one is named.

A coercive frame (``COERCED``: arrests, expulsions, sanctions; not an armed act, which "you" aims at an enemy)
whose source is a state's organ and whose object is a second-person "you" that no mention covers (the actor
resolver gives "you" the named addressee of a quotation told to someone), set on an "if"/"unless" clause whose own
subject is "you" too (the one who would act is the one coerced), takes that generic person as its target.

Not when: "you" is the named addressee (a mention covers it); the condition's subject is not "you" ("if the court
agrees, we will deport you"); there is no condition ("we will deport you"); the act is armed or cooperative ("if you
attack us, we will strike you", "if you apply, we will help you"); the source is no state organ.

Cheap: a word test on the frames' objects before any walk over the parse.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.models import Actor, Mention

_YOU = "you"
_COERCED = frozenset({"COERCE", "SANCTION"})
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
_CIVILIANS = "---CVL"
GENERIC_YOU = 0.8
"""Confidence of a generic "you" as the target: its sector is inferred, the act's words say it is aimed at them."""


def _set_on_you(verb: Token, rules: FrameRules) -> bool:
    """Whether an "if"/"unless" clause whose subject is "you" governs ``verb`` or a clause above it."""
    tok = verb
    for _ in range(4):
        for clause in tok.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in rules.hypothetical_marks
                                              for c in clause.children) \
                    and any(c.dep_ == "nsubj" and c.lower_ == _YOU for c in clause.children):
                return True
        if tok.dep_ not in ("xcomp", "conj", "ccomp") or tok.head == tok:
            return False
        tok = tok.head
    return False


def conditioned_you(frames: Sequence[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Aim each state's coercion of an unnamed "you" set on what "you" do at unnamed civilians (in place)."""
    for frame in frames:
        if frame.targets or not frame.sources \
                or load_codes().get(frame.cameo).plover not in _COERCED \
                or not all(m.actor.sector in _STATE_SECTORS for m in frame.sources):
            continue
        you = next((c for c in frame.trigger.children if c.dep_ == "dobj" and c.lower_ == _YOU), None)
        if you is None or index.at(you) is not None or not _set_on_you(frame.trigger, rules):
            continue
        actor = Actor(text=you.text, name="civilians", code=_CIVILIANS, country=None, sector="CVL", kind="group")
        frame.targets.append(Mention(actor, you.i, you.i + 1, you.idx, you.idx + len(you), GENERIC_YOU, "implied"))
