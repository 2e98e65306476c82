"""An effort told as failed: "X's effort to mediate between Y and Z collapsed", "an attempt to oust the president was
foiled", "X's failed attempt to meet Y".

An infinitive on a noun of striving (``effort_nouns``) names an act under way, which the gold codes as done ("X's
efforts to improve ties with Y": the improving goes on; events/aims.py ``striver_of``). When the effort itself is
said to have failed, its act was never reached: the effort noun is the subject of a failing verb ("failed",
"collapsed", "was thwarted"; ``failing_words``) or carries a failing adjective ("a failed bid", "an
abortive attempt"). The act is then not asserted (events/modality.py marks it negated), except an attack or a
coercion, which CAMEO codes as attempted whatever came of it (events/coder.py, as for "tried to kill X").

An effort that stalled or faltered was made and may go on ("X's efforts to improve ties with Y have stalled": the
improving was under way, as the gold codes it): only words of ending in failure count.

Not when the failing verb names another act that the effort failed to bring about ("X's efforts to mediate failed to
stop the fighting": the mediation took place; the stopping did not), when the failing verb is itself denied ("the
effort did not fail"), nor when the effort succeeded ("X's push to improve ties with Y succeeded").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.frame_rules import FrameRules

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OTHER_ACTS = frozenset({"xcomp", "ccomp"})
"""Complements of a failing verb that name what the effort failed to bring about ("failed to stop the fighting")."""


def failed_effort(verb: Token, rules: FrameRules) -> bool:
    """True when ``verb`` is the "to" infinitive of an effort noun that the sentence says failed."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in rules.effort_nouns \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    failing = rules.failing_words
    if any(c.dep_ == "amod" and (c.lower_ in failing or c.lemma_.lower() in failing) for c in noun.children):
        return True
    clause = noun.head
    return noun.dep_ in _SUBJECTS and clause.lemma_.lower() in failing \
        and not any(c.dep_ in _OTHER_ACTS or c.dep_ == "neg" for c in clause.children)
