"""A country's name listed with the regions of another country that has a region of that name: "wood products from
Alabama and Georgia", "farms in Ohio, Georgia and Iowa" name the U.S. state, not the Caucasian republic.

Some country names are also a region's name elsewhere (Georgia the country and the U.S. state). The country pass
reads such a name as the country, first. When the name is coordinated with names the sentence already placed as
regions of one other country (each coded by the gazetteer as that country's first-level region), and the gazetteer
knows a region of that country by the name too, the list is of that country's regions: the name is recoded as that
region, coded as its country as the other regions of the list are.

Not when:

- a conjunct is not a place the gazetteer placed ("Alabama and Georgia's president": a leader is no region), or
  the list's regions lie in two countries ("Ohio, Ontario and Georgia"): which country is meant is not told;
- the other country has no region of that name ("Alabama and Armenia" stays Armenia);
- the name stands alone ("talks with Georgia").

Cheap: only mentions of countries whose name is a region elsewhere are looked at, and only when the sentence holds
place mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.state import Resolution
from bilateral.models import Mention

__all__ = ["listed_regions"]

_PLACED = "place"
"""How a mention placed by the gazetteer was resolved."""
_REGION = "admin1"


def _conjuncts(tok: Token) -> list[Token]:
    """The other members of the coordination ``tok`` belongs to."""
    return [t for t in tok.conjuncts if t.i != tok.i]


def listed_regions(r: Resolution) -> None:
    """Recode a country named in a list of another country's regions as that country's region (see the module)."""
    if not any(m.resolved_by == _PLACED for m in r.mentions):
        return
    from bilateral.places.gazetteer import Gazetteer

    gazetteer: Gazetteer | None = None
    by_token = {i: k for k, m in enumerate(r.mentions) for i in range(m.start, m.end)}
    for k, m in enumerate(list(r.mentions)):
        if m.actor.kind != "state" or m.resolved_by == _PLACED or m.end - m.start != 1:
            continue
        tok = r.sent[m.start]
        others = [r.mentions[by_token[t.i]] for t in _conjuncts(tok) if t.i in by_token]
        if not others or len(others) != len(_conjuncts(tok)) or any(o.resolved_by != _PLACED for o in others):
            continue
        gazetteer = gazetteer or Gazetteer.load()
        regions = {p.country for o in others for p in gazetteer.lookup(r.sent[o.start:o.end].text)
                   if p.precision == _REGION}
        if len(regions) != 1 or None in regions:
            continue
        country = str(next(iter(regions)))
        if country == m.actor.country or not any(p.country == country and p.precision == _REGION
                                                 for p in gazetteer.lookup(tok.text)):
            continue
        actor = r.kb.country_actor(r.kb.countries[country].holder_on(r.on), None, tok.text)
        r.mentions[k] = Mention(actor, m.start, m.end, m.start_char, m.end_char, m.confidence, _PLACED)
