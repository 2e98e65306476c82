"""Acts on a deal or a plan the story told of: "Norway is seeking a deal with Chile ... Oslo has sought to finalize
the agreement", "... Critics are also critical of the agreement", "... She seemed ready to endorse the deal".

A definite thing noun ("the deal", "the agreement", "this plan") that an act with no target takes as its object (or
the object of its "of"/"to"/"on"/"with" phrase: "critical of the deal", "opposed to the plan") is the thing the
story told of before: the latest act, earlier in the sentence or in the document, whose trigger words name a thing
of the same kind (``thing_kinds`` in ``data/lexicon/supported_things.json``: a deal, an agreement, an accord and a
treaty are one kind; a plan and a proposal another), or, for a deal, that signs a formal agreement (CAMEO 057: "the
pact Chile negotiated with Peru" names the pact outside its trigger). The act is aimed at that thing's parties:

- a party acting on its own deal ("Oslo sought to finalize the agreement") acts on the other party;
- anyone else ("critics are critical of the deal", "Washington approved the deal") on the party who made or sought
  it (the told act's source), or on both when the story told the act of both ("X and Y signed a deal").

A noun that names any act (``act_roots`` in the same file: "the move", "the decision", "the measure") is the latest
act the story told of one of the kind's CAMEO roots, earlier in the sentence or in the last few sentences ("Peru
closed its border ... Bolivia condemned the move"), and the act on it is aimed at that act's doer. Not when that doer
is the acting side's own state (defending one's own decision is no act on anyone), nor when the latest acts were
done by two countries (no guess), nor when no such act was told within ``_NEAR`` sentences. A thing that receives the
act ("the move drew criticism from X", ``received``) is taken as the act's object.

Only for acts of agreeing, supporting, accusing and rejecting (``_KINDS``): they are aimed at whoever the thing
belongs to. Not when:

- the noun names its own parties or owner ("the U.S.-Taliban deal", "Iran's plan", "the deal with Chile") or has
  no definite determiner ("a deal": another one);
- the story's earlier acts on things of that kind paired two different sets of countries (two deals: no guess);
- no act named a thing of that kind before (nothing to point back to); an act that was itself aimed through a told
  thing ("Washington approved the deal": its target's mention is the thing noun, ``through_thing``) makes no deal
  and names no new party, so it is not counted (nor by ``supported_things``).

Cheap: only frames with no target whose words or object hold a thing noun are looked at, and the earlier acts
are the events already coded for the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART
from bilateral.events.frames import Frame
from bilateral.events.roles import direct_object_of, prep_objects
from bilateral.events.supported_things import load_support_rules
from bilateral.models import Actor, Event, Mention

_KINDS = frozenset({"AGREE", "SUPPORT", "ACCUSE", "REJECT"})
"""PLOVER types of acts aimed at whoever the thing they take belongs to."""
_TOLD = frozenset({"asserted", "alleged", "future"})
_DEFINITE = frozenset({"the", "this", "that"})
_THING_PREPS = frozenset({"of", "to", "on", "with"})
_OWNER_DEPS = frozenset({"poss", "nmod"})
_PARTY_PREPS = frozenset({"with", "between", "among"})
_MAKING = {"deal": frozenset({"057"})}
"""CAMEO codes of acts that make a thing of a kind, whatever their trigger words: signing a formal agreement (057)
makes a deal ("the pact Chile negotiated with Peru": the trigger is the verb alone)."""
_NEAR = 3
"""How many sentences back the act a "move" or "decision" names may have been told: further back, the noun more
likely names one the coder did not code."""
_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
"""Sectors that act for a state: its government's deal is theirs ("Norwegian activists" are not its party)."""


_BODIES = frozenset({"IGO"})
"""The sector of an international body, a doer of its own with no country."""


def _state_side(actor: Actor) -> str | None:
    """The country a party acts for: a state or one of its state sectors; None for its people, press or opposition."""
    return actor.country if actor.sector is None or actor.sector in _STATE else None


