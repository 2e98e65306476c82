"""Generic agents: group nouns ("insurgents", "police", "lawmakers", "the junta") coded by sector.

A pass family of the sieve (``resolve.py``; each takes the sentence's ``Resolution`` and adds mentions
to it), run after names, titles and countries have claimed their tokens: ``domestic_groups`` makes the bare protesters,
rebels, students... of a sentence about one country's state that country's ("Egyptian police dispersed
protesters" -> protesters EGYOPP).

The nouns come from data (sectors.json, and converted/agents.json from the Phoenix dictionaries); the
country of a qualified noun ("Pakistani police", "Kenya's parliament", "police in Nairobi") is found by
the country pass of ``names.py`` before these run.
"""

from __future__ import annotations

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
