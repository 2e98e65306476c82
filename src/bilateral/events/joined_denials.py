"""A denial told with the denier's own criticism of the accuser: "officials rejected the charges while
faulting the groups that made them", "X rejected the charges, accusing the press of bias".

A rejection of a claim noun ("the allegations", "the charges") that names no one and finds no earlier accuser
(``replies.answer_replies`` left it without a target) answers whoever the same side, in a participle clause hung on
the rejection, criticizes or accuses: news tells a denial and the attack on its accusers in one breath. Its target
is that criticism's target. Only a participle or adverbial clause of the rejection itself (``advcl``), only an
accusation (PLOVER ACCUSE) by the rejection's own source with a target; not a rejection with a target already, nor
one of something that is no claim ("rejected the plan while criticizing X" answers no one), nor a criticism in
another clause of the sentence ("X denied the allegations, and Y criticized Z").
"""

from __future__ import annotations

from collections.abc import Sequence

from bilateral.codes import load_codes
from bilateral.events.frames import Frame, weak_factor
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import direct_object_of


def joined_denials(frames: Sequence[Frame], rules: FrameRules) -> None:
    """Give each targetless rejection of a claim noun the target of its own clause's accusation (in place)."""
    codes = load_codes()
    for frame in frames:
        if frame.targets or codes.get(frame.cameo).plover != "REJECT":
            continue
        noun = direct_object_of(frame.trigger)
        if noun is None or noun.lemma_.lower() not in rules.claim_nouns:  # cheap: most rejections are answered
            continue
        clauses = {c for c in frame.trigger.children if c.dep_ == "advcl"}
        sources = {m.actor.code for m in frame.sources}
        for other in frames:
            if other.trigger in clauses and other.targets and codes.get(other.cameo).plover == "ACCUSE" \
                    and sources and {m.actor.code for m in other.sources} == sources:
                frame.targets.extend(m for m in other.targets if m.actor.code not in sources)
                frame.confidence /= weak_factor(frame.entry)  # the claim answered settles a weak verb's sense
                break
