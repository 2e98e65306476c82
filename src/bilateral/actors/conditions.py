"""Paired conditions: "If X approaches us positively, we will respond in kind. But if they turn hostile, we will
retaliate." A subject pronoun of a condition ("if they ...", "unless it ...") that follows a sentence whose own
condition had one actor as its subject stands for that actor: a speaker who sets two answers on the conduct of one
party names it once and goes on with a pronoun.

The main-clause pronoun rule (``anaphora.pronoun_mentions``) looks only at the subjects of the sentence before; the
subject of its condition is no main subject, and inside a quotation that speaks of "us" the main subject is the
speaker, whom "they" cannot be. Only the sentence just before counts, and only when its condition names exactly
one actor; "it" and "they" are taken for a party (a state, a group, an organisation), "he"/"she" for a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.actors.anaphora import PRONOUN_CONFIDENCE
from bilateral.models import Actor, Mention
from bilateral.nlp import doc_tokens

_CONDITION_MARKS = frozenset({"if", "unless"})
"""Conjunctions of a condition set on what the main clause announces."""
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PARTY_PRONOUNS = frozenset({"they", "it"})
_PERSON_PRONOUNS = frozenset({"he", "she"})
_COPULAS = frozenset({"be", "seem", "appear"})
"""Verbs whose "it" may be a dummy subject standing for a clause ("it is unlikely that ...")."""


def _condition_subjects(sent: Doc) -> list[Token]:
    """The subject words of the sentence's conditions: the subjects of each clause marked by "if" or "unless"."""
    out: list[Token] = []
    for mark in doc_tokens(sent):
        if mark.dep_ == "mark" and mark.lower_ in _CONDITION_MARKS:
            out.extend(c for c in mark.head.children if c.dep_ in _SUBJECT_DEPS)
    return out


def condition_actors(sent: Doc, mentions: Sequence[Mention]) -> tuple[Actor, ...]:
    """The actors named as the subjects of a sentence's conditions ("if the United States approaches us ..."), no
    repeats, in text order: what a pronoun in the next sentence's condition points back to."""
    if not any(t.lower_ in _CONDITION_MARKS for t in doc_tokens(sent)):
        return ()
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    found: list[Actor] = []
    for subj in _condition_subjects(sent):
        for tok in (subj, *subj.conjuncts):  # "if X and Y ...": two parties, whom a later "they" leaves unsure
            mention = by_token.get(tok.i)
            if mention is not None and mention.actor not in found:
                found.append(mention.actor)
    return tuple(found)


def condition_pronoun_mentions(sent: Doc, mentions: Sequence[Mention], previous: Sequence[Actor]) -> list[Mention]:
    """Mentions for the pronoun subjects of this sentence's conditions that stand for the one actor the previous
    sentence's condition named (``previous``, from ``condition_actors``); none when it named none or several."""
    if len(previous) != 1:
        return []
    actor = previous[0]
    agreeing = _PERSON_PRONOUNS if actor.kind == "person" else _PARTY_PRONOUNS
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(replace(actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                    PRONOUN_CONFIDENCE, "pronoun")
            for tok in _condition_subjects(sent) if tok.lower_ in agreeing and tok.i not in taken]


def _dummy(pronoun: Token) -> bool:
    """Whether "it" is the dummy subject of a clause put after its copula ("it is unlikely that X will come"): it
    stands for that clause, not for an actor."""
    verb = pronoun.head
    return pronoun.lower_ == "it" and verb.lemma_.lower() in _COPULAS and any(
        c.dep_ in ("ccomp", "xcomp", "csubj") for c in (*verb.children, *(g for a in verb.children
                                                                         if a.dep_ == "acomp" for g in a.children)))


def conditioned_subject_mentions(sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions for the pronoun subject of a main clause that follows its own condition naming one actor as its
    subject ("If Uganda wants peace, it must withdraw", "if the rebels mean it, then they must disarm"): the speaker
    sets the act on the conduct of the party it then asks or warns. Not a pronoun before the condition ("they will
    pay if Uganda refuses"), nor one that disagrees with the actor ("he" for a state), nor when another actor is
    named between the condition's subject and the pronoun."""
    if not any(t.lower_ in _CONDITION_MARKS for t in doc_tokens(sent)):
        return []
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for mark in doc_tokens(sent):
        clause = mark.head
        if mark.dep_ != "mark" or mark.lower_ not in _CONDITION_MARKS or clause.dep_ != "advcl":
            continue
        named = [by_token[s.i] for s in clause.children if s.dep_ in _SUBJECT_DEPS and s.i in by_token]
        pronoun = next((c for c in clause.head.children if c.dep_ in _SUBJECT_DEPS and c.i > clause.i), None)
        if len(named) != 1 or pronoun is None or pronoun.i in by_token or _dummy(pronoun):
            continue
        actor = named[0].actor
        agreeing = _PERSON_PRONOUNS if actor.kind == "person" else _PARTY_PRONOUNS
        if pronoun.lower_ not in agreeing or any(named[0].end <= m.start and m.end <= pronoun.i
                                                  and m.actor.code != actor.code for m in mentions):
            continue
        out.append(Mention(replace(actor, text=pronoun.text), pronoun.i, pronoun.i + 1, pronoun.idx,
                           pronoun.idx + len(pronoun), PRONOUN_CONFIDENCE, "pronoun"))
    return out
