"""Places as actors: towns the dictionaries lack, misspelt countries, and peoples coded by where they live.

Passes of the sieve (``resolve.py``), each ``(r: Resolution) -> None``:
- ``place_names``: a name written as a place ("the towns of Bangassou and Obo", "in Bazoum" where the
  gazetteer knows a town) is that place, never a person;
- ``towns``: a town or region the offline gazetteer (the places stage's) puts in one country is that
  country, with no sector ("shelled Goma"), and a sector noun placed in it is that country's sector ("police
  in Mombasa");
- ``misspelled_places``: "Ethopia", "Afganistan" are those countries, less certainly;
- ``region_bodies``: a region that acts ("Europe retaliated", "the European side refused") is the body that
  acts for it (``sectors.json`` 'region_bodies'), while "prices in Europe" names a place and no actor;
- ``residents``: "ethnic Hungarians in northern Serbia" are coded by the country they live in, and "Bosnian
  Serbs" by the place they are named after, as CAMEO codes such groups.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bilateral.actors.polity import POLITY_CONFIDENCE, polity
from bilateral.actors.state import LOCATIVE, Resolution
from bilateral.models import Mention
from bilateral.nlp import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from bilateral.places.gazetteer import Place

_BIG_TOWN = 100_000
"""A name spaCy takes for a person is read as a town only when a town this big bears it."""
_DOMINANT = 10
"""A name borne by towns of several countries is the town of one of them when that town is this many times bigger
than any other of the name: news that writes "Los Angeles" alone means the American city, not a Spanish village."""
_NOT_PLACES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
"""Entity types a misspelt place name is never taken from."""
_OWN_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
"""Sectors of a state's own bodies: a misspelt country before one of their nouns ("the Phillippines Army") is still
that country."""
_RESIDENCE_PREPS = frozenset({"in", "near", "inside", "across", "throughout", "at"})
"""Prepositions that place what a sentence reports in a country ("demonstrated in Serbia")."""
_IN_PLACE = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout", "within"})
"""Prepositions after which a name the parser takes for a person is read as a town the gazetteer knows."""
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
"""Where a region's name is a participant, not a place: subject or object of a verb."""
_ACTING_PREPS = frozenset({"by", "with", "between", "against", "on"})
"""Prepositions whose object is a participant ("retaliation by Europe", "a fight between the US and Europe",
"tariffs on Europe"); the locative ones (``state.LOCATIVE``) and the rest place or qualify."""
REGION_CONFIDENCE = 0.8
"""A region standing for the body that acts for it: read off the words' role, a little less sure than a name."""
_REGION_OVER_TOWN = 1_000_000
"""A first-order region ("Ontario") outweighs a same-named town abroad smaller than this (Ontario, California)."""


def regions_first(places: tuple[Place, ...]) -> tuple[Place, ...]:
    """The places a name may mean once a first-order region bearing it outweighs smaller towns abroad.

    News naming "Ontario" or "Queensland" means the province or state, not a town of that name in another
    country; a city of a million or more keeps its claim, so a name shared by a region and a great city
    stays ambiguous. Without a region among ``places`` they are returned as they are.
    """
    regions = {p.country for p in places if p.precision == "admin1"}
    if not regions:
        return places
    return tuple(p for p in places if p.precision != "city" or p.country in regions
                 or p.population >= _REGION_OVER_TOWN)


