"""Running the pipeline over the gold VOA stories, and what it saw of each gold sentence (for the causes of misses).

Kept apart from the scoring (``voa``) so that scoring stays a pure function of gold and coded events, testable
without the model.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from pathlib import Path

from bilateral.errors import InputError
from bilateral.evaluation.voa import Coded, SentenceView, actor_country
from bilateral.ingest import read_inputs
from bilateral.models import Document
from bilateral.nlp import parse_sentences, split_sentences
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

Where = tuple[str, int]


def gold_documents(stories_path: Path, ids: Collection[str], settings: Settings) -> list[Document]:
    """The stories ``ids`` read as a user's input would be; InputError when the file lacks one of them."""
    docs = [d for d in read_inputs([str(stories_path)], settings) if isinstance(d, Document) and d.id in ids]
    missing = set(ids) - {d.id for d in docs}
    if missing:
        raise InputError(f"the gold codes stories the file does not hold: {', '.join(sorted(missing))}",
                         path=str(stories_path))
    return docs


def code_stories(stories_path: Path, ids: Collection[str], settings: Settings
                 ) -> tuple[dict[Where, list[Coded]], dict[Where, SentenceView], dict[Where, str], int]:
    """The coded events, the coder's view and the text of every sentence of the stories ``ids``, and how many
    untyped CAMEO 01x statements were coded: the gold codes PLOVER types only, so they are left out of scoring."""
    docs = gold_documents(stories_path, ids, settings)
    res = load_resources(settings)
    coded: dict[Where, list[Coded]] = {}
    untyped = 0
    for done in code_documents(docs, res):
        for event in done.events:
            if event.event_type is None:
                untyped += 1
                continue
            coded.setdefault((done.doc.id, event.sentence_index), []).append(Coded.from_event(event))
    views: dict[Where, SentenceView] = {}
    texts: dict[Where, str] = {}
    from bilateral.actors import resolve_actors

    for doc in docs:
        sents = split_sentences(doc.text)
        context = res.kb.document_context(doc.text, doc.published)
        for span, sent in zip(sents, parse_sentences(res.nlp, [s.text for s in sents], settings), strict=True):
            mentions = resolve_actors(sent, res.kb, doc.published, context)
            views[(doc.id, span.index)] = SentenceView(frozenset(actor_country(m.actor) for m in mentions),
                                                       functools.partial(res.lexicon.prefilter.knows,
                                                                         sentence=span.text))
            texts[(doc.id, span.index)] = span.text
    return coded, views, texts, untyped
