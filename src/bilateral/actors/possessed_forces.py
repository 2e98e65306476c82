"""Forces a speaker calls its own: "the army chief said his forces had killed 100 fighters" are that speaker's
country's forces.

A noun of armed or police forces ("forces", "troops", "soldiers", "police": sectors MIL and COP) whose possessor is
a pronoun ("his", "her", "its", "their") and which names no country in its own words points, when it is the subject
of a clause a speech verb reports, to the speaker: "Kenya said its troops had repelled the attack" are Kenya's troops,
"the Afghan army chief said his forces killed ..." Afghanistan's; so are they when a phrase of addition adds them to
that clause ("Kenya said that besides its troops, AU soldiers were deployed"). Elsewhere the pronoun is left alone
("Kenya withdrew its troops" adds no party; "they said their troops ..." with no actor as speaker names no one). Run
by the pipeline after the sentence's pronoun subjects are resolved, so a speaker that is itself a pronoun ("he said
his forces ...") counts once it is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.actors.additions import additive_objects
from bilateral.actors.knowledge import KnowledgeBase
from bilateral.models import Mention
from bilateral.nlp import doc_tokens, doc_text

_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_MAY_HOLD = re.compile(r"\b(?:[Hh]is|[Ii]ts|[Hh]er|[Tt]heir)\b")
"""A sentence that may hold a possessive pronoun: only those are read token by token."""
_FORCE_SECTORS = frozenset({"MIL", "COP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
POSSESSED_CONFIDENCE = 0.8
"""The speaker's forces are inferred from a pronoun, as sure as a pronoun's own mention (anaphora)."""


def pronoun_owned(sent: Doc, mentions: Sequence[Mention], possessives: frozenset[str],
                  may_hold: re.Pattern[str]) -> tuple[dict[int, Mention], list[tuple[Token, Token]]]:
    """The sentence's mentions by token, and each possessive pronoun of ``possessives`` with the noun it owns when
    no mention covers that noun ("its troops", "his wife"). Nothing when there are no mentions or ``may_hold``
    finds no such pronoun in the text, so most sentences are never read token by token. Shared by the speaker's
    forces here and a person's kin (``kin.listed_kin``)."""
    if not mentions or may_hold.search(doc_text(sent)) is None:
        return {}, []
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    owned = [(tok, tok.head) for tok in doc_tokens(sent)
             if tok.dep_ == "poss" and tok.lower_ in possessives and tok.head.i not in by_token]
    return by_token, owned


def reporting_subject(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The subject of the speech verb whose reported clause ``verb`` heads, or is coordinated into ("the army
    says ammunition was seized and rebels were captured": army); None when the clause is no such report."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech_verbs:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def speakers_forces(sent: Doc, mentions: Sequence[Mention], speech_verbs: frozenset[str],
                    kb: KnowledgeBase) -> list[Mention]:
    """Mentions for "its troops", "his forces" as the subject of a clause reported by a speech verb whose subject
    is a known actor with a country: that country's forces (see the module docstring)."""
    by_token, owned = pronoun_owned(sent, mentions, _POSSESSIVES, _MAY_HOLD)
    out: list[Mention] = []
    for tok, noun in owned:
        clause = _clause_of(noun)
        if clause is None or any(c.i in by_token for c in noun.children if c.dep_ in ("amod", "compound", "nmod")):
            continue
        sector = kb.sectors.noun_sector((noun.lower_,)) or kb.sectors.noun_sector((noun.lemma_.lower(),))
        if sector not in _FORCE_SECTORS:
            continue
        speaker = reporting_subject(clause, speech_verbs)
        said_by = by_token.get(speaker.i) if speaker is not None else None
        if said_by is None or said_by.actor.country is None or said_by.actor.country not in kb.countries:
            continue
        text = sent[tok.i:noun.i + 1].text
        actor = kb.country_actor(said_by.actor.country, sector, text, kind="group")
        out.append(Mention(actor, tok.i, noun.i + 1, tok.idx, noun.idx + len(noun), POSSESSED_CONFIDENCE,
                           "possessive"))
    return out


def _clause_of(noun: Token) -> Token | None:
    """The verb whose clause ``noun`` is a party of: its own as its subject, or the one a phrase of addition it
    ends hangs on, which adds it to that clause's subject ("Kenya said that besides its troops, AU forces were
    deployed"); None elsewhere (an object: "Kenya said it withdrew its troops")."""
    if noun.dep_ in _SUBJECTS:
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and noun in additive_objects(prep) and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None
