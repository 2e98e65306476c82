"""Who is a name on a day: ``resolve_text(text, kb, nlp, on, context)`` codes one mention out of any sentence.

For people checking their dictionaries ("is Blinken USAGOV on 2019-01-01?") and for tools that hold a
name rather than a parsed sentence. The text is parsed and resolved exactly as the pipeline resolves a
sentence, so the answer is the coding an article would get. A context sentence, put before the text,
lets a bare surname or "the Rwandan leader" resolve through the document context, as in an article.
"""

from __future__ import annotations

import datetime as dt

from bilateral.actors.knowledge import KnowledgeBase
from bilateral.actors.resolve import resolve_actors
from bilateral.errors import InputError
from bilateral.models import Actor, Mention
from bilateral.nlp import Language


def _overlap(mention: Mention, start: int, end: int) -> int:
    return min(mention.end_char, end) - max(mention.start_char, start)


def resolve_text(text: str, kb: KnowledgeBase, nlp: Language, on: dt.date | None = None,
                 context: str | None = None) -> Actor | None:
    """The actor the resolver finds for ``text`` on ``on`` (latest office when None), or None if none is known.

    With a ``context`` sentence the parsed text is ``context + " " + text`` and the document context comes
    from both. Of the mentions found, the one covering most of ``text`` wins (ties: the one spilling least
    outside it, then the first), so a context mention never answers for the text.
    """
    text = " ".join(text.split())
    if not text:
        raise InputError("give a non-empty name or phrase to resolve")
    prefix = " ".join(context.split()) + " " if context and context.strip() else ""
    full = prefix + text
    start, end = len(prefix), len(full)
    mentions = resolve_actors(nlp(full), kb, on, kb.document_context(full, on))
    inside = [m for m in mentions if _overlap(m, start, end) > 0]
    if not inside:
        return None
    best = max(inside, key=lambda m: (_overlap(m, start, end), -(m.end_char - m.start_char), -m.start_char))
    return best.actor
