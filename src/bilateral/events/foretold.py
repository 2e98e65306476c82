"""A conditional act that someone other than its doer says could happen is a forecast, not the doer's threat.

``coder._event`` recodes an act set on an "if" condition ("X may suspend talks if the ceasefire fails") as a
threat (13x) by its doer, as CAMEO codes a conditional warning. When the clause is the complement of another
party's forecast ("Z fears that X could attack Y if talks collapse") or of an onlooker's words ("an analyst said X
could strike Y if ...") the doer made no warning: the act stays the hypothetical it is. The doer's own words ("X
warned that it could strike Y if ...") and the news voice keep the threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.modality import speaker_differs, unaffiliated
from bilateral.models import Mention

_MAX_CLIMB = 3
_PASSING = frozenset({"conj", "xcomp"})
"""Links that keep the clause under the same speaker ("could attack X and seize Y", "could try to attack")."""


def foretold_by_another(clause: Token, source: Mention, index: MentionIndex, rules: FrameRules) -> bool:
    """Whether ``clause`` is what a forecaster other than ``source``'s side fears or expects, or what an onlooker
    (an analyst, an expert) says. A party's official saying it ("the Dutch minister said the Community may halt
    its mediation if ...") may speak for the doer: the threat stays."""
    tok = clause
    for _ in range(_MAX_CLIMB):
        head = tok.head
        if head == tok:
            return False
        if tok.dep_ == "ccomp":
            lemma = head.lemma_.lower()
            if lemma in rules.forecast_verbs:
                return speaker_differs(head, source, index, rules)
            return lemma in rules.speech_verbs and unaffiliated(head, index, rules)
        if tok.dep_ not in _PASSING:
            return False
        tok = head
    return False