def place_names(r: Resolution) -> None:
    """A name written as a place is a place, not a person: "raids between the towns of Bangassou and
    Obo" (the ``of`` complement of a place noun, or its conjunct), and "clashes in Austin" when the
    parser or the dictionaries take the name for a person but the gazetteer knows a town of 100,000 or more
    by it and the document names no such person in full ("confidence in Santos" stays the man). The place
    is coded as its country when the gazetteer gives exactly one, as ``towns`` codes places; else it is
    claimed as no actor, so no later pass reads it as a person. A name after "of" of any other noun ("the
    government of Bazoum") or after a preposition that does not place ("talks with Bazoum") is left alone.
    """
    from bilateral.places.gazetteer import Gazetteer

    nouns = r.kb.sectors.place_nouns
    gazetteer: Gazetteer | None = None
    for tok in r.tokens:
        if tok.pos_ != "PROPN" or tok.dep_ not in ("pobj", "conj") or tok.i in r.claimed:
            continue
        start = tok.i
        while start > 0 and r.sent[start - 1].dep_ == "compound" and r.sent[start - 1].head.i == tok.i \
                and r.sent[start - 1].pos_ == "PROPN":
            start -= 1
        hits = [r.hit_at[i][0] for i in range(start, tok.i + 1) if i in r.hit_at]
        if any(h.kind != "person" for h in hits) or not r.free(start, tok.i + 1):
            continue  # a country, capital or body by name is the country passes' to read
        anchor = tok
        while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
            anchor = anchor.head
        if anchor.dep_ != "pobj":
            continue
        prep = anchor.head
        named = prep.lower_ == "of" and (prep.head.lower_ in nouns or prep.head.lemma_.lower() in nouns)
        personal = bool(hits) or any(r.sent[i].ent_type_ == "PERSON" for i in range(start, tok.i + 1))
        if not named and not (personal and prep.lower_ in _IN_PLACE):
            continue
        gazetteer = gazetteer or Gazetteer.load()
        name = r.sent[start:tok.i + 1].text
        places = [p for p in regions_first(gazetteer.lookup(name)) if p.precision in ("city", "admin1")]
        countries = {p.country for p in places}
        if not named and (not any(p.population >= _BIG_TOWN for p in places) or (
                r.context is not None and name in r.context.surnames)):
            continue  # a small town, or a person the document names in full: "confidence in Santos" is the man
        if len(countries) == 1 and None not in countries:
            country = r.kb.countries[str(next(iter(countries)))].holder_on(r.on)
            r.add(r.kb.country_actor(country, None, name), start, tok.i + 1, 0.75, "place")
        else:
            r.claimed.update(range(start, tok.i + 1))


def dominant_place_country(places: list[Place]) -> str | None:
    """The one country of the gazetteer's towns and regions of a name, or the country of a town ``_DOMINANT``
    times bigger than every town of the name in another country; None when the name stays ambiguous."""
    biggest: dict[str, int] = {}
    for p in places:
        if p.country is None:
            return None
        biggest[str(p.country)] = max(biggest.get(str(p.country), 0), p.population or 0)
    if len(biggest) == 1:
        return next(iter(biggest))
    ranked = sorted(biggest.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] >= _BIG_TOWN and ranked[0][1] >= _DOMINANT * ranked[1][1]:
        return ranked[0][0]
    return None


def towns(r: Resolution) -> None:
    """Towns and regions the dictionaries lack, as their country ("shelled Goma", "targets in Jericho").

    Only names spaCy tags as places (or as people, as it tags "Goma", when the gazetteer knows a city of
    100,000 or more by that name and no dictionary knows such a person) and that the offline gazetteer
    (the places stage's) gives one country; a name that is also a common word or personal name counts
    only after "in", "near"...
    The country has no sector: the place is what an attack or a deployment was aimed at, not a government.
    It is the state the place belonged to on the date: Juba is Sudan's before July 2011. A bare sector noun
    placed in or from such a town ("police in Mombasa", "a court in Istanbul") is that country's sector, as it is
    for a country or capital (``Resolution.sector_in``: never soldiers merely "in" a place).
    """
    from bilateral.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    for ent in doc_ents(r.sent):
        if ent.label_ not in ("GPE", "LOC", "PERSON") or not r.free(ent.start, ent.end):
            continue
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        name = r.sent[start:ent.end].text
        places = regions_first(gazetteer.lookup(name))
        if ent.label_ == "PERSON" and (name in r.kb.surnames or any(i in r.hit_at for i in range(
                start, ent.end)) or not any(p.population >= _BIG_TOWN for p in places)):
            continue
        if r.context is not None and name in r.context.surnames:
            continue  # "Kim Jong Un ... met with Kim": the person the document named, not a town
        if name in r.kb.surnames and not any(p.population >= _BIG_TOWN for p in places) \
                and not r.governed_by_place_prep(r.sent[start:ent.end]):
            continue  # "Kim said", however tagged: a small town that shares a known surname counts only "in Kim"
        plain = [p for p in places if p.rule == "plain" or r.governed_by_place_prep(r.sent[start:ent.end])]
        home = dominant_place_country([p for p in plain if p.precision in ("city", "admin1")])
        if home is not None and len(plain) == len(places):
            country = r.kb.countries[home].holder_on(r.on)
            placed = r.sector_in(r.sent[start:ent.end])
            if placed is not None:  # "police in Mombasa", "a court in Istanbul": that country's sector
                lo, hi, sector = placed
                r.add(r.kb.country_actor(country, sector, r.sent[lo:hi].text), lo, hi, 0.75, "dictionary")
                continue
            r.add(r.kb.country_actor(country, None, ent.text), start, ent.end, 0.75, "place")


