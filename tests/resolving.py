"""Resolving the actors of a test sentence: the codes the sieve gives each mention, for actor tests.

One helper instead of a copy in each actor test file; the date is fixed so that office holders resolve the same
way in every test that does not say otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilateral.actors import KnowledgeBase, resolve_actors

ON = dt.date(2021, 5, 4)
"""The default date of a test sentence."""


def codes_by_text(nlp: Any, kb: KnowledgeBase, text: str, on: dt.date = ON) -> dict[str, str]:
    """Mention text -> actor code for a one-sentence text, without document context."""
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(text), kb, on)}


def code_list(nlp: Any, kb: KnowledgeBase, text: str, on: dt.date = ON) -> list[str]:
    """The actor codes of a one-sentence text in the order of their mentions."""
    return [m.actor.code for m in resolve_actors(nlp(text), kb, on)]


def resolved_dyads(nlp: Any, kb: KnowledgeBase, text: str, on: dt.date = ON) -> set[tuple[str, str | None, str | None]]:
    """(source code, target code, PLOVER type) of the events kept at the default minimum confidence in a
    one-sentence text, its actors resolved by the sieve (no document context): for event tests that need real
    resolution rather than marked actors."""
    from bilateral.events import Lexicon, code_events
    from bilateral.nlp import split_sentences
    from bilateral.settings import Settings

    lexicon, floor = Lexicon.load(), Settings().min_confidence
    [span] = split_sentences(text)
    sent = nlp(span.text)
    events = code_events(sent, span, "t", resolve_actors(sent, kb, on), lexicon)
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in events
            if e.confidence >= floor}
