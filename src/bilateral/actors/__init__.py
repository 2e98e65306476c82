"""Actor recognition and coding: who is named in a sentence, coded CAMEO-style for the event's date.

Public API: ``KnowledgeBase.load(settings)``, ``kb.document_context(text, on)``,
``resolve_actors(sent, kb, on, context)``, ``kb.actor_on(actor, on)``, ``kb.may_mention_actor(text)``.
"""

from bilateral.actors.context import ActorContext, ContextPerson
from bilateral.actors.knowledge import Hit, KnowledgeBase
from bilateral.actors.resolve import resolve_actors

__all__ = ["ActorContext", "ContextPerson", "Hit", "KnowledgeBase", "resolve_actors"]
