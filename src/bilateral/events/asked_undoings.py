"""Appeals to undo a charge the story told pressed, asked in the passive: "Amnesty called for the charges against
him to be dropped", "the group urged that the case be withdrawn".

An appeal or demand verb (a request or demand frame with a source and no target) whose asked act is a passive
clause ("for the charges to be dropped", "that the case be withdrawn") names no one to act: the clause's subject
is the thing to be undone. When that thing is a charge pressed on a person (``asked_undoings.json``
``charges``), only the state that pressed it can drop it: the body the story's earlier acts say held or charged
that person (``implied.custodian``) is the one asked, or that state's government when two of its bodies did
(``implied.custodian_country``: police arrested, a court charged). The person is the charge's "against" object ("the
charges against him"), else the one known person the story's earlier state acts held or charged. The asked act
did not happen: it is absorbed, and the appeal is one to ease an administrative sanction (025, a demand 105),
whatever sense the clause's verb has alone ("withdrawn"), as "called for Chad to lift restrictions" is aimed
at Chad (``demands.demanded_clauses``, which reads only a clause whose subject is an actor).

Not when:

- the appeal already has a target ("called on the court to drop the charges");
- the clause is active or its subject names an actor ("called for the journalist to be freed": the clause's own
  subject is whom it concerns, ``demanded_clauses``'), or is no charge ("called for the plan to be dropped");
- the story told no state act on a known person, or acts by two bodies, or on two people with no "against" to
  choose: who holds the charge is not told.

Cheap: it reads only the clauses of appeal frames left without a target.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, custodian, custodian_country
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import passive_subject_of, prep_objects
from bilateral.events.speech import for_clause
from bilateral.events.word_files import read_word_file, word_sets
from bilateral.models import Actor, CameoCode, Event, Mention

__all__ = ["asked_undoings"]

_ASKING = frozenset({"REQUEST"})
"""The types of the frames that ask (appeals and demands: PLOVER 2021 maps DEMAND to REQUEST)."""
_AGAINST = frozenset({"against"})
_EASED = CameoCode("081")
"""CAMEO "ease administrative sanctions": what dropping a charge is, and so what the appeal asks for (025, 105)."""
_AUTHORITIES = "GOV"
"""The sector asked when two bodies of one state held and charged the person: the state's authorities."""


@dataclass(frozen=True, slots=True)
class AskedUndoings:
    """The words of the construction (``asked_undoings.json``)."""

    charges: frozenset[str]


@functools.cache
def load_asked_undoings() -> AskedUndoings:
    """The packaged words, read and checked once per process."""
    return read_word_file("asked_undoings.json", "asked undoings", word_sets(AskedUndoings))


def asked_undoings(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                   lexicon: Lexicon) -> None:
    """Aim each untargeted appeal to undo a charge at the body that pressed it, absorbing the asked act (in
    place; see the module)."""
    if not earlier:
        return
    codes = load_codes()
    words = load_asked_undoings()
    by_trigger = {f.trigger.i: f for f in frames}
    for frame in frames:
        if frame.targets or not frame.sources or frame.absorbed or frame.cameo not in codes \
                or codes.get(frame.cameo).plover not in _ASKING:
            continue
        clause = _passive_clause(frame.trigger, lexicon)
        charge = passive_subject_of(clause, lexicon.rules.relative_pronouns) if clause is not None else None
        if clause is None or charge is None or charge.lemma_.lower() not in words.charges \
                or index.actors(charge):
            continue
        holder = _holder(charge, index, earlier)
        if holder is None:
            continue
        frame.targets.append(Mention(holder, charge.i, charge.i + 1, charge.idx, charge.idx + len(charge),
                                     IMPLIED, "implied"))
        inner = by_trigger.get(clause.i)
        if inner is not None:  # asked for, not done: whatever its verb's own sense ("withdrawn" is no retreat here)
            inner.absorbed = True
            frame.words = [*frame.words, *inner.words]
        cls = lexicon.rules.intent_verbs.get(frame.trigger.lemma_.lower())
        if cls is not None:
            frame.cameo = CameoCode(lexicon.rules.intent_code(cls, _EASED, codes.get(_EASED).plover or ""))


def _passive_clause(verb: Token, lexicon: Lexicon) -> Token | None:
    """The passive clause an appeal verb asks for: "for the charges to be dropped", "that the case be withdrawn"."""
    return next((c for c in verb.children if c.i > verb.i and c.pos_ in ("VERB", "AUX")
                 and (for_clause(c) or c.dep_ == "ccomp")
                 and passive_subject_of(c, lexicon.rules.relative_pronouns) is not None), None)


def _holder(charge: Token, index: MentionIndex, earlier: Sequence[Event]) -> Actor | None:
    """The state body that pressed the charge: the custodian of the person it is against, else of the one known
    person the story's earlier acts are on."""
    named = [m.actor for pobj in prep_objects(charge, _AGAINST) for m in index.actors(pobj)]
    if named:
        people = {a.person: a for a in named if a.person is not None}
    else:
        people = {e.target.person: e.target for e in earlier if e.target is not None and e.target.person is not None
                  and custodian_country(e.target, earlier) is not None}
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    if (done := custodian(person, earlier)) is not None:
        return done.source
    country = custodian_country(person, earlier)  # police arrested, a court charged: the state's authorities
    return Actor(text=country, name=country, code=country + _AUTHORITIES, country=country, sector=_AUTHORITIES,
                 kind="state") if country is not None else None
