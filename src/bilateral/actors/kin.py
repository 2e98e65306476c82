"""A named person's kin listed beside that person: "sanctions on the ex-minister and members of his family", "the
tycoon, his wife and his son were barred from entry" -- the kin are private people of the person's country (CVL).

An act done to a public figure is often done to the figure's relatives in the same breath (sanctions, travel bars,
arrests, asset freezes), and the relatives are coded as civilians of the figure's country. A kin noun ("wife",
"son", "family", "relatives") whose possessor is "his" or "her" counts only when it is coordinated or in apposition
with a mention of a person who has a country, directly or as "members of his family": the pronoun then points to
that person. Elsewhere the kin noun is left alone ("Berisha said his wife was ill" adds no actor: the wife is not
listed with him, and no act is said to reach her through him). Run by the pipeline after the sentence's pronoun
subjects are resolved, beside the speaker's own forces (possessed_forces.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.actors.knowledge import KnowledgeBase
from bilateral.actors.possessed_forces import pronoun_owned
from bilateral.models import Mention

KIN_NOUNS = frozenset({
    "family", "families", "relative", "relatives", "wife", "wives", "husband", "spouse", "son", "sons",
    "daughter", "daughters", "child", "children", "brother", "brothers", "sister", "sisters", "father",
    "mother", "parents", "nephew", "nephews", "niece", "nieces", "cousin", "cousins", "grandson", "granddaughter",
    "son-in-law", "daughter-in-law", "brother-in-law", "stepson", "stepdaughter",
})
"""Nouns that name a person's relatives (matched on the lower-cased word)."""
_POSSESSIVES = frozenset({"his", "her"})
_MAY_HOLD = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")
"""A sentence that may hold "his"/"her": only those are read token by token."""
_GROUP_OF = frozenset({"member", "members"})
"""'members of his family' lists the members: the kin noun stands for the word that heads the phrase."""
_LISTED = frozenset({"conj", "appos"})


def _listed_head(noun: Token) -> Token:
    """The word that stands in a list for the kin noun: "members" of "members of his family", else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _GROUP_OF:
        return prep.head
    return noun


def _listed_with(head: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The mention of a person with a country that ``head`` is listed with, up its conj/appos chain."""
    cur = head
    while cur.dep_ in _LISTED and cur.head != cur:
        cur = cur.head
        found = by_token.get(cur.i)
        if found is not None:
            actor = found.actor
            return found if actor.kind == "person" and actor.country is not None else None
    return None


def listed_kin(sent: Doc, mentions: Sequence[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Mentions for "his wife", "members of his family" listed with a person mention that has a country: that
    country's civilians (see the module docstring)."""
    by_token, owned = pronoun_owned(sent, mentions, _POSSESSIVES, _MAY_HOLD)
    out: list[Mention] = []
    for tok, noun in owned:
        if noun.lower_ not in KIN_NOUNS:
            continue
        head = _listed_head(noun)
        if head.i in by_token:
            continue
        person = _listed_with(head, by_token)
        if person is None or person.actor.country not in kb.countries:
            continue
        first = tok.i
        text = sent[first:noun.i + 1].text
        actor = kb.country_actor(str(person.actor.country), "CVL", text, kind="group")
        out.append(Mention(actor, first, noun.i + 1, sent[first].idx, noun.idx + len(noun), person.confidence,
                           "kin"))
    return out
