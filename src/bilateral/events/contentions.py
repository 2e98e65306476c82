"""Accusations told with a verb of contention or assessment, and allegations about the speaker's own side.

"Kenya contends that Ugandan troops shelled the border posts", "Kenya's defence ministry has assessed that Uganda
shelled the villages", "Nairobi, which maintains that Ugandan forces killed three fishermen": a speaker who argues a
case or reports a finding (frames.json ``contention_verbs``: claim, contend, argue, maintain, assert, insist, assess,
determine, find, conclude: "a U.N. report found that Ugandan troops shelled ...") that another actor did a wrong
accuses that actor (CAMEO 112), said with the contention verb; the act itself stays as told (alleged). A claim noun
that tells the act ("according to a U.N. report, Ugandan troops shelled ..."; ``claim_nouns``) is its author's
accusation, said with the noun; "according to police" or a news outlet is not. A plain "said" tells news, and
blames only as a victim or a prosecutor (``blamed``); arguing that someone did a wrong is the charge itself
(docs/gold-guidelines.md, Speech: "plus X->Y 112 when X is blaming Y").

Only acts of force and coercion (CAMEO roots 17-20, ``blamed.WRONGFUL_ROOTS``), threats (13: "Bolivia contends
Paraguay's ultimatum is a ploy") and arming another (072: "Kenya has assessed that Uganda shipped shells to the
rebels") count, told as having happened (the act alleged or asserted: not denied, forecast or
asked for), with the contention verb neither negated nor hedged. The speaker must be a named actor ("analysts argue
that ..." accuses no one) outside the doer's side ("Kenya maintains that its army shelled the camps lawfully" is
its own act; ``_own_body``: a state named as such and its bodies are one side, "Kenya found that Kenyan troops
shelled the camps", "the Kenyan government argues that Kenya warned Uganda"). Two armed groups that share a code
are two sides when their names differ ("the rebels claim that rival militias attacked them", ``rival_groups``).

An allegation whose clause tells what the speaker's own side did ("Kenya alleges that its army acted lawfully") is
about no one of that side: those actors are taken off its targets (``own_side_allegations``). A person of no known
office is on no state's side ("a rebel chief of Ghana said the Ghanaian army had shelled his camps" still accuses).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.blamed import WRONGFUL_ROOTS, state_side, telling
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.roles import subject_of
from bilateral.events.speech import HEDGES, STATE_SECTORS, according_to, speaker_of
from bilateral.models import Actor, CameoCode, Mention

_ACCUSE = CameoCode("112")
"""CAMEO "accuse, not specified": arguing that another did a wrong."""
_CONTENDED_ROOTS = WRONGFUL_ROOTS | {"13"}
"""CAMEO roots of the acts whose telling is a charge: force and coercion, and threats ("contends that X's ultimatum
...", "argues that X threatened Y"), which a speaker argues another made only to blame it."""
_CONTENDED_AID = frozenset({"072"})
"""CAMEO codes of aid whose telling is a charge too: arming another ("Kenya has determined that Uganda shipped
shells to the rebels"), which a speaker argues a third side did only to blame it; one's own aid is no charge
(``_own_body``), nor is other aid (a loan, a relief convoy)."""
_TOLD = frozenset({"alleged", "asserted"})
"""Modalities of an act told as having happened, on the speaker's word or the news voice's."""


def rival_groups(a: Mention, b: Mention) -> bool:
    """Whether two mentions are two armed groups that share a code but not a name ("the rebels" and "rival
    militias" of one country): two parties, though one code."""
    x, y = a.actor, b.actor
    return x.code == y.code and x.kind == y.kind == "armed_group" and x.name != y.name


def one_side(a: Mention, b: Mention) -> bool:
    """Whether two mentions stand for one side (``blamed.state_side``), save two rival armed groups."""
    return state_side(a, b) and not rival_groups(a, b)


_MAX_CLIMB = 4


def _told_with(frame: Frame, lexicon: Lexicon) -> Token | None:
    """The speech verb whose clause tells the act (``blamed.telling``); for a nominal act with no clause of its own
    ("protect them from attacks by X"), the clause of the nearest verb above it."""
    speech = telling(frame, lexicon)
    tok = frame.trigger
    if speech is not None or frame.clause is not None or tok.pos_ not in ("NOUN", "PROPN"):
        return speech
    for _ in range(_MAX_CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return telling(replace(frame, clause=tok), lexicon)
    return None


def _claim_phrase(frame: Frame, rules: FrameRules) -> Token | None:
    """The claim noun of an "according to" phrase on the act's own clause ("according to a U.N. report, X shelled
    Y": "report"; frames.json ``claim_nouns``), which tells the act on its author's word; None without one ("according
    to police" tells news, not a finding)."""
    verb = frame.clause if frame.clause is not None else frame.anchor
    return next((obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "according"
                 for to in prep.children if to.lower_ == "to"
                 for obj in to.children if obj.dep_ == "pobj" and obj.lemma_.lower() in rules.claim_nouns), None)


def contended_wrongs(frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """The accusations (112) that speakers make by arguing that others did the sentence's wrongful acts (module
    docstring): one per contention verb, aimed at every doer it tells of; none when no act qualifies."""
    rules = lexicon.rules
    found: dict[int, Frame] = {}
    for frame in frames:
        if frame.absorbed or not frame.sources or (frame.cameo[:2] not in _CONTENDED_ROOTS
                                                                and frame.cameo not in _CONTENDED_AID):
            continue
        speech = _told_with(frame, lexicon)
        claim = _claim_phrase(frame, rules) if speech is None else None
        if claim is not None:  # "according to a U.N. report, X shelled Y": the report's author accuses
            speech, speakers = claim, according_to(claim.head.head.head, index, rules)  # the verb "according" is on
        elif speech is None or speech.lemma_.lower() not in rules.contention_verbs:
            continue
        else:
            speakers = speaker_of(subject_of(speech, rules.relative_pronouns), index, lexicon) \
                or according_to(speech, index, rules)
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES) for c in speech.children):
            continue
        if event_modality(frame.trigger, frame.sources[0], index, rules, frame.clause) not in _TOLD:
            continue
        doers = [m for m in frame.sources if not any(_own_body(s, m) for s in speakers)]
        if not speakers or not doers or len(doers) < len(frame.sources):
            continue
        known = found.get(speech.i)
        if known is None:
            entry = TriggerEntry("verb", speech.lemma_.lower(), None, frozenset(), frozenset(), _ACCUSE,
                                 frozenset(), 0)
            found[speech.i] = Frame(speech, [speech], entry, _ACCUSE, list(speakers), doers, DIRECT, False, False,
                                    speech)
        else:  # "X argues that Y shelled Z and W kidnapped V": both doers are accused
            known.targets.extend(m for m in doers if m not in known.targets)
    return list(found.values())


def _own_body(speaker: Mention, other: Mention) -> bool:
    """Whether ``other`` is on the speaker's side: one side (``one_side``), or a body of the state that the speaker
    names as such ("Kenya" and its army); a person of no known office speaks for no state body."""
    x, y = speaker.actor, other.actor
    return one_side(speaker, other) or (_of_state(x) and x.country is not None and x.country == y.country
                                        and _of_state(y))


def _of_state(actor: Actor) -> bool:
    """Whether an actor speaks or acts for its state: one of the state's bodies, or the state named as such
    ("Chad", whose government argues that Chad acted is telling of its own act)."""
    return actor.sector in STATE_SECTORS or (actor.kind == "state" and actor.sector is None)


def own_side_allegations(frames: Sequence[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Take off an accusation's targets the speaker's own side told as its clause's subject (in place): "Kenya
    alleges that its army acted lawfully" accuses no one of Kenya's side. Only a speech verb's own clause counts
    ("alleges that ...", "said that ..."), not the complement of any other verb."""
    codes = load_codes()
    for frame in frames:
        if frame.absorbed or not frame.targets or codes.get(frame.cameo).plover != "ACCUSE" \
                or frame.trigger.lemma_.lower() not in rules.speech_verbs:
            continue
        clause = next((c for c in frame.trigger.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                       and subject_of(c, rules.relative_pronouns) is not None), None)
        subj = subject_of(clause, rules.relative_pronouns) if clause is not None else None
        if subj is None:
            continue
        own = [m for m in index.actors(subj) if any(_own_body(s, m) for s in frame.sources)]
        if own:
            frame.targets = [t for t in frame.targets if not any(_same_party(t, m) for m in own)]


def _same_party(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one party: one code, save two rival armed groups."""
    return a.actor.code == b.actor.code and not rival_groups(a, b)
