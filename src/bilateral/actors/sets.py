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

A description whose noun a state's forces share with an international body's (``mixed``, sectors.json
``mixed_set_nouns``: "both forces", "the two parties") counts the bodies a sentence names apart as members too:
"Chad's army patrolled ... alongside soldiers of the UN mission ... Both forces say" is the army and the UN. Any
other description counts states only ("the two countries" after Chad and the UN names no pair), and a body besides
the right number of states makes one member too many. Members named as states take the sector the description's
noun names ("both forces" -> the state's MIL; "the two countries" names none).

A grouping the dictionaries do not know is a set too once a sentence says which actors it is made of ("The Lake
Group consists of Kenya, Uganda and Tanzania"): its name later stands for them as a party ("the Lake Group
agreed", "Lake Group leaders met"), not as a possessor ("the Lake Group's fishing fleet").

A mention holds one actor, and mentions never overlap, so the description is coded as its first member and the
events coded with it are copied for the others afterwards (``expand``): "The three nations accused the bloc"
becomes one accusation per nation. Members named together (a coordination, a grouping) are also given to the coder
as the parties of the description (``members``), so a reciprocal act is between them ("the two countries held
talks": each with the other); members found apart, by their count only, are not, unless the sentence they were
found in told an act of one of them on the other: that sentence paired them ("Putin is courting Erdogan. The two
presidents are cooperating in Syria": each with the other), as a coordination does. Two actors named apart with no
act between them ("Chile's minister met the press as Peru voted") stay two parties alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.actors.history import WEAK
from bilateral.models import Actor, Event, Mention

WINDOW = 2
"""How many sentences back the named set may stand."""
SET_CONFIDENCE = 0.7
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_COLLECTIVES = {"trio": 3, "pair": 2, "duo": 2}


MEMBERSHIP = re.compile(r"\b(?:[Tt]he )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) "
                        r"(?:consists of|is made up of|is composed of|comprises)\b")
"""A sentence that may say which actors a grouping the dictionaries do not know is made of ("The Quint consists of
Chile, Peru, Bolivia and Ecuador"): the pre-filter parses it, and a later sentence naming the grouping
is linked to an actor."""
_MEMBERSHIP_VERBS = {"consist": "of", "make": "of", "compose": "of", "comprise": ""}
"""Verbs that list a grouping's members, and the preposition of the list ("" for a direct object)."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Where a grouping's bare name is a party ("the Quad agreed", "met the Quad"); as a possessor ("the Quad's naval
strength") it names none."""

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
    together: set[tuple[int, str, str]] = field(default_factory=set)
    """Keys of ``resolved`` whose members were named together (a coordination or a grouping's members), not apart."""
    found_in: dict[tuple[int, str, str], int] = field(default_factory=dict)
    """Keys of ``resolved`` whose members were named apart -> the sentence that named them (``members`` pairs them
    when that sentence told an act between them)."""
    groupings: dict[tuple[str, ...], tuple[Actor, ...]] = field(default_factory=dict)
    """The words of a grouping's name -> the actors a sentence said it is made of (``MEMBERSHIP``)."""
    mixed: frozenset[str] = frozenset()
    """Nouns of a description whose members named apart may be international bodies as well as states ("both
    forces" after a state's army and a UN mission): a body's peacekeepers are forces as a state's troops are."""
    sector_of: Callable[[str], str | None] | None = None
    """The sector a description's noun (lower-case lemma) names ("forces" -> MIL, "governments" -> GOV): members
    named as states take it ("Kenya ... Uganda ... both armies" are their forces), members of a sector keep theirs."""
    with_bodies: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    """Sentence index -> ``apart`` with the international bodies it names (by surer evidence than a guess) after the
    countries, for a description with a ``mixed`` noun."""

    def remember(self, index: int, sent: Doc, mentions: Sequence[Mention]) -> None:
        """Record the coordinations of actors sentence ``index`` names."""
        found = _coordinations(sent, mentions)
        found += [self.resolved[(index, m.actor.text, m.actor.code)] for m in mentions if m.resolved_by == "set"
                  and (index, m.actor.text, m.actor.code) in self.resolved]  # "the three nations ... the trio"
        if found:
            self.groups[index] = found
        self._learn_groupings(sent, mentions)
        countries: dict[str, Actor] = {}
        for m in mentions:
            if m.actor.country is not None and m.resolved_by not in WEAK and m.resolved_by != "set":
                countries.setdefault(m.actor.country, m.actor)
        if countries:
            self.apart[index] = tuple(countries.values())
        bodies = {m.actor.code: m.actor for m in mentions if m.actor.country is None and m.actor.kind == "igo"
                  and m.resolved_by not in WEAK and m.resolved_by != "set"}
        if bodies:
            self.with_bodies[index] = (*countries.values(), *bodies.values())

    def _learn_groupings(self, sent: Doc, mentions: Sequence[Mention]) -> None:
        """Remember a grouping the sentence says is made of actors of two or more countries ("The Quint consists of
        Chile, Peru, Bolivia and Ecuador"), when no surer mention covers its name."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        for verb in doc_tokens(sent):
            prep = _MEMBERSHIP_VERBS.get(verb.lemma_.lower())
            if prep is None:
                continue
            name = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "PROPN"), None)
            if name is None or any(i in by_token and by_token[i].resolved_by not in WEAK
                                   for i in range(name.left_edge.i, name.i + 1)):
                continue
            heads = ([c for c in verb.children if c.dep_ == "dobj"] if not prep else
                     [o for p in (*verb.children, *(c for c in verb.children if c.dep_ == "prt")) if p.dep_ == "prep"
                      and p.lower_ == prep for o in p.children if o.dep_ == "pobj"])
            members = [by_token[t.i].actor for h in heads for t in (h, *h.conjuncts) if t.i in by_token]
            countries = {a.country for a in members}
            if len(members) >= 2 and None not in countries and len(countries) == len(members):
                words = tuple(t.text for t in name.subtree if t.i <= name.i and t.dep_ == "compound") + (name.text,)
                self.groupings[words] = tuple(members)

    def _grouping_span(self, sent: Doc, tok: Token) -> tuple[int, int, tuple[Actor, ...]] | None:
        """The span and members of a grouping named before when ``tok`` ends its name and the name is a party:
        as its own argument ("the Quad agreed") or before a plural noun for actors ("Quad leaders")."""
        for words, members in self.groupings.items():
            lo = tok.i - len(words) + 1
            if lo < 0 or tuple(t.text for t in sent[lo:tok.i + 1]) != words:
                continue
            head = tok.head
            if tok.dep_ == "compound" and head.i == tok.i + 1 and head.tag_ == "NNS" and (
                    head.lower_ in self.nouns or head.lemma_.lower() in self.nouns):
                return lo, head.i + 1, members
            if tok.dep_ in _NAME_ROLES:
                return lo, tok.i + 1, members
        return None

    def _members(self, index: int, size: int, besides: frozenset[str] | None = None,
                 actors: bool = False, bodies: bool = False) -> tuple[tuple[Actor, ...], int] | None:
        """The members of a set of ``size``; with ``besides`` (the countries the sentence names), of a set of one
        more less the one member among them ("the other three"). Actors named apart count only for a description
        whose noun names actors (``actors``): "the two countries", not "the two lawsuits"; international bodies
        among them only for a ``mixed`` noun (``bodies``), and then all of them count against the size. The sentence
        that named them comes with them."""
        whole = size if besides is None else size + 1
        for back in range(index - 1, index - WINDOW - 1, -1):
            groups = self.groups.get(back)
            if not groups:
                named = (bodies and self.with_bodies.get(back)) or self.apart.get(back)
                if named is None:
                    continue
                return (named, back) if besides is None and len(named) == size and actors else None  # not together
            fitting = [g for g in groups if len(g) == whole and len({a.country for a in g}) == whole
                       and None not in {a.country for a in g}]
            if len(fitting) != 1 or len(groups) != 1:
                return None
            if besides is None:
                return fitting[0], back
            rest = tuple(a for a in fitting[0] if a.country not in besides)
            return (rest, back) if len(rest) == size else None
        return None

    def resolve(self, index: int, sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
        """``mentions`` with each set description coded as its first member, in place of a guess from the document
        (``history.WEAK``) for its words (see the module)."""
        out = list(mentions)
        taken = {i for m in mentions if m.resolved_by not in WEAK for i in range(m.start, m.end)}
        named = frozenset(m.actor.country for m in mentions if m.actor.country is not None)
        for tok in doc_tokens(sent):
            size = _size(tok)
            grouping = self._grouping_span(sent, tok) if self.groupings and size is None else None
            if (size is None and grouping is None) or tok.i in taken:
                continue
            together, origin = True, -1
            if grouping is not None:
                lo, hi, members = grouping
            else:
                mixed = tok.lower_ in self.mixed or tok.lemma_.lower() in self.mixed
                together = self.groups.get(max((b for b in range(index - WINDOW, index) if b in self.groups
                                                or b in self.apart or (mixed and b in self.with_bodies)),
                                               default=-1)) is not None
                found = self._members(index, int(size or 0), named if _other(tok) else None,
                                      tok.lemma_.lower() in self.nouns or tok.lower_ in self.nouns, mixed)
                if found is None:
                    continue
                lo, hi, members = min([tok.i, *(c.i for c in tok.children if c.i < tok.i and c.dep_ != "det")]), \
                    tok.i + 1, found[0]
                origin = found[1]
            if any(i in taken for i in range(lo, hi)):
                continue
            members = self._of_sector(tok, members)
            out = [m for m in out if m.end <= lo or m.start >= hi]  # a guess from the document gives way
            span = sent[lo:hi]
            first = replace(members[0], text=span.text)
            out.append(Mention(first, lo, hi, span.start_char, span.end_char, SET_CONFIDENCE, "set"))
            self.resolved[(index, span.text, first.code)] = members
            if together:
                self.together.add((index, span.text, first.code))
            elif grouping is None:
                self.found_in[(index, span.text, first.code)] = origin
            taken.update(range(lo, hi))
        return sorted(out, key=lambda m: m.start)

    def _of_sector(self, tok: Token, members: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """``members`` with each one named as a state (no sector) given the sector the description's noun names."""
        sector = self.sector_of(tok.lemma_.lower()) if self.sector_of is not None else None
        if sector is None:
            return members
        return tuple(replace(a, code=a.country + sector, sector=sector)
                     if a.kind == "state" and a.sector is None and a.country else a for a in members)

    def members(self, index: int, mentions: Sequence[Mention],
                earlier: Sequence[Event] = ()) -> dict[tuple[int, int], tuple[Actor, ...]]:
        """The actors each set description of sentence ``index`` stands for, by its mention's span, when they were
        named together (a coordination, a grouping's members): the coder takes them all as a frame's parties ("the
        three nations agreed" is agreed among them). Members found apart matched the count only: each is a party
        alone (``expand``), never the other's counterpart, unless ``earlier`` (the document's events) holds an act
        between the two in the sentence that named them ("Putin is courting Erdogan ... the two presidents")."""
        return {(m.start, m.end): self.resolved[key] for m in mentions
                if m.resolved_by == "set" and ((key := (index, m.actor.text, m.actor.code)) in self.together
                                               or self._told_pair(key, earlier))}

    def _told_pair(self, key: tuple[int, str, str], earlier: Sequence[Event]) -> bool:
        """Whether the two members named apart for ``key`` are the two sides of an act the sentence that named them
        told, one on the other."""
        origin = self.found_in.get(key)
        members = self.resolved.get(key, ())
        if origin is None or len(members) != 2:
            return False
        pair = {a.country for a in members}
        return any(e.sentence_index == origin and e.target is not None and e.source.country != e.target.country
                   and {e.source.country, e.target.country} == pair for e in earlier)

    def expand(self, index: int, events: Sequence[Event]) -> list[Event]:
        """``events`` with each event of a set description copied for the set's other members, each copy once; acts
        the coder kept apart stay apart ("will keep trade and security ties with the three states": two acts on
        each, told by two trigger words)."""
        if not any(key[0] == index for key in self.resolved):
            return list(events)
        out: list[Event] = []
        seen: set[tuple[str, str, str, int]] = set()
        for event in events:
            for copy in self._copies(index, event):
                key = (copy.source.code, copy.target.code if copy.target else "", copy.event_type or copy.cameo,
                       copy.trigger_start)
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