def misspelled_places(r: Resolution) -> None:
    """A proper noun that misspells a country or capital by one letter ("Ethopia", "Afganistan", "the
    Phillippines military"): that country, less certainly than a name spelled right. Never a word spaCy
    tags as a person, work or product ("Frances", "Georgie"), nor a word of a longer name
    (``_part_of_longer_name``: "Columbia University", "British Columbia")."""
    for tok in r.tokens:
        if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PLACES or not r.free(tok.i, tok.i + 1) \
                or tok.i in r.hit_at:
            continue
        entry = r.kb.misspelled_place(tok.text)
        if entry is not None and not _part_of_longer_name(r, tok):
            code = r.kb.countries[entry.key].holder_on(r.on) if entry.kind == "capital" else entry.key
            head = r.sector_head(r.sent[tok.i:tok.i + 1]) if entry.kind == "country" else None
            start, end, sector = head if head is not None else (tok.i, tok.i + 1, None)
            r.add(r.kb.country_actor(code, sector, tok.text), start, end, 0.7, "spelling")


def _part_of_longer_name(r: Resolution, tok: Token) -> bool:
    """Whether ``tok`` is one word of a longer proper name: the name spaCy tags around it ("Columbia University",
    "British Columbia", "the District of Columbia") or a capitalised proper noun compounded with it. Such a name is
    a body or place of its own, spelled as its owners spell it, so the one-letter likeness to a country is chance;
    the name decides. A state's own body after the country's name ("the Phillippines Army") keeps the country."""
    ent = next((e for e in doc_ents(r.sent) if e.start <= tok.i < e.end), None)
    words = {t.i: t for t in ent} if ent is not None else {}
    words.update({t.i: t for t in (tok.head, *tok.children) if t.dep_ in ("compound", "flat") or tok.dep_ in (
        "compound", "flat") and t.i == tok.head.i})
    others = [t for i, t in words.items() if i != tok.i and t.text[:1].isupper() and t.pos_ == "PROPN"]
    return any(r.kb.sectors.noun_sector((t.lower_,)) not in _OWN_BODIES for t in others)


def residents(r: Resolution) -> None:
    """"Ethnic Hungarians in northern Serbia", "the Hungarians of southern Slovakia", "ethnic Hungarians rallied
    in Slovakia": a people named by its demonym is coded by the country it lives in, as CAMEO codes such
    groups, not by the state of its kin. The country is the one named in the group's own "of" phrase (and
    "in" phrase, for "ethnic ..."); for "ethnic ..." without one, the one country the sentence places
    events in. A demonym with a group noun ("Rwandan rebels in Congo", "Kenyan troops in Somalia") and a
    bare plural "in" a country ("Rwandans in Uganda") keep their own country."""
    _compound_peoples(r)
    by_token = {i: k for k, m in enumerate(r.mentions) for i in range(m.start, m.end)}
    placed: set[str] = set()
    for m in r.mentions:
        root = r.sent[m.start:m.end].root
        pobj = root.head if root.dep_ == "poss" else root  # "near Macedonia's border"
        if m.actor.country and pobj.dep_ == "pobj" and pobj.head.lower_ in _RESIDENCE_PREPS:
            placed.add(m.actor.country)
    for k, m in enumerate(list(r.mentions)):
        hit = r.hit_at.get(m.start)
        if hit is None or hit[0].entries[0].kind not in ("demonym", "plural", "people") or not m.actor.country:
            continue
        ethnic = m.start > 0 and r.sent[m.start - 1].lower_ == "ethnic"
        bare = m.end - m.start == 1 and hit[0].entries[0].kind in ("plural", "people")
        if not ethnic and not bare:
            continue  # "Rwandan rebels in Congo", "Kenyan troops in Somalia" stay their country's
        country = None
        for prep in r.sent[m.start:m.end].root.children:
            if prep.dep_ == "prep" and (prep.lower_ == "of" or (ethnic and prep.lower_ == "in")):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    place = by_token.get(pobj.i)
                    if place is not None and r.mentions[place].actor.kind == "state":
                        country = r.mentions[place].actor.country
        if country is None and ethnic:
            others = placed - {m.actor.country}
            country = others.pop() if len(others) == 1 else None
        if country is None or country == m.actor.country:
            continue
        start = m.start - 1 if ethnic and m.start - 1 not in r.claimed else m.start
        span = r.sent[start:m.end]
        actor = replace(r.kb.country_actor(country, m.actor.sector, span.text, kind="group"),
                        name=f"{m.actor.text} ({r.kb.countries[country].name})")
        r.mentions[k] = Mention(actor, start, m.end, span.start_char, span.end_char, m.confidence * 0.9,
                                "residence")
        r.claimed.add(start)


