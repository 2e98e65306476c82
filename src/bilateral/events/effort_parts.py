"""The doer of an act noun told as part of a wider effort or operation that names its own doer: "the blacklisting of
X is presented as one part of Y's push", "X's detention was one part of a crackdown by Y", "the duties arrive as
part of an effort by Y to ...".

The act noun, the subject of the clause, names no doer of its own (no possessor, modifier or ``by`` phrase:
nominal.own_sources), and no verb governs it as its doer's act; the effort it is part of (frames.json
``effort_nouns`` and ``operation_nouns``, through a ``part_nouns`` word as the clause's "as" object or complement)
names who makes it, by its ``by`` phrase or its possessor or modifier: that actor does the act too. Not an effort
with no doer ("one part of a push against graft"), nor a noun that is no part of it ("the arrest came after a
crackdown by Y": a time, not a part), nor an act noun that names its own doer (``own_sources`` wins).
Cheap: a dependency test on the noun, then two short walks down the clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import prep_objects
from bilateral.models import Mention

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OF, _AS, _BY = frozenset({"of"}), frozenset({"as"}), frozenset({"by"})
_OWNERS = frozenset({"poss", "compound", "amod", "nmod"})
"""Modifiers that name whose an effort is ("Y's push", "a Chilean drive")."""


def _parts(verb: Token, rules: FrameRules) -> Iterator[Token]:
    """The "part" a clause says its subject is: the complement ("was part of") or the "as" object ("presented as
    part of", "arrive as part of")."""
    for child in verb.children:
        if child.dep_ == "attr" and child.lemma_.lower() in rules.part_nouns:
            yield child
    yield from (p for p in prep_objects(verb, _AS) if p.lemma_.lower() in rules.part_nouns)


def effort_doers(noun: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """Who makes the effort or operation the act noun is told as part of, when it names its maker: its ``by``
    phrase, else its possessor or modifier; none otherwise."""
    if noun.dep_ not in _SUBJECTS:
        return []
    efforts = rules.effort_nouns | rules.operation_nouns
    for part in _parts(noun.head, rules):
        for effort in prep_objects(part, _OF):
            if effort.lemma_.lower() not in efforts:
                continue
            found = [m for p in prep_objects(effort, _BY) for m in index.actors(p)]
            return found or [m for c in effort.children if c.dep_ in _OWNERS and (m := index.at(c)) is not None]
    return []
