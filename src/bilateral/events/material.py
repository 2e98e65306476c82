"""Argument helpers for material acts (CAMEO 06-09, 15-20) that the verb frames of ``frames.py`` call: parties named
together who act on each other, a deployment whose destination or role is peacekeeping, whom aid given for a purpose
is for, and who used the weapon that is the subject of an act of force. Each reads only the parse and the sentence's
mentions; the word lists they need are small closed classes, kept here beside the rule that reads them.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.roles import agent_of, direct_object_of, prep_objects
from bilateral.models import Mention


def coordinated_parties(verb: Token) -> bool:
    """Whether the verb's subject, or its passive agent, is two or more coordinated nouns ("X and Y")."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    heads += [p for h in list(heads) for o in h.children if o.dep_ == "prep" and o.lower_ == "of"
              for p in o.children if p.dep_ == "pobj"]  # "the armies of X and Y"
    # "X and Y" on the noun, or "Russian and Chinese forces" on its modifier
    return any(c.dep_ == "conj" or c.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in c.children)
               for h in heads for c in h.children)


def peacekeepers(verb: Token, words: frozenset[str]) -> bool:
    """Whether the verb's subject or object names peacekeepers ("AU peacekeeping soldiers have landed"), or its
    destination or role does ("sent troops to the UN peacekeeping mission", "... to serve as peacekeepers");
    ``words`` are frames.json ``peacekeeping_words``."""
    if any(t.lower_ in words for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in c.subtree):
        return True
    # only the phrase's own noun and its modifiers: "to the area where peacekeepers were killed" is no mission
    heads = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _MISSION_PREPS]
    heads += [p for x in verb.children if x.dep_ in ("xcomp", "advcl") for p in x.children
              if p.dep_ == "prep" and p.lower_ == "as"]
    return any(_names_mission(pobj, words) for prep in heads for pobj in prep.children if pobj.dep_ == "pobj")


_MISSION_PREPS = ("to", "on", "as", "for")


def _names_mission(noun: Token, words: frozenset[str]) -> bool:
    """The noun or its modifiers are peacekeeping words, or what it is part of is ("as part of the UN force")."""
    if noun.lower_ in words or any(c.lower_ in words for c in noun.children if c.dep_ in ("compound", "amod")):
        return True
    return any(_names_mission(p, words) for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj")


_AID_PURPOSES = frozenset({"help", "support", "assist", "aid"})
"""Purpose verbs that name whom aid is for ("provided $5m to help Haiti", "funds to support refugees in Jordan")."""
_IN = frozenset({"in"})
_DESTINATIONS = frozenset({"in", "to", "into"})


def aided(verb: Token, index: MentionIndex, senders: frozenset[str] = frozenset()) -> list[Mention]:
    """Whom aid is for when no phrase of the giving verb names a recipient: the object of its purpose clause
    ("to help Haiti", "to support Syrian refugees"), or where that object is ("to support peace building in X"); or,
    when the aid is itself the purpose of a trip or deployment (``senders``: frames.json ``peacekeeping_verbs``),
    where the trip goes."""
    for clause in verb.children:
        if clause.dep_ not in ("xcomp", "advcl") or clause.lemma_.lower() not in _AID_PURPOSES \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        helped = direct_object_of(clause) or next((s for c in clause.children if c.dep_ in ("ccomp", "xcomp")
                                 for s in c.children if s.dep_ == "nsubj"), None)  # "to help Haiti cope"
        if helped is not None:
            found = index.actors(helped) or [m for p in prep_objects(helped, _IN) for m in index.actors(p)]
            if found:
                return found
    # "soldiers landed in Haiti to help hand out food": the aid goes where those who bring it were sent
    head = verb
    while head.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        head = head.head
        if head.lemma_.lower() in senders:
            return [m for p in prep_objects(head, _DESTINATIONS) for m in index.actors(p)]
    return []


_WIELDING = frozenset({"fire", "launch", "plant", "detonate", "drop", "throw", "lob", "hurl", "shoot", "use", "drive",
                       "fly", "pilot", "operate", "set"})
"""Participles by which a weapon names who used it ("fired by X", "planted by X"); "predicted by X" names none."""


def wielders(thing: Token, index: MentionIndex) -> list[Mention]:
    """Who fired, launched or planted the subject of an act of force ("rockets launched by X hit Y", "a bomb
    planted by X killed ..."): the agent of the participle that describes it."""
    for acl in thing.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in _WIELDING \
                and (agent := agent_of(acl)) is not None:
            return index.actors(agent)
    return []
