"""A rejection told again as the answer to what it answered: "The statement came in response to a Peruvian offer".

News often quotes a side rejecting something ("Now is not the time to lift the embargo on Bolivia," the spokesman
said) and then tells, in a sentence of its own, what the words answered: "The message was issued in response to a
Chilean offer to lift the embargo on Bolivia". The statement noun (frames.json ``statement_nouns``), named by no
one in its own words, is then the story's rejection told in the last few sentences whose target the answered
proposal or claim (``proposal_nouns``, ``claim_nouns``) is about: its author rejects (CAMEO 120) the maker of that
proposal, named by a modifier, a possessor or a "by" phrase ("a Chilean and Peruvian proposal", "Chile's offer"),
dated as the proposal is (the answer is told with it, as ``bare_refusals`` dates an answer by its proposal).

Not when the statement names its author (the verb's own frame codes it), when the answered proposal names no
maker, when no rejection told just before is about a party the proposal names (a statement answering a proposal
may welcome it; a rejection of something else answers another thing), or when the maker is the rejecting side
itself. Cheap: a look for a response word before any tree walk.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_forms, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.recalled import recalled_at
from bilateral.events.replies import REPLY
from bilateral.events.roles import prep_objects
from bilateral.models import CameoCode, Event, Mention

_REJECT = CameoCode("120")
_RESPONSES = frozenset({"response", "reply", "answer"})
"""Nouns of an "in response to" phrase: what follows "to" is what was answered."""
_IN = frozenset({"in"})
_TO = frozenset({"to"})
_MAKER_DEPS = frozenset({"poss", "amod", "compound"})
_MAKER_PREPS = frozenset({"by", "from"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RECENT = 4
"""How many sentences back the rejection the statement stands for may be told."""


def _makers(noun: Token, index: MentionIndex) -> list[Mention]:
    """The makers a proposal or claim noun names ("a Chilean proposal", "Chile's offer", "the offer by Chile")."""
    return [*(m for c in noun.children if c.dep_ in _MAKER_DEPS for m in index.actors(c)),
            *(m for p in prep_objects(noun, _MAKER_PREPS) for m in index.actors(p))]


def _statement_verb(response: Token, index: MentionIndex, lexicon: Lexicon) -> bool:
    """Whether the "in response" phrase hangs on a verb whose subject is a statement noun naming no one."""
    prep = response.head
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in _IN or verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and subj.lemma_.lower() in lexicon.rules.statement_nouns \
        and all(index.at(t) is None for t in subj.subtree)


def _told_rejection(earlier: Sequence[Event], position: int, about: set[str]) -> Event | None:
    """The latest rejection told in the last few sentences before ``position`` aimed at a country of ``about``."""
    for event in reversed(earlier):
        if event.sentence_index < position - _RECENT:
            return None
        if event.event_type == "REJECT" and event.modality == "asserted" and event.sentence_index < position \
                and event.target is not None and event.target.country in about:
            return event
    return None


def answering_statements(sent: Doc, index: MentionIndex, earlier: Sequence[Event], position: int,
                         lexicon: Lexicon) -> list[Frame]:
    """A rejection frame aimed at each maker of what a told rejection is said to answer (see the module)."""
    if _RESPONSES.isdisjoint(doc_forms(sent)):
        return []
    answerable = lexicon.rules.proposal_nouns | lexicon.rules.claim_nouns
    out: list[Frame] = []
    for response in doc_tokens(sent):
        if response.lower_ not in _RESPONSES or not _statement_verb(response, index, lexicon):
            continue
        for noun in (o for o in prep_objects(response, _TO) if o.lemma_.lower() in answerable):
            makers = _makers(noun, index)
            made = {m.start for m in makers}
            about = {m.actor.country for t in noun.subtree if (m := index.at(t)) is not None
                     and m.start not in made and m.actor.country is not None}
            told = _told_rejection(earlier, position, about) if makers else None
            targets = [m for m in makers if told is not None and m.actor.country != told.source.country]
            if told is not None and targets:
                entry = TriggerEntry("noun", response.lemma_.lower(), None, frozenset(), frozenset(), _REJECT,
                                     frozenset(), 0)
                # at the answered noun: the answer is dated as the proposal it answers ("made on Monday")
                out.append(Frame(noun, [response], entry, _REJECT,
                                 [recalled_at(told.source, response, REPLY, "reply")], targets, DIRECT, False,
                                 False, response))
    return out
