"""Whose aim an infinitive on a noun of striving or planning is: the doer of the act it names.

"Peru's efforts to improve ties with Chile", "Peru closed the border in a bid to pressure Chile", "Peru announced
plans to close the border", "Peru's announcement of its intention to ...": the one who strives or plans does the
act, which events/frames.py ``controller`` takes as the infinitive's subject (modality then reads a plan as meant
for later and an effort as under way).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.frame_rules import FrameRules
from bilateral.events.roles import passive_subject_of, possessor_of, subject_of


def striver_of(verb: Token, effort_nouns: frozenset[str], relative_pronouns: frozenset[str]) -> Token | None:
    """Whose effort an infinitive on a noun of striving is: "Peru's efforts to improve ties with Chile", "Peru's
    push to mend relations with Chile" (the noun's possessor acts); "the effort to improve ties" names no one.

    A striving noun with no possessor that is the "in" adjunct of a clause ("Peru closed the border in a bid to
    pressure Chile", "Peru is expected to act, in an effort to court Chile") is the purpose of that clause's
    subject, who strives: news tells an actor's aim this way everywhere. Not a noun that is a verb's object or
    subject ("backed the effort to ...", "the effort to ... failed"), whose effort may be anyone's."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in effort_nouns \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    owner = possessor_of(noun)
    prep = noun.head
    if owner is not None or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return owner
    return subject_of(prep.head, relative_pronouns) or passive_subject_of(prep.head, relative_pronouns)


_PLANNERS = frozenset({"announce", "unveil", "outline", "reveal", "confirm", "disclose", "present", "detail",
                       "declare", "signal", "have", "make", "draw"})
"""Verbs whose subject owns the plan that is their object ("announced plans to ...", "has plans to ..."); not
"criticised a plan to ...", "rejected a plan to ...", whose plan is someone else's."""


def planner_of(verb: Token, rules: FrameRules) -> Token | None:
    """Whose plan an infinitive on a plan noun (``rules.plan_nouns``) is: the noun's possessor ("Peru's plan to
    close the border"), else, when the noun is the "of" object of a noun of making it known
    (``rules.announcing_nouns``), that noun's possessor ("Peru's announcement of its intention to close ...": the
    announcer's own plan, whatever "its" stands for), else, when the noun is a verb's object, that verb's subject
    ("Peru announced plans to close the border"): the planner does the act. A plan told by another ("the report of
    a plan to close ...", "a critic's account of the plan") has no planner here."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in rules.plan_nouns \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    owner = possessor_of(noun)
    if owner is not None and owner.pos_ != "PRON":
        return owner
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in rules.announcing_nouns \
            and (teller := possessor_of(noun.head.head)) is not None and teller.pos_ != "PRON":
        return teller
    verb_of = noun.head
    return subject_of(verb_of, rules.relative_pronouns) \
        if noun.dep_ == "dobj" and verb_of.lemma_.lower() in _PLANNERS \
        else None
