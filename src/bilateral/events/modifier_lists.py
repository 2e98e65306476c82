"""Actors listed together in the modifiers of an event noun: "US-China talks", "a Chinese and Russian proposal",
"U.S., British and French sanctions on X".

The parser hangs the first of a hyphenated pair on the second, makes an "and" list the first modifier's
conjuncts and, with commas, further modifiers of the noun after it; each actor so listed names who acts, beside
the modifier ``nominal.own_sources`` found first.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.models import Mention

_MODIFIERS = ("compound", "amod", "nmod")


def modifier_partners(modifier: Token, mention: Mention, index: MentionIndex) -> list[Mention]:
    """The actors listed with a modifier that names who acts (``mention``), by hyphen, "and" or commas."""
    found = _hyphen_partners(modifier, mention, index) + _modifier_conjuncts(modifier, mention, index)
    return _unique_mentions(found, mention)


def _hyphen_partners(modifier: Token, mention: Mention, index: MentionIndex) -> list[Mention]:
    """The actors joined to a modifier by a hyphen ("US-China talks", "Russia-Ukraine negotiations"): the parser
    hangs the first on the second; both name who acts."""
    out: list[Mention] = []
    for child in modifier.children:
        other = index.at(child)
        if child.dep_ in _MODIFIERS and other is not None and other != mention and child.i < modifier.i \
                and any(t.text in ("-", "–") for t in modifier.doc[child.i + 1:modifier.i]):
            out.append(other)
    return out


def _modifier_conjuncts(modifier: Token, mention: Mention, index: MentionIndex) -> list[Mention]:
    """The actors listed with a modifier ("a Chinese and Russian proposal", "U.S., British and French sanctions on
    X"): each names who acts, as the hyphen's partners do ("US-China talks"). The parser makes the list the
    modifier's conjuncts or, with a comma, further modifiers of the noun after it."""
    out: list[Mention] = []
    conjuncts = [c for c in modifier.children if c.dep_ == "conj"]
    while conjuncts:
        conj = conjuncts.pop(0)
        if (other := index.at(conj)) is not None:
            out.append(other)
        conjuncts.extend(c for c in conj.children if c.dep_ == "conj")
    end = mention.end
    for sibling in modifier.head.children:
        other = index.at(sibling)
        if sibling.i < end or sibling.dep_ not in _MODIFIERS or other is None or other == mention:
            continue
        if any(t.text != "," for t in modifier.doc[end:other.start]):
            break
        out.append(other)
        out.extend(index.actors(sibling)[1:])  # "U.S., British and French": the last two as one conjunct pair
        end = max(other.end, *(c.i + 1 for c in sibling.subtree))
    return out


def _unique_mentions(found: list[Mention], mention: Mention) -> list[Mention]:
    """``found`` without repeats or ``mention`` itself, in order."""
    out: list[Mention] = []
    for m in found:
        if m != mention and m not in out:
            out.append(m)
    return out
