"""An event named inside an act its party refuses to do did not take place.

"X refused to attend talks with Y", "X declined to join negotiations with Y": the refusal is coded from the verb
pair (a REJECT entry, "refused attend"), but the event noun inside the infinitive ("talks") was coded on its own as
an asserted consultation of X and Y. The talks were refused by X: no talks took place between X and Y, in either
direction, so the noun's event is negated.

Only when the refuser is a party of the noun's event: "X refused to condemn Y's attack on Z" leaves the attack as
told (X takes no part in it). Only the infinitive chain under a withholding verb (frames.json
``withholding_verbs``), so "X refused the offer" or "X attended talks with Y" keep their own reading. Cheap: a walk
up at most three governing clauses from the noun's clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import subject_of
from bilateral.models import Mention

_MAX_CLIMB = 3


def _withholder(clause: Token, rules: FrameRules) -> Token | None:
    """The withholding verb whose infinitive chain holds ``clause`` ("refused to attend", "declined to try to
    join"), or None."""
    tok = clause
    for _ in range(_MAX_CLIMB):
        if tok.dep_ != "xcomp" or tok.head == tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in rules.withholding_verbs:
            return tok
    return None


def withheld_part(trigger: Token, anchor: Token, source: Mention, target: Mention | None, index: MentionIndex,
                  rules: FrameRules) -> bool:
    """Whether the nominal event at ``trigger``, said in the clause of ``anchor`` (the verb it is an argument of),
    sits inside an act that one of its parties (``source`` or ``target``) refuses to do."""
    if trigger == anchor or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = _withholder(anchor, rules)
    if verb is None:
        return False
    subject = subject_of(verb, rules.relative_pronouns)
    if subject is None:
        return False
    parties = {source.actor.code} | ({target.actor.code} if target is not None else set())
    return any(m.actor.code in parties for m in index.actors(subject))
