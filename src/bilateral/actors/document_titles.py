"""Titled people no dictionary knows, in a story about one country: "Attorney General Jane Doe said ..." is that
country's attorney general.

Pass of the sieve (``resolve.py``), ``(r: Resolution) -> None``. The title names no country of its own and the
sentence names no other country, so the document's main country (``ActorContext.document_country``) is the surest
guess, as it is for the bare "the attorney general" (``agents.document_agents``); the title gives the sector.
"""

from __future__ import annotations

from bilateral.actors.knowledge import DOCUMENT_SECTORS
from bilateral.actors.state import Resolution
from bilateral.actors.titles import title_before
from bilateral.models import Actor
from bilateral.nlp import doc_ents

DOCUMENT_TITLE_CONFIDENCE = 0.65
"""A country read off the document, not the sentence: a little less sure than a generic agent's (0.7)."""


def titled_in_document(r: Resolution) -> None:
    """A PERSON name after a title of a state sector with no country, org or "former" in it ("Attorney General
    Justin Wanjiku", "Interior Minister Ali Hassan"), in a document whose main country is named outside this
    sentence: that country with the title's sector. Must not: a single-sentence text, a sentence that names another
    country (a visiting minister is often the other state's), a title of a posting abroad ("Ambassador"), a
    former office, a title whose sector the document's country cannot lend (``knowledge.DOCUMENT_SECTORS``)."""
    if r.context is None or not r.context.in_document(r.text):
        return
    country = r.context.document_country(r.text)
    if country is None or any(m.actor.country not in (None, country) for m in r.mentions):
        return
    abroad = r.kb.sectors.abroad_nouns
    for ent in doc_ents(r.sent):
        if ent.label_ != "PERSON" or not r.free(ent.start, ent.end):
            continue
        ev = title_before(r, ent.start)
        if ev is None or ev.former or ev.country or ev.org or ev.sector not in DOCUMENT_SECTORS \
                or any(r.sent[i].lower_ in abroad for i in range(ev.start, ent.start)):
            continue
        r.add(Actor(ent.text, ent.text, country + ev.sector, country, ev.sector, "person"), ev.start, ent.end,
              DOCUMENT_TITLE_CONFIDENCE, "title")
