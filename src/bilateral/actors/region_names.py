"""Region names that contain a country's name: "New Mexico", "British Columbia", "Northern Ireland".

Pass of the sieve (``resolve.py``), ``(r: Resolution) -> None``: a place name spaCy tags whole (GPE or LOC) that holds
a dictionary country, capital or demonym but is longer than it is the region the gazetteer knows by the whole name,
so it is coded as the state that region belongs to: "police in New Mexico" are American police, not Mexican;
"lawmakers in British Columbia" are Canada's. The country pass would read the inner word alone.
"""

from __future__ import annotations

from bilateral.actors.places import regions_first
from bilateral.actors.state import Resolution
from bilateral.nlp import doc_ents

_PLACE_ENTS = frozenset({"GPE", "LOC"})
"""Entity types of a place name."""
_REGION_PRECISIONS = frozenset({"admin1", "country"})
"""Gazetteer precisions of a region: a first-order division, or a constituent country ("Northern Ireland"). Cities
named after their country ("Kuwait City", "Panama City") are that country's already."""
_INNER_KINDS = frozenset({"country", "capital", "demonym", "people"})
"""Dictionary kinds the inner word may be: the words the country pass reads as a country."""


def region_names(r: Resolution) -> None:
    """A place name longer than the country word inside it, which the gazetteer puts in one other country: that
    country, with the sector of a group noun placed in it or that it modifies ("police in New Mexico", "the governor
    of New Mexico", "the British Columbia government"). Must not: a name the
    dictionary knows whole ("South Sudan", "Papua New Guinea"), a region of the inner word's own country ("Western
    Australia"), a name the gazetteer does not know or splits between countries."""
    if not r.hits:
        return
    gazetteer = None
    for ent in doc_ents(r.sent):
        if ent.label_ not in _PLACE_ENTS:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        inner = {id(h): (h, s) for i in range(start, ent.end) if i in r.hit_at for h, s in (r.hit_at[i],)}
        if not inner or not r.free(start, ent.end):
            continue
        if any(s.start < start or s.end > ent.end or (s.start, s.end) == (start, ent.end)
               or h.kind not in _INNER_KINDS for h, s in inner.values()):
            continue  # a dictionary name as long as the place, or running past it, is the country pass's
        if gazetteer is None:
            from bilateral.places.gazetteer import Gazetteer
            gazetteer = Gazetteer.load()
        name = r.sent[start:ent.end].text
        countries = {p.country for p in regions_first(gazetteer.lookup(name)) if p.precision in _REGION_PRECISIONS}
        inner_countries = {h.entries[0].key for h, _ in inner.values()}
        if len(countries) != 1 or None in countries or countries & inner_countries:
            continue
        country = r.kb.countries[str(next(iter(countries)))].holder_on(r.on)
        span = r.sent[start:ent.end]
        placed = r.sector_in(span) or r.sector_head(span)
        if placed is not None:
            lo, hi, sector = placed
            r.add(r.kb.country_actor(country, sector, r.sent[lo:hi].text), lo, hi, 0.75, "dictionary")
        else:
            r.add(r.kb.country_actor(country, None, name), start, ent.end, 0.75, "place")
