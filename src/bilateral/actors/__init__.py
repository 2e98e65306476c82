"""Actor recognition and coding: who is named in a sentence, coded CAMEO-style for the event's date.

Public API: ``KnowledgeBase.load(settings)``, ``kb.document_context(text, on)``,
``resolve_actors(sent, kb, on, context)``, ``kb.actor_on(actor, on)``, ``kb.may_mention_actor(text)``;
for checking and extending the knowledge: ``resolve_text(text, kb, nlp, on, context)`` (one name on a day)
and ``find_unresolved(docs, kb, nlp)`` (names no dictionary codes). User actor files may be JSONL, CSV or
PETRARCH dictionaries (see loader.py and userfiles.py).
"""

from bilateral.actors.context import ActorContext, ContextPerson
from bilateral.actors.knowledge import Hit, KnowledgeBase
from bilateral.actors.lookup import resolve_text
from bilateral.actors.resolve import resolve_actors
from bilateral.actors.unresolved import UnresolvedName, find_unresolved

__all__ = ["ActorContext", "ContextPerson", "Hit", "KnowledgeBase", "UnresolvedName", "find_unresolved",
           "resolve_actors", "resolve_text"]
