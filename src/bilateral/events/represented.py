"""People who speak or act for a party: "a spokesman for the Taliban", "X's lawyer", "a lawyer for X", "the attorney
representing X".

Court and political news quote those who speak for others: spokespeople, lawyers, attorneys, counsel. What such a
person says or does in that role is the represented party's act (a defendant's lawyer who calls the evidence weak
rejects the charges for the defendant), so the person takes the party's actor: the noun's possessor, the object of
its "for" phrase, or the object of a participle of representing on it (frames.json ``representing_nouns``,
``representing_verbs``). With no party named that has an actor ("lawyers for the victims", "a lawyer" alone) the
noun keeps what the actor sieve gave it (the story's judiciary for a lawyer, ``actors/agents.py``), and a title
that is an office ("Attorney General X") is resolved by the sieve as that office and is not read here. Used by
``arguments.MentionIndex`` when it looks for the actor a word names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from spacy.tokens import Token

from bilateral.models import Mention

GUESSED = "document"
"""How the actor sieve marks an agent noun given only the document's main country (actors/agents.py): a weaker
reading of a representing noun than the party its phrase names."""


class Representing(NamedTuple):
    """The words of representation: nouns of people who act for a party, and verbs of a participle naming it."""

    nouns: frozenset[str]
    verbs: frozenset[str]


NO_ONE = Representing(frozenset(), frozenset())
"""No representing words: every noun names only its own actor."""


def represented_party(noun: Token, words: Representing, by_token: Mapping[int, Mention],
                      own: Callable[[Token], Mention | None]) -> Mention | None:
    """The party a representing noun acts for: its possessor's mention ("X's lawyer"), else the actor ``own`` finds
    for the object of its "for" phrase ("a lawyer for X") or of a participle of representing ("the attorney
    representing X"); None when the noun is no representing noun or names no party with an actor."""
    if noun.lower_ not in words.nouns:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.i in by_token:
            return by_token[child.i]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in words.verbs:
            objects = [o for o in child.children if o.dep_ == "dobj"]
        else:
            continue
        for obj in objects:
            if (party := own(obj)) is not None:
                return party
    return None