def told_thing(noun: Token, index: MentionIndex) -> bool:
    """Whether ``noun`` is a thing the story told of: definite, and naming no owner and no party of its own."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False
    if any(c.dep_ in _OWNER_DEPS for c in noun.children) or prep_objects(noun, _PARTY_PREPS):
        return False
    return not any(index.at(t) is not None for t in noun.subtree)


def _thing_of(frame: Frame, kinds: dict[str, str], index: MentionIndex) -> Token | None:
    """The thing noun the act takes: one of its trigger words ("finalize agreement"), the direct object of a verb or
    adjective among them (the intent's own act: "inclined to back the deal"), or the object of its "of"/"to"/"on"/
    "with" phrase, when the story told of it (``told_thing``)."""
    nouns = [w for w in frame.words if w != frame.trigger]
    for word in (w for w in frame.words if w.pos_ in ("VERB", "ADJ")):  # an intent's act: "inclined to back the deal"
        obj = direct_object_of(word)
        if obj is not None:
            nouns.append(obj)
        nouns += prep_objects(word, _THING_PREPS)
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in kinds and told_thing(noun, index):
            return noun
    return None


def through_thing(target: Actor, kinds: dict[str, str]) -> bool:
    """Whether an act's target was found through a told thing (its mention is the thing noun: "approved the deal"
    aimed at the deal's party): such an act is one on the thing, not one that makes it, and names no new party."""
    return target.text.lower() in kinds


def _names_kind(trigger_words: str, kind: str, kinds: dict[str, str]) -> bool:
    return any(kinds.get(w) == kind for w in trigger_words.lower().split())


def _told_acts(kind: str, kinds: dict[str, str], frames: Sequence[Frame], thing: Token,
               earlier: Sequence[Event]) -> list[tuple[Actor, Actor]]:
    """The (source, target) pairs of the latest told act on a thing of ``kind``: one earlier in the sentence, else
    the document's; the acts of that one thing (the same two countries) together. Empty when the document's acts on
    things of that kind paired two different sets of countries (two deals)."""
    here = [(m.actor, t.actor) for f in frames if f.trigger.i < thing.i and f.targets and f.sources
            and _names_kind(" ".join(w.lemma_ for w in f.words), kind, kinds)
            for m in f.sources for t in f.targets if not through_thing(t.actor, kinds)]
    told = [(e.source, e.target) for e in earlier
            if e.target is not None and e.modality in _TOLD and not through_thing(e.target, kinds)
            and (_names_kind(e.trigger, kind, kinds) or e.cameo in _MAKING.get(kind, ()))]
    pairs = here or told
    sides = {frozenset({s.country, t.country}) for s, t in pairs}
    if len(sides) != 1 or None in next(iter(sides)):
        return []
    return pairs


def _told_doers(roots: tuple[str, ...], frames: Sequence[Frame], thing: Token, earlier: Sequence[Event],
                at: int) -> list[Actor]:
    """The doers of the latest told act of one of ``roots``: those of the acts earlier in the sentence, else of the
    latest sentence within ``_NEAR`` before sentence ``at`` that told one. Empty when they are of two countries."""
    doers = [m.actor for f in frames if f.trigger.i < thing.i and f.cameo.startswith(roots) for m in f.sources]
    if not doers:
        told = [e for e in earlier if e.modality in _TOLD and e.cameo.startswith(roots)
                and at - _NEAR <= e.sentence_index < at]
        last = max((e.sentence_index for e in told), default=None)
        doers = [e.source for e in told if e.sentence_index == last]
    by_country = {_side(a): a for a in doers}
    return list(by_country.values()) if len(by_country) == 1 and None not in by_country else []


def _side(actor: Actor) -> str | None:
    """The side a doer acts for: its country, or an international body itself ("the EU's tariff increase ... the
    measure"); None for an actor of unknown country."""
    if actor.country is not None:
        return actor.country
    return actor.code if actor.sector in _BODIES or actor.kind == "igo" else None


def _aimed_at_doer(frame: Frame, thing: Token, roots: tuple[str, ...], frames: Sequence[Frame],
                   earlier: Sequence[Event], at: int) -> list[Actor]:
    """The doer a targetless act on a told act ("condemned the move") is aimed at; empty when the acting side is
    the doer's own state or the doer itself (see the module)."""
    doers = _told_doers(roots, frames, thing, earlier, at)
    own = {_state_side(s.actor) for s in frame.sources} - {None}
    if any(a.country in own or a.code in {s.actor.code for s in frame.sources} for a in doers):
        return []
    return doers


def told_things(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], at: int) -> None:
    """Give each targetless act on a told deal, plan or act that thing's parties or doer as target (in place; see
    the module); ``at`` is the sentence's index in the document."""
    rules = load_support_rules()
    kinds = rules.thing_kinds
    codes = load_codes()
    for frame in frames:
        if frame.targets or not frame.sources or frame.domestic or codes.get(frame.cameo).plover not in _KINDS:
            continue
        thing = _thing_of(frame, kinds, index)
        if thing is None:
            continue
        kind = kinds[thing.lemma_.lower()]
        if (roots := rules.act_roots.get(kind)) is not None:  # each source on the doer: "X and Y backed the move"
            _aim(frame, thing, _aimed_at_doer(frame, thing, roots, frames, earlier, at))
            continue
        if len({s.actor.country for s in frame.sources}) != 1:
            continue
        pairs = _told_acts(kind, kinds, frames, thing, earlier)
        if not pairs:
            continue
        own = {_state_side(s.actor) for s in frame.sources} - {None}
        parties = {a.country: a for pair in pairs for a in pair}
        if own & parties.keys():  # a party acts on its own deal: on the other party
            targets = [a for c, a in parties.items() if c not in own]
        else:  # anyone else: on the party who made or sought it (both, when the story told it of both)
            targets = list({s.country: s for s, _ in pairs}.values())
        _aim(frame, thing, targets)


def _aim(frame: Frame, thing: Token, targets: Sequence[Actor]) -> None:
    """Aim ``frame`` at ``targets`` through the thing noun (its mention: ``through_thing``)."""
    frame.targets.extend(Mention(replace(a, text=thing.text), thing.i, thing.i + 1, thing.idx,
                                 thing.idx + len(thing), COUNTERPART, "party") for a in targets)
