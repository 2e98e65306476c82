"""Places written as held by a group ("the rebel-held enclave", "government-held districts") stand for the group.

A pass of the sieve (``resolve.py``), moved out of ``agents.py`` (the generic group nouns) when that module
reached its size limit: it reads a compound of a group word and "-held", not a group noun, and needs only the
sentence's ``Resolution``.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.state import Resolution

HELD_CONFIDENCE = 0.7
""""The rebel-held enclave" as the rebels who hold it: inferred from the words around it, as sure as the other
inferences from context."""


def held_places(r: Resolution) -> None:
    """A place written as held by a group stands for that group: "shelled the rebel-held enclave" targets the
    rebels, "government-held districts" the government, "army-held positions" the army.

    The holder is the group noun or sector modifier before "-held" ("rebel", "opposition", "government",
    "regime", "army", "militia"); a name there ("Taliban-held", "Houthi-held") is left to the passes that read
    names. The country is the one the place's own words name ("rebel-held areas of Aleppo", "in southern
    Damascus"), else the one country of every other actor of the sentence, else the document's main country;
    with none, nothing is coded. "Held" as a verb ("talks held in Doha", "rebels held the town") is no
    such compound.
    """
    sectors = r.kb.sectors
    for tok in r.tokens:
        if tok.lower_ != "held" or tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i \
                or tok.i < 2 or r.sent[tok.i - 1].text not in ("-", "–"):
            continue
        holder, place = r.sent[tok.i - 2], tok.head
        if holder.i in r.hit_at or holder.head.i != tok.i or place.pos_ not in ("NOUN", "PROPN"):
            continue
        sector = sectors.modifiers.get(holder.lower_) or sectors.noun_sector((holder.lower_,))
        if sector is None or not r.free(holder.i, place.i + 1):
            continue
        country = _held_country(r, place)
        if country is not None:
            text = r.sent[holder.i:place.i + 1].text
            r.add(r.kb.country_actor(country, sector, text, kind="group"), holder.i, place.i + 1,
                  HELD_CONFIDENCE, "context")


def _held_country(r: Resolution, place: Token) -> str | None:
    """The country of a held place: named in its own phrase, else the sentence's one country, else the
    document's main country."""
    lo, hi = place.left_edge.i, place.right_edge.i
    own = {m.actor.country for m in r.mentions if lo <= m.start <= hi and m.actor.country}
    if len(own) == 1:
        return next(iter(own))
    if own:
        return None
    named = {m.actor.country for m in r.mentions if m.actor.country}
    if len(named) == 1:
        return next(iter(named))
    if not named and r.context is not None and r.context.in_document(r.text):
        return r.context.document_country(r.text)
    return None
