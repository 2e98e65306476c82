"""Names the dictionaries miss: named entities of stored articles that no actor mention codes.

``find_unresolved(docs, kb, nlp)`` parses each sentence, resolves its actors as the pipeline does, and
counts the named entities (people, organisations, places) that no mention overlaps and
that the knowledge base does not know by that exact name. The most frequent ones are what a user should
add to an actor file (see README, "Actor knowledge"); each comes with one sentence to judge it by.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bilateral.actors.context import ActorContext
from bilateral.actors.knowledge import KnowledgeBase
from bilateral.actors.resolve import resolve_actors
from bilateral.nlp import Doc, Language, doc_ents, split_sentences

if TYPE_CHECKING:
    from bilateral.store import Store

log = logging.getLogger(__name__)

ENTITY_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
"""Named-entity labels (``bilateral.entities``, or spaCy's NER with ``entities = "model"``) that may name an
actor (or a place standing for one)."""
_LEADING = ("the ", "The ")
_TRAILING = ("'s", "’s")


@dataclass(frozen=True, slots=True)
class UnresolvedName:
    """A named entity that no actor mention coded: how often and in how many documents, and an example."""

    text: str
    label: str
    """The spaCy label it was given most often (PERSON, ORG, GPE, NORP, FAC, LOC)."""
    count: int
    documents: int
    example: str
    """The first sentence it was seen in."""

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready fields."""
        return {"text": self.text, "label": self.label, "count": self.count, "documents": self.documents,
                "example": self.example}


def _clean(text: str) -> str:
    """Entity text as a dictionary entry would spell it: one space, no leading "the", no possessive."""
    name = " ".join(text.split()).strip(" .,;:\"'“”‘’()[]")
    if name.startswith(_LEADING):
        name = name[4:]
    if name.endswith(_TRAILING):
        name = name[:-2]
    return name if any(ch.isalpha() for ch in name) else ""


def _known(kb: KnowledgeBase, name: str) -> bool:
    """True when one dictionary surface form spans the whole name, or the sector words know it as a region or a
    body's bare name ("Europe", "Senate"): known, just not an actor there ("prices in Europe")."""
    if name in kb.sectors.region_bodies or name in kb.sectors.proper_bodies:
        return True
    return any(h.start == 0 and h.end == len(name) for h in kb.find(name))


def stored_documents(store: Store, max_docs: int) -> list[tuple[str, dt.date | None]]:
    """(text, published) of at most ``max_docs`` stored documents, newest first, near-duplicates left out."""
    rows = store.sql("SELECT text, published FROM documents WHERE status <> 'near_duplicate' "
                     "ORDER BY published DESC NULLS LAST, doc_id LIMIT ?", [max_docs])
    return [(r["text"], r["published"]) for r in rows]


def _sentences(docs: Iterable[tuple[str, dt.date | None]], kb: KnowledgeBase, read: list[int]
               ) -> Iterator[tuple[str, tuple[int, dt.date | None, ActorContext]]]:
    """Sentences worth parsing (any capital letter), tagged with their document's number, date and context;
    ``read[0]`` counts the documents read so far."""
    for number, (text, published) in enumerate(docs, start=1):
        read[0] = number
        context = kb.document_context(text, published)
        for sent in split_sentences(text):
            if any(ch.isupper() for ch in sent.text):
                yield sent.text, (number, published, context)


def _uncoded_entities(sent: Doc, kb: KnowledgeBase, on: dt.date | None,
                      context: ActorContext) -> Iterator[tuple[str, str]]:
    """(name, label) of each entity of ``sent`` that no actor mention overlaps and no dictionary knows."""
    spans = [(m.start_char, m.end_char) for m in resolve_actors(sent, kb, on, context)]
    for ent in doc_ents(sent):
        if ent.label_ not in ENTITY_LABELS:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in spans):
            continue
        name = _clean(ent.text)
        if name and not _known(kb, name):
            yield name, ent.label_


def find_unresolved(docs: Iterable[tuple[str, dt.date | None]], kb: KnowledgeBase, nlp: Language, *,
                    batch_size: int = 256, progress: Callable[[int], None] | None = None) -> list[UnresolvedName]:
    """Named entities of ``docs`` (text, published date) that the resolver could not code, most frequent first.

    ``progress`` is called with the number of documents done so far. Ties in count are broken by the
    number of documents, then alphabetically.
    """
    counts: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    seen_in: dict[str, set[int]] = {}
    examples: dict[str, str] = {}
    read, reported = [0], 0
    for sent, (number, published, context) in nlp.pipe(_sentences(docs, kb, read), as_tuples=True,
                                                        batch_size=batch_size):
        if progress is not None and number - 1 > reported:
            reported = number - 1
            progress(reported)
        for name, label in _uncoded_entities(sent, kb, published, context):
            counts[name] += 1
            labels.setdefault(name, Counter())[label] += 1
            seen_in.setdefault(name, set()).add(number)
            examples.setdefault(name, sent.text)
    if progress is not None:
        progress(read[0])
    found = [UnresolvedName(name, labels[name].most_common(1)[0][0], n, len(seen_in[name]), examples[name])
             for name, n in counts.items()]
    found.sort(key=lambda u: (-u.count, -u.documents, u.text))
    log.debug("%d unresolved names", len(found))
    return found