def _compound_peoples(r: Resolution) -> None:
    """"Bosnian Serbs", "Kosovo Albanians": a people named after a place is that place's, one mention."""
    ordered = sorted(r.mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        hit = r.hit_at.get(second.start)
        if first.end != second.start or second.end - second.start != 1 or hit is None \
                or hit[0].entries[0].kind not in ("plural", "people") or first.actor.sector is not None \
                or not first.actor.country or r.sent[first.end - 1].head.i != second.start:
            continue
        span = r.sent[first.start:second.end]
        country = r.kb.countries[first.actor.country].holder_on(r.on)
        actor = replace(r.kb.country_actor(country, None, span.text, kind="group"), name=span.text)
        r.mentions.remove(first)
        r.mentions[r.mentions.index(second)] = Mention(
            actor, first.start, second.end, span.start_char, span.end_char,
            min(first.confidence, second.confidence), "residence")


def region_bodies(r: Resolution) -> None:
    """A region that acts is the body that acts for it (``SectorWords.region_bodies``): "Europe retaliated with
    tariffs", "threatened Europe", "a fight between the US and Europe", "Europe's tariffs", and its demonym on a
    head that stands for a state ("the European side refused", "tariffs on European products") are the European
    Union. A region that places something ("prices in Europe", "imports from Europe", "Europe's economy") or
    its demonym on anything else ("European consumers") is no actor."""
    bodies = r.kb.sectors.region_bodies
    if not bodies:
        return
    for tok in r.tokens:
        body = bodies.get(tok.text)
        if body is None or body not in r.kb.organizations or tok.i in r.claimed or tok.i in r.hit_at:
            continue
        if tok.dep_ in ("amod", "compound", "nmod"):  # "the European side", "European products"
            acting = tok.head.i > tok.i and _state_noun(tok.head, r.kb.sectors.state_nouns)
        else:
            acting = tok.pos_ == "PROPN" and _acting_region(tok, r.kb.sectors.state_nouns)
        actor = r.kb.org_actor(body, r.on, tok.text) if acting else None
        if actor is not None:
            # "the European side refused": a party named by its polity noun, as sure as "the Kenyan side"
            sure = POLITY_CONFIDENCE if polity(r, r.sent[tok.i:tok.i + 1]) is not None else REGION_CONFIDENCE
            r.add(actor, tok.i, tok.i + 1, sure, "region")


def _acting_region(tok: Token, state_nouns: frozenset[str]) -> bool:
    """Whether a region's name takes part in what the sentence says (see ``region_bodies``), or a conjunct
    of one that does ("Canada and Europe retaliated")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ in _ACTING_DEPS:
        return True
    if tok.dep_ == "poss":
        return _state_noun(tok.head, state_nouns)
    if tok.dep_ == "pobj":
        prep = tok.head
        return prep.dep_ == "agent" or (prep.lower_ in _ACTING_PREPS and prep.lower_ not in LOCATIVE)
    return False


def _state_noun(tok: Token, state_nouns: frozenset[str]) -> bool:
    """Whether ``tok`` is a head that makes its owner stand for a state ("side", "products", "tariffs")."""
    return tok.lower_ in state_nouns or tok.lemma_.lower() in state_nouns
