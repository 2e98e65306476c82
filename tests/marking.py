"""Coding a test sentence with its actors marked by hand, so event tests do not depend on the actor resolver.

Golden cases and lexicon tests list the actor names a sentence contains with their codes; the names are matched
as whole words, longest first, and the coder runs on the sentence with those mentions only.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.events import Lexicon, code_events
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import split_sentences
from bilateral.settings import Settings


def marked_mentions(sent: Doc, actors: dict[str, str]) -> list[Mention]:
    """Mentions for the listed actor names, matched as whole words, longest first, never overlapping."""
    out: list[Mention] = []
    for name in sorted(actors, key=len, reverse=True):
        code = actors[name]
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sent.text):
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(o.start < span.end and span.start < o.end for o in out):
                continue
            international = code[:3] in ("IGO", "NGO")
            actor = Actor(text=name, name=name, code=code, country=None if international else code[:3],
                          sector=code[3:6] or None, kind="state")
            out.append(Mention(actor, span.start, span.end, m.start(), m.end()))
    return out


def coded_events(nlp: Language, text: str, actors: dict[str, str]) -> list[Event]:
    """The events the coder keeps (at or above the pipeline's minimum confidence) for a text, sentence by
    sentence, with the listed actors marked."""
    lexicon, floor = Lexicon.load(), Settings().min_confidence
    out: list[Event] = []
    for span in split_sentences(text):
        sent = nlp(span.text)
        out.extend(e for e in code_events(sent, span, "t", marked_mentions(sent, actors), lexicon)
                   if e.confidence >= floor)
    return out



def coded_triples(nlp: Language, text: str, actors: dict[str, str], prefix: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO code) of the kept events (``coded_events``) whose code starts with
    ``prefix``: what the table-driven construction tests compare."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in coded_events(nlp, text, actors) if e.cameo.startswith(prefix)}

Coded = set[tuple[str | None, str | None, str | None, str]]
"""(source country, target country, PLOVER type, modality) of events."""


def pipeline_coded(text: str) -> Coded:
    """(source country, target country, PLOVER type, modality) of every event the whole pipeline (actor resolver
    included) codes in a text published on 2024-03-06."""
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.country, e.target.country if e.target else None, e.event_type, e.modality)
            for e in done.events}


def story_codes(nlp: Language, kb: KnowledgeBase, text: str, on: dt.date) -> dict[str, str]:
    """Mention text -> actor code that the resolver gives in the last sentence of ``text``, with the whole text as
    its document (its country and earlier actors), on the date ``on``: for tests of story-level actor rules."""
    sent = nlp(split_sentences(text)[-1].text)
    context = kb.document_context(text, on)
    return {sent[m.start:m.end].text: m.actor.code for m in resolve_actors(sent, kb, on, context)}
