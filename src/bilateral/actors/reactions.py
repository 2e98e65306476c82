"""Reactions of the world at large: "the arrest drew international condemnation", "sparked a global outcry".

A pass of the sieve (``resolve.py``). A noun of reaction (``sectors.json`` 'world_acts': "condemnation",
"outcry", "criticism") modified by a word for the world at large ('world_modifiers': "international", "global",
"worldwide") is the act of states that no sentence names: the modifier is coded as an actor with no country
(``---GOV``, as the VOA gold codes "international condemnation"), which the event coder reads as the act's source,
like a demonym on an act noun ("Chinese criticism"). Not when the noun names its own actor ("international
condemnation from the UN", "the EU's international criticism"), nor on other nouns ("international law",
"international pressure groups"), nor a modifier another pass has claimed.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.agents import UNKNOWN_COUNTRY
from bilateral.actors.state import Resolution
from bilateral.models import Actor

WORLD_CONFIDENCE = 0.7
"""The world at large as the source of a reaction its own words call international: inferred from the words
around it, as sure as the other inferences from context (more than a bare agent with no country, whose words say
nothing of who it is)."""
_OWN_ACTOR_PREPS = frozenset({"from", "by"})
"""Prepositions through which a reaction noun names whose it is ("condemnation from the UN"); its "of" phrase
names whom it targets ("international criticism of China")."""


def world_reactions(r: Resolution) -> None:
    """Code "international" in "drew international condemnation" as ``---GOV``, the reaction's source."""
    sectors = r.kb.sectors
    if not sectors.world_acts or not any(word in r.lowered for word in sectors.world_modifiers):
        return  # the sentence's text first: most sentences write no such word
    for tok in r.tokens:
        if tok.lower_ not in sectors.world_modifiers or tok.dep_ != "amod" or tok.i in r.claimed:
            continue
        noun = tok.head
        if noun.lemma_.lower() not in sectors.world_acts and noun.lower_ not in sectors.world_acts:
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in r.claimed for c in noun.children) \
                or _names_giver(r, noun) or (noun.dep_ == "dobj" and _names_giver(r, noun.head)):
            continue  # "the EU's criticism", "drew condemnation from the UN" (the parser hangs it on either)
        if not r.free(tok.i, tok.i + 1):
            continue
        actor = Actor(text=tok.text, name=tok.lower_, code=UNKNOWN_COUNTRY + "GOV", country=None, sector="GOV",
                      kind="group")
        r.add(actor, tok.i, tok.i + 1, WORLD_CONFIDENCE, "context")


def _names_giver(r: Resolution, tok: Token) -> bool:
    """Whether a "from" or "by" phrase of ``tok`` holds an actor ("condemnation from the UN")."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in _OWN_ACTOR_PREPS and any(t.i in r.claimed for t in c.subtree)
               for c in tok.children)
