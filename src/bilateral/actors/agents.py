"""Generic agents: group nouns ("insurgents", "police", "lawmakers", "the junta") coded by sector.

A passes family of ``resolve.py`` (each takes the sentence's resolver and adds mentions to it), run after
names, titles and countries have claimed their tokens:

1. ``domestic_groups``: in a sentence about one country's state, its bare protesters, rebels, students...
   are that country's ("Egyptian police dispersed protesters" -> protesters EGYOPP);
2. ``unplaced_agents``: an agent noun still unclaimed, that no country word qualifies, is kept with its
   sector and no country: ``---REB`` for "insurgents attacked a convoy", as PETRARCH codes it, so that the
   event is counted under an unknown country rather than dropped.

The nouns come from data (sectors.json, and converted/agents.json from the Phoenix dictionaries); the
country of a qualified noun ("Pakistani police", "Kenya's parliament", "police in Nairobi") is found by
the country passes of ``resolve.py`` before these run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral.models import Actor

if TYPE_CHECKING:
    from bilateral.actors.resolve import _Resolver

UNKNOWN_COUNTRY = "---"
"""Code prefix of an actor whose sector is known and country is not (PETRARCH's ``---REB``)."""
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
_DOMESTIC_GROUPS = frozenset({"CVL", "OPP", "REB", "EDU", "LAB", "REL", "MED", "REF", "CRM"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "attr"})
"""Where an agent noun is a participant: subject, object, object of a preposition, or joined to one."""
_UNPLACED_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "JUD", "LEG", "COP", "PTY", "CRM"})
"""Sectors an agent without a country is coded in: the state, armed and political actors that act. Civilians,
reporters, refugees or clergy with no country ("told reporters", "civilians fled") are bystanders."""
_NAMED = frozenset({"PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
"""Entity types whose words are names, never a generic agent."""


def domestic_groups(r: _Resolver) -> None:
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


def unplaced_agents(r: _Resolver) -> None:
    """"Insurgents attacked a convoy", "the junta said", "Congress passed": an agent noun that takes part in
    the sentence (subject, object, object of a preposition) and that nothing has placed in a country is an
    actor with its sector and no country (code ``---`` + sector). Not a noun that modifies another ("police
    station"), one qualified as former, nor a word inside a name."""
    sectors = r.kb.sectors
    for tok in r.tokens:
        if tok.i in r.claimed or tok.i in r.hit_at or tok.dep_ not in _ARGUMENT_DEPS:
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NAMED:
            continue
        if not sectors.is_agent_head(tok.lower_) and not sectors.is_agent_head(tok.lemma_.lower()):
            continue
        found = r.phrase_sector(tok)
        if found is None:
            continue
        lo, hi, sector = found
        if sector not in _UNPLACED_SECTORS:
            continue
        hi = max(hi, tok.i)
        if not r.free(lo, hi + 1) or any(i in r.hit_at for i in range(lo, hi + 1)):
            continue
        if any(c.lower_ in sectors.not_in_office for c in tok.children):
            continue
        text = r.sent[lo:hi + 1].text
        r.add(Actor(text=text, name=text.lower(), code=UNKNOWN_COUNTRY + sector, country=None, sector=sector,
                    kind="group"), lo, hi + 1, 0.6, "agent")
