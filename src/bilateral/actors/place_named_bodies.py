"""Bodies named after the town they stand in: "Columbia University", "Boston University", "Kyoto University".

Pass of the sieve (``resolve.py``), ``(r: Resolution) -> None``: an organisation name spaCy tags whole (ORG) that is
a place the gazetteer puts in one country followed by a sector noun ("University" EDU) is a body of that country
with that sector, as "Nairobi University" is Kenya's (a capital's name does that through the dictionary). No
dictionary knows most such bodies, and the town alone would code them as the bare country or not at all.
"""

from __future__ import annotations

from bilateral.actors.places import dominant_place_country, regions_first
from bilateral.actors.state import Resolution
from bilateral.nlp import doc_ents

PLACE_BODY_CONFIDENCE = 0.7
"""Read off the gazetteer's town and a sector noun, not a dictionary name: less sure than a name."""


def place_named_bodies(r: Resolution) -> None:
    """An ORG entity "[the] <place> <sector noun>" with no dictionary name in it, whose place the gazetteer gives
    one (dominant) country: that country with the noun's sector ("Columbia University" -> USAEDU). Must not: a
    place of several countries none dominates ("Georgetown University"), a name whose last words are no sector noun
    ("Boston Consulting"), a name the dictionaries know in part (the country and organisation passes read it)."""
    gazetteer = None
    for ent in doc_ents(r.sent):
        if ent.label_ != "ORG" or not r.free(ent.start, ent.end) or len(ent) < 2:
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        if any(i in r.hit_at for i in range(start, ent.end)) or ent.end - start < 2:
            continue
        sector = r.kb.sectors.noun_sector((ent[-1].lower_,))
        if sector is None or not all(t.text[:1].isupper() for t in r.sent[start:ent.end]):
            continue
        if gazetteer is None:
            from bilateral.places.gazetteer import Gazetteer
            gazetteer = Gazetteer.load()
        name = r.sent[start:ent.end - 1].text
        places = [p for p in regions_first(gazetteer.lookup(name)) if p.precision in ("city", "admin1")]
        home = dominant_place_country(places) if places else None
        if home is None:
            continue
        country = r.kb.countries[home].holder_on(r.on)
        r.add(r.kb.country_actor(country, sector, ent.text), start, ent.end, PLACE_BODY_CONFIDENCE, "place")
