"""Set descriptions that refer back to actors named together: "Mali, Niger and Burkina Faso left the bloc ... The
three nations accused it", "... relations with the trio".

A description counts its members ("the two <nouns>", "the three <nouns>", "both <nouns>", "the trio", "the pair",
"the duo"). Its members are the actors that the latest parsed sentence before it (at most ``WINDOW`` back) names
as one coordination ("Mali, Niger and Burkina Faso") of exactly that many actors of different countries; the
latest sentence with any coordination of actors decides: one of another size there, or two of the right size,
leave the description unresolved. A sentence that names actors apart ("Putin is courting Erdogan") gives the set
when it names, by surer evidence than a guess from the document (``history.WEAK``), exactly as many countries as
the description counts, and none besides: "the two presidents" after a sentence naming a third country, or one
naming only one, stay unresolved. "The other three <nouns>" counts one member more: the coordination of four named
before ("Japan, India, Australia and the United States") less the one member the sentence names itself ("Japan
held an exercise with the other three countries"); a sentence that names none of its members, or two, leaves it
unresolved.

A mention holds one actor, and mentions never overlap, so the description is coded as its first member and the
events coded with it are copied for the others afterwards (``expand``): "The three nations accused the bloc"
becomes one accusation per nation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from bilateral.actors.history import WEAK
from bilateral.models import Actor, Event, Mention

WINDOW = 2
"""How many sentences back the named set may stand."""
SET_CONFIDENCE = 0.7
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_COLLECTIVES = {"trio": 3, "pair": 2, "duo": 2}


SET_DESCRIPTION = re.compile(r"\b(?:[Tt]he (?:other )?(?:two|three|four|five)|[Bb]oth|[Tt]he (?:trio|pair|duo))\b")
"""A sentence that may hold a set description: the pre-filter parses the sentence before, which may name its
members, even when that sentence holds no trigger."""


def _other(tok: Token) -> bool:
    """Whether a set description counts the members other than one ("the other three countries")."""
    return any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


def _size(tok: Token) -> int | None:
    """How many members a description headed by ``tok`` counts, or None when it is no set description."""
    if tok.pos_ != "NOUN":
        return None
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "predet", "nummod", "quantmod", "preconj")}
    if tok.lower_ in _COLLECTIVES and "the" in dets:
        return _COLLECTIVES[tok.lower_]
    if tok.tag_ != "NNS":
        return None
    if "both" in dets:
        return 2
    counts = [_COUNTS[d] for d in dets if d in _COUNTS]
    return counts[0] if len(counts) == 1 and "the" in dets else None


def _coordinations(sent: Doc, mentions: Sequence[Mention]) -> list[tuple[Actor, ...]]:
    """The actors the sentence names as coordinations of two or more ("Mali, Niger and Burkina Faso")."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    groups = []
    for m in mentions:
        root = sent[m.start:m.end].root
        if root.dep_ == "conj":
            continue  # counted from the first conjunct
        members = [m]
        for conj in root.conjuncts:
            other = by_token.get(conj.i)
            if other is not None and other not in members:
                members.append(other)
        if len(members) > 1:
            groups.append(tuple(x.actor for x in members))
    return groups


