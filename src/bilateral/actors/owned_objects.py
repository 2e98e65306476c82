"""A person's things that an act falls on, told with a possessive pronoun: "officials said X had fled and that police
had tracked his movements", "X was charged, and the court froze her assets".

An act on what someone owns ("tracked his movements", "seized her passport") is an act on that person, so the
pronoun is the act's target. In news such a "his"/"her" on a verb's direct object stands for the one person the
sentence named before it. Only then: with two people named before it ("X met Y and praised his efforts"), or a
person pronoun between ("X said he had seen his file"), or no person at all, who is meant is not safe to guess,
and it is left alone; nor when that person is the verb's own subject ("X praised his first summit": X's own
thing, no act on X), nor on a preposition's object ("died after his release"), which is no act's patient. The
pronoun's mention takes the person's actor, as sure as a pronoun's (``anaphora.PRONOUN_CONFIDENCE``). Run by the
pipeline once the sentence's names and pronoun subjects are known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from bilateral.actors.anaphora import PRONOUN_CONFIDENCE
from bilateral.actors.possessed_forces import pronoun_owned
from bilateral.models import Mention

_POSSESSIVES = frozenset({"his", "her"})
_MAY_HOLD = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")
"""A sentence that may hold such a pronoun: only those are read token by token."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RIVALS = frozenset({"he", "she", "him", "her", "his"})
"""Person pronouns that, between the person and the possessive, may be whom it stands for instead."""


def owned_object_pronouns(sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for "his"/"her" owning an object ("tracked his movements") when the sentence names exactly one
    person before it and no person pronoun stands between them."""
    by_token, owned = pronoun_owned(sent, mentions, _POSSESSIVES, _MAY_HOLD)
    out: list[Mention] = []
    for pronoun, noun in owned:
        if pronoun.i in by_token or noun.dep_ != "dobj":
            continue
        people = [m for m in mentions if m.actor.kind == "person" and m.end <= pronoun.i]
        if len({m.actor.person or m.actor.name for m in people}) != 1:
            continue
        last = people[-1]
        subjects = {t.i for c in noun.head.children if c.dep_ in _SUBJECTS for t in c.subtree}
        if any(t.lower_ in _RIVALS for t in sent[last.end:pronoun.i]) or subjects & set(range(last.start, last.end)):
            continue  # "X praised his summit": X's own thing, no act on X
        out.append(Mention(replace(last.actor, text=pronoun.text), pronoun.i, pronoun.i + 1, pronoun.idx,
                           pronoun.idx + len(pronoun), PRONOUN_CONFIDENCE, "pronoun"))
    return out
