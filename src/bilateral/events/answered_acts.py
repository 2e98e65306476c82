"""Whom a proposal was put to, told by who answers it: "Quito has not responded to Bogota's overtures", "Lima
refrained from commenting on Santiago's demands".

A proposal noun (frames.json ``proposal_nouns``: an offer, overture, demand, appeal) often names who made it and
not to whom; the one who answers it, the subject of an answering verb (``answering_verbs``: respond or reply to,
comment on) whose prepositional object it is, is whom it was put to. Verbs that judge it ("rejected X's offer",
"welcomed X's overtures") are left alone: their rejection or praise is the act a sentence tells, and a bystander
judges as often as the addressee. Verbs of defiance or compliance (``defying_verbs``) are not: one defies,
ignores or heeds only what was put to oneself, so the subject of such a verb whose direct object is the proposal
("the junta defied calls by X to ...", "the army heeded X's appeal") is whom it was put to. The proposal keeps its
own modality: it was made, whatever the answer ("has not responded to X's offer": the offer stands). A request by
the press ("did not respond to a request for comment") asks for words, not for a political act, and is no proposal
here.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import controller
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.roles import prep_objects
from bilateral.models import Mention

_ANSWER_PREPS = frozenset({"to", "on"})
"""The prepositions an answering verb takes what it answers with ("responded to", "commented on")."""


def defied(noun: Token, rules: FrameRules) -> bool:
    """Whether the proposal ``noun`` is the direct object of a verb of defiance or compliance ("defied calls by X",
    "heeded X's appeal"): then it was one, and a weak noun ("call") is no telephone call."""
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in rules.defying_verbs \
        and noun.lemma_.lower() in rules.proposal_nouns


def answerers(noun: Token, entry: TriggerEntry, sources: list[Mention], index: MentionIndex,
              lexicon: Lexicon) -> list[Mention]:
    """The actors who answer the proposal ``noun`` made by ``sources``: the subject (or the controlling clause's
    subject) of the answering verb whose prepositional object it is, or of the defying verb whose direct object it
    is; none for another noun, another verb, a
    request by the press or no such actor. An addressee the proposal names itself, which the parser may hang on
    the answering verb ("responded to X's overtures to Y"), is its target, not the answerer."""
    rules = lexicon.rules
    head = noun.head
    if noun.lemma_.lower() not in rules.proposal_nouns or any(m.actor.sector in rules.press_sectors for m in sources):
        return []
    if defied(noun, rules):
        verb = head  # "defied calls by X": whom they were put to, however the verb's other phrases run
    elif noun.dep_ == "pobj" and head.lower_ in _ANSWER_PREPS and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in rules.answering_verbs:
        verb = head.head
        if named := [m for pobj in prep_objects(verb, entry.preps) if pobj.i != noun.i for m in index.actors(pobj)]:
            return named
    else:
        return []
    subj, _ = controller(verb, lexicon)
    if subj is None:
        return []
    made = {m.actor.code for m in sources}
    return [m for m in index.actors(subj) if m.actor.code not in made]