@dataclass
class ActorSets:
    """Coordinations of actors per parsed sentence of one document, and the set descriptions resolved to them."""

    nouns: frozenset[str] = frozenset()
    """Nouns that name actors ("countries", "presidents", "governments"): a set of actors named apart is taken only
    for a description with such a noun."""
    groups: dict[int, list[tuple[Actor, ...]]] = field(default_factory=dict)
    apart: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    """Sentence index -> the first actor of each country it names (by surer evidence than a guess), in order."""
    resolved: dict[tuple[int, str, str], tuple[Actor, ...]] = field(default_factory=dict)
    """(sentence index, description text, first member's code) -> all members."""

    def remember(self, index: int, sent: Doc, mentions: Sequence[Mention]) -> None:
        """Record the coordinations of actors sentence ``index`` names."""
        found = _coordinations(sent, mentions)
        found += [self.resolved[(index, m.actor.text, m.actor.code)] for m in mentions if m.resolved_by == "set"
                  and (index, m.actor.text, m.actor.code) in self.resolved]  # "the three nations ... the trio"
        if found:
            self.groups[index] = found
        countries: dict[str, Actor] = {}
        for m in mentions:
            if m.actor.country is not None and m.resolved_by not in WEAK and m.resolved_by != "set":
                countries.setdefault(m.actor.country, m.actor)
        if countries:
            self.apart[index] = tuple(countries.values())

    def _members(self, index: int, size: int, besides: frozenset[str] | None = None,
                 actors: bool = False) -> tuple[Actor, ...] | None:
        """The members of a set of ``size``; with ``besides`` (the countries the sentence names), of a set of one
        more less the one member among them ("the other three"). Actors named apart count only for a description
        whose noun names actors (``actors``): "the two countries", not "the two lawsuits"."""
        whole = size if besides is None else size + 1
        for back in range(index - 1, index - WINDOW - 1, -1):
            groups = self.groups.get(back)
            if not groups:
                named = self.apart.get(back)
                if named is None:
                    continue
                return named if besides is None and len(named) == size and actors else None
            fitting = [g for g in groups if len(g) == whole and len({a.country for a in g}) == whole
                       and None not in {a.country for a in g}]
            if len(fitting) != 1 or len(groups) != 1:
                return None
            if besides is None:
                return fitting[0]
            rest = tuple(a for a in fitting[0] if a.country not in besides)
            return rest if len(rest) == size else None
        return None

    def resolve(self, index: int, sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
        """``mentions`` with each set description coded as its first member, in place of a guess from the document
        (``history.WEAK``) for its words (see the module)."""
        out = list(mentions)
        taken = {i for m in mentions if m.resolved_by not in WEAK for i in range(m.start, m.end)}
        named = frozenset(m.actor.country for m in mentions if m.actor.country is not None)
        for tok in sent:
            size = _size(tok)
            if size is None or tok.i in taken:
                continue
            members = self._members(index, size, named if _other(tok) else None,
                                    tok.lemma_.lower() in self.nouns or tok.lower_ in self.nouns)
            if members is None:
                continue
            lo = min([tok.i, *(c.i for c in tok.children if c.i < tok.i and c.dep_ != "det")])
            if any(i in taken for i in range(lo, tok.i + 1)):
                continue
            out = [m for m in out if m.end <= lo or m.start > tok.i]  # a guess from the document gives way
            span = sent[lo:tok.i + 1]
            first = replace(members[0], text=span.text)
            out.append(Mention(first, lo, tok.i + 1, span.start_char, span.end_char, SET_CONFIDENCE, "set"))
            self.resolved[(index, span.text, first.code)] = members
            taken.update(range(lo, tok.i + 1))
        return sorted(out, key=lambda m: m.start)

    def expand(self, index: int, events: Sequence[Event]) -> list[Event]:
        """``events`` with each event of a set description copied for the set's other members."""
        if not any(key[0] == index for key in self.resolved):
            return list(events)
        out: list[Event] = []
        seen: set[tuple[str, str, str]] = set()
        for event in events:
            for copy in self._copies(index, event):
                key = (copy.source.code, copy.target.code if copy.target else "", copy.event_type or copy.cameo)
                if key not in seen and (copy.target is None or copy.target.code != copy.source.code):
                    seen.add(key)
                    out.append(copy)
        return out

    def _copies(self, index: int, event: Event) -> list[Event]:
        source = self.resolved.get((index, event.source.text, event.source.code))
        if source is not None:
            return [replace(event, source=replace(a, text=event.source.text)) for a in source]
        target = self.resolved.get((index, event.target.text, event.target.code)) if event.target else None
        if target is not None and event.target is not None:
            return [replace(event, target=replace(a, text=event.target.text)) for a in target]
        return [event]
