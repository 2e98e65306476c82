"""Generic agents: group nouns ("insurgents", "police", "lawmakers", "the junta") coded by sector.

A pass family of the sieve (``resolve.py``; each takes the sentence's ``Resolution`` and adds mentions
to it), run after names, titles and countries have claimed their tokens: ``domestic_groups`` makes the
bare protesters, rebels, students... of a sentence about one country's state that country's ("Egyptian
police dispersed protesters" -> protesters EGYOPP); ``document_agents`` gives generic agents with no
country of their own ("officials", "the junta", "soldiers") the main country of the document.

The nouns come from data (sectors.json, and converted/agents.json from the Phoenix dictionaries); the
country of a qualified noun ("Pakistani police", "Kenya's parliament", "police in Nairobi") is found by
the country pass of ``names.py`` before these run.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.knowledge import DOCUMENT_SECTORS
from bilateral.actors.state import Resolution

_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
_DOMESTIC_GROUPS = frozenset({"CVL", "OPP", "REB", "EDU", "LAB", "REL", "MED", "REF", "CRM"})


def domestic_groups(r: Resolution) -> None:
    """Bare group nouns in a one-country sentence about its state: "Egyptian police dispersed protesters".

    When every actor of the sentence belongs to one country and one of them is its government,
    police, courts or legislature, unqualified protesters, opposition, rebels, students, workers,
    clergy, journalists, refugees or criminals are that country's (CAMEO's domestic coding). A
    sentence naming two countries, or only soldiers, leaves them uncoded.
    """
    countries = {m.actor.country for m in r.mentions if m.actor.country}
    if len(countries) != 1 or any(m.actor.country is None for m in r.mentions):
        return
    if not any(m.actor.sector in _STATE_SECTORS for m in r.mentions):
        return
    country = next(iter(countries))
    sectors = r.kb.sectors
    for tok in r.tokens:
        if tok.i in r.claimed or tok.pos_ != "NOUN" or tok.i in r.hit_at:
            continue
        sector = sectors.noun_sector((tok.lower_,)) or sectors.noun_sector((tok.lemma_.lower(),))
        if sector not in _DOMESTIC_GROUPS:
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        start = min([tok.i, *(c.i for c in mods if c.i not in r.claimed)])
        if not r.free(start, tok.i + 1):
            continue
        actor = r.kb.country_actor(country, sector, r.sent[start:tok.i + 1].text, kind="group")
        r.add(actor, start, tok.i + 1, 0.7, "context")


def document_agents(r: Resolution) -> None:
    """Generic agents with no country in their own words take the document's main country: in a story
    about Niger, "the junta", "officials", "soldiers" and "militants" are Niger's (NERGOV, NERMIL, NERREB).

    Only the agents of the state, of those who contend for it, and civilians and criminals
    (``knowledge.DOCUMENT_SECTORS``), only when the document context names a main
    country outside this sentence (``ActorContext.document_country``), and never for a noun qualified by
    anything that may place it elsewhere (a name, a possessive, "foreign", "Western", "officials from ..."),
    nor for agents that usually serve abroad ("the embassy", "diplomats", "peacekeepers").
    Other countries in the sentence do not stop it: in a story about Ukraine, "officials said Russia
    attacked" are Ukraine's officials (measured: this gains more on the VOA gold than it costs).
    """
    if r.context is None:
        return
    country = r.context.document_country(r.sent.text)
    if country is None:
        return
    for tok in r.tokens:
        if tok.i in r.claimed or tok.i in r.hit_at or tok.pos_ not in ("NOUN", "PROPN") \
                or tok.dep_ in ("compound", "amod", "nmod"):
            continue
        found = r.phrase_sector(tok)
        if found is None or found[2] not in DOCUMENT_SECTORS or found[1] != tok.i:
            continue
        if tok.lower_ in r.kb.sectors.abroad_nouns or _placed_elsewhere(r, tok):
            continue
        start = min(found[0], tok.i)
        if not r.free(start, tok.i + 1):
            continue
        actor = r.kb.country_actor(country, found[2], r.sent[start:tok.i + 1].text, kind="group")
        r.add(actor, start, tok.i + 1, 0.6, "document")


def _placed_elsewhere(r: Resolution, tok: Token) -> bool:
    """The noun's own words may put it in another country: a name, a possessive, an outside modifier
    ("foreign", "Western", "UN"), or a complement ("officials from ...", "the government of ...")."""
    outside = r.kb.sectors.outside_modifiers
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and (
                child.i in r.hit_at or child.pos_ in ("PROPN", "PRON") or child.lower_ in outside
                or child.dep_ == "poss"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "for") and any(
                t.i in r.hit_at or t.pos_ == "PROPN" for t in child.subtree):
            return True
    return False
