"""Who leads or carries out an act named as a noun, told on a participle that modifies the noun: "the
Washington-led offensive against X" (the name hung on "led") and "a coup led by X", "the raid carried out by X",
"an attack staged by X" (the participle's ``by`` agent).

The noun's own phrase has no possessor, modifier or ``by`` phrase to name the doer (nominal.own_sources), so the
act had no source. Only a participle of leading or performing (frames.json ``leading_participles``) names the
doer: "the attack condemned by X", "the talks welcomed by X" name someone who judged the act, not who did it.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import agent_of, prep_objects
from bilateral.models import Mention

_LED_BY = frozenset({"npadvmod", "compound", "amod", "nmod"})
"""How the leader's name hangs on the "led" of "Washington-led" (npadvmod, or compound or amod)."""


def leader(modifier: Token, index: MentionIndex) -> Mention | None:
    """Who leads an act named "X-led" ("the Washington-led offensive against Y", "the Paris-led raid on Y"): the
    actor hung on the participle "led" that modifies the noun. A one-word "U.S.-led" is the modifier's own mention,
    and "Saudi-led airstrikes" the actor resolver reads as one forces mention (state.sector_head)."""
    if modifier.dep_ != "amod" or modifier.lower_ != "led":
        return None
    return next((index.at(c) for c in modifier.children
                 if c.dep_ in _LED_BY and c.i < modifier.i and index.at(c) is not None), None)


def participle_doers(noun: Token, index: MentionIndex, rules: FrameRules) -> tuple[list[Mention], Token] | None:
    """The doers of an act noun named as the ``by`` agent of a participle of leading or performing that modifies
    it ("a coup led by X", "the raids carried out by X"), and the token that names them; None when no such
    participle names an actor."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in rules.leading_participles \
                and (agent := agent_of(clause)) is not None and (found := index.actors(agent)):
            return found, agent
    return None


def participle_targets(noun: Token, preps: frozenset[str], index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """Whom an act noun is aimed at, named in a target phrase that the parser hangs on the participle of leading
    or performing that modifies it ("the coup led by X against Y", "raids carried out by X on Y")."""
    return [m for clause in noun.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in rules.leading_participles
            for pobj in prep_objects(clause, preps) for m in index.actors(pobj)]
