"""Targets an act takes from the clause it is set on: a condition ("threatened a blockade unless Chile withdrew
the tariff", "if X attacks us, we will retaliate") or what a refusal waits for ("will not lift the trade embargo until
X reforms"). The subject of that ``if``/``unless``/``until`` clause is whom the act is aimed at; the target
searches (``targets.TARGET_SEARCHES``) call these, and ``conditioned_parties`` adds a condition's party beside a
named target; ``condition_of`` tells the coder which conjunction sets an act on a condition ("will withdraw
unless ...": a threat). Kept apart from ``targets`` so that each module stays short.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules, Lexicon
from bilateral.events.modality import refuses
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.roles import agent_of, is_passive, subject_of
from bilateral.models import Mention


def condition_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom a threat coerces, from its condition: "threatened a port blockade unless Chile withdrew the
    tariff", "threatened to close the border if Bolivia refused". The subject of an ``if``/``unless`` clause under the
    trigger or the act it threatens, the source excluded. A coercive act announced on a condition is a threat too
    ("said it would impose tariffs if Bolivia refused": the coder codes it so), but one done is not: the act
    itself must be said with a modal or future auxiliary, on it or on the verb it complements ("if X escalates, we
    will not hesitate to shut off the gas": the condition and the auxiliary hang on "hesitate")."""
    chain = [frame.anchor]
    while chain[-1].dep_ == "xcomp" and chain[-1].head != chain[-1] and len(chain) < 3:
        chain.append(chain[-1].head)
    if load_codes().get(frame.cameo).plover != "THREATEN" and not any(
            c.dep_ == "aux" and c.lower_ in lexicon.rules.future_aux | lexicon.rules.hypothetical_aux
            for verb in chain for c in verb.children):
        return []
    heads = [*chain, *frame.words]
    heads += [c for h in list(heads) for c in h.children if c.dep_ in ("xcomp", "ccomp")]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in lexicon.rules.hypothetical_marks for c in clause.children):
                continue
            found = _condition_party(clause, frame, index, lexicon)
            if found:
                return found
    return []


def _condition_party(clause: Token, frame: Frame, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The party whose conduct a condition names, the source excluded: its subject ("unless Chile withdraws"), or,
    when that is no actor, the agent of a passive condition ("if the duties are not lifted by Chile", "unless the
    boats are released by Chile's navy"): the one who must act. An agent of the source's own country ("if the bill
    is passed by our parliament") sets a condition at home, not on another party."""
    own = {m.actor.code for m in frame.sources}
    subj = subject_of(clause, lexicon.rules.relative_pronouns)
    found = [m for m in (index.actors(subj) if subj is not None else []) if m.actor.code not in own]
    if found or not is_passive(clause) or (agent := agent_of(clause)) is None:
        return found
    home = {m.actor.country for m in frame.sources}
    return [m for m in index.actors(agent) if m.actor.code not in own and m.actor.country not in home]


_FIRST_PERSON = frozenset({"we", "i"})


def said_by_doer(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> bool:
    """Whether an act is announced by its own doer: its subject is "we" or "I" (a quotation's speaker) or a pronoun
    for the one who says it ("Peru said it would ..."). An act foretold by others ("Peru would likely retaliate,
    analysts said") is their view, not the doer's announcement."""
    verb = frame.anchor
    while (subj := subject_of(verb, lexicon.rules.relative_pronouns)) is None and verb.dep_ == "xcomp" \
            and verb.head != verb:
        verb = verb.head
    return subj is not None and (subj.lower_ in _FIRST_PERSON or bool(speaker_of_pronoun(subj, index, lexicon)))


def answer_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom an armed or cooperative act answers, when its own doer sets it on another's conduct ("if X attacks us,
    we will retaliate", "Peru said it would react positively if X ..."): the condition's subject, as
    ``condition_targets`` finds it, when the doer says it (``said_by_doer``)."""
    return condition_targets(frame, index, lexicon) if said_by_doer(frame, index, lexicon) else []


_WAITING_MARKS = frozenset({"until", "unless"})
"""Conjunctions of what a refusal waits for ("will not lift the trade embargo until X reforms")."""


def refusal_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom a refusal is aimed at, from what it waits for: "will not lift the trade embargo until Cuba reforms",
    "refused to resume talks unless Kigali withdrew". The subject of an ``until``/``unless`` clause under the
    trigger or the verb that refuses, the source excluded; only for a refusal (a rejection, or cooperation announced
    as not going to happen), never for an act done ("kept its troops there until the rebels left")."""
    code = load_codes().get(frame.cameo)
    if code.plover != "REJECT" and not (code.plover_quad in (1, 2) and refuses(frame.anchor, lexicon.rules)):
        return []
    for head in [frame.anchor, *frame.words]:
        for clause in head.children:
            if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WAITING_MARKS for c in clause.children):
                found = _condition_party(clause, frame, index, lexicon)
                if found:
                    return found
    return []


def condition_of(trigger: Token, rules: FrameRules) -> str | None:
    """The conjunction of a condition set on the act ("will withdraw its force unless ...", "may halt mediation
    if ..."), looking up through the clauses that govern it; None when the act is unconditional."""
    tok = trigger
    for _ in range(3):
        for clause in tok.children:
            if clause.dep_ == "advcl":
                mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
                if mark in rules.hypothetical_marks and mark != "whether":
                    return mark
        if tok.dep_ not in ("xcomp", "conj", "ccomp") or tok.head == tok:
            return None
        tok = tok.head
    return None
