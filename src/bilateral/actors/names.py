"""Names and dictionaries: people, organisations and countries the knowledge base knows by name.

Passes of the sieve (``resolve.py``), each ``(r: Resolution) -> None``:
- ``known_people``: dictionary people ("Paul Kagame", "Blinken"), coded by the office held on the
  sentence's date, their in-text title absorbed into the mention ("Kenyan president Uhuru Kenyatta");
- ``organizations``: IGOs, NGOs, armed groups, companies, with a following sector noun absorbed;
- ``countries``: a name alone is the state (``RWA``, sector None); with a sector noun ("Rwanda's army",
  "the government of Rwanda", "Rwandan troops") it is that sector; a demonym counts only with a sector
  noun or title; a demonym or name definite before a polity noun is the state (``polity.py``: "the Pakistani
  state", "the U.S. side" are the government); capitals and seats of power are the government, unless used
  as a place ("talks in Nairobi": then the country, which events may take as where they were aimed).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from bilateral.actors.coreference import office_holder
from bilateral.actors.polity import POLITY_CONFIDENCE, polity
from bilateral.actors.state import ATTACH, Resolution
from bilateral.actors.titles import title_after, title_before, title_country, titled_actor
from bilateral.models import Actor


def known_people(r: Resolution) -> None:
    """Dictionary people, coded by their office on the date, else by the title the text gives them."""
    for hit, span in r.hits:
        if hit.kind != "person" or not r.free(span.start, span.end):
            continue
        names = [e.key for e in hit.entries if e.kind == "person"]
        ev = title_before(r, span.start)
        start = ev.start if ev else span.start
        if len(names) > 1:
            in_office = [n for n in names if r.kb.role_on(r.kb.people[n], r.on) is not None]
            if len(in_office) != 1:
                # "President Bush" out of both Bushes' terms: the title says which office, and both held it
                country = title_country(r, names, ev)
                if country is not None and ev is not None and ev.sector is not None:
                    r.add(Actor(span.text, span.text, country + ev.sector, country, ev.sector, "person"),
                          start, span.end, 0.75, "title")
                continue
            names = in_office
        name = names[0]
        actor = r.kb.person_actor(name, r.on, span.text)
        holds_office = r.kb.role_on(r.kb.people[name], r.on) is not None
        by = "dictionary"
        if not holds_office and ev is None:
            # "Helga Marsten, the United Nations humanitarian envoy,": the apposition is the title
            ev = title_after(r, r.sent[span.start:span.end].root)
        if not holds_office and ev is not None:
            titled = titled_actor(name, ev)
            country = title_country(r, [name], ev) if titled is None else None
            if country is not None and ev.sector is not None:
                titled = Actor(name, name, country + ev.sector, country, ev.sector, "person", person=name)
            if titled is not None:
                actor, by = replace(titled, name=name), "title"
        if actor is not None:
            r.add(actor, start, span.end, 0.95 if by == "dictionary" else 0.8, by)


def _capitals_of_named_countries(r: Resolution) -> None:
    """"Rwanda expelled Belgian diplomats and cut ties with Brussels": a name that is both an organisation's
    seat and a capital (Brussels: the EU, Belgium) is the capital when the sentence names its country."""
    named = {h.entries[0].key for h, _ in r.hits if h.kind in ("country", "demonym", "plural")}
    for k, (hit, span) in enumerate(r.hits):
        capital = next((e for e in hit.entries if e.kind == "capital"), None)
        if hit.kind == "org" and capital is not None and capital.key in named:
            preferred = replace(hit, entries=(capital, *(e for e in hit.entries if e is not capital)))
            r.hits[k] = (preferred, span)
            r.hit_at.update({t.i: (preferred, span) for t in span})


def organizations(r: Resolution) -> None:
    """Organisations by name, with a sector noun right after absorbed ("the AU mission", "Hamas fighters") and a
    describing noun right before ("media watchdog RSF", ``_described_start``)."""
    _capitals_of_named_countries(r)
    for hit, span in r.hits:
        if hit.kind != "org" or not r.free(span.start, span.end) or _tail_of_longer_name(r, span):
            continue
        actor = r.kb.org_actor(hit.entries[0].key, r.on, span.text)
        if actor is None:
            continue
        start = _described_start(r, span)
        end = span.end
        nxt = span.end
        if nxt < len(r.sent) and nxt not in r.hit_at and nxt not in r.claimed \
                and r.sent[nxt].tag_.startswith("NN"):
            if r.kb.sectors.noun_sector((r.sent[nxt].lower_,)) or \
                    r.kb.sectors.noun_sector((r.sent[nxt].lemma_.lower(),)):
                end = nxt + 1
        r.add(actor, start, end, 0.95, "dictionary")


def _described_start(r: Resolution, span: Span) -> int:
    """Where an organisation's mention starts when a lower-case noun describing it stands right before its name
    ("the rights group Amnesty", "media watchdog Reporters Without Borders", sectors.json ``name_descriptors``),
    with that noun's own modifiers ("media", "rights"). The describing words are the name's actor, even where the
    parser reads the noun as the verb whose object is the name, so the act of a subject hung on it is the body's.
    A noun tied to the name by no dependency ("the group said Amnesty ...") or already claimed starts nothing."""
    prev = span.start - 1
    if prev < 0 or prev in r.claimed or prev in r.hit_at or not r.sent[prev].text.islower() \
            or r.sent[prev].lower_ not in r.kb.sectors.name_descriptors:
        return span.start
    desc = r.sent[prev]
    if not (span.start <= desc.head.i < span.end or any(t.head.i == prev for t in span)):
        return span.start
    start = prev
    while start > 0 and (left := r.sent[start - 1]).head.i == prev and left.dep_ in ("compound", "amod") \
            and left.i not in r.claimed and left.i not in r.hit_at:
        start -= 1
    return start


def _tail_of_longer_name(r: Resolution, span: Span) -> bool:
    """The dictionary name is the end of a longer name no dictionary knows: "the National Security Council" is a
    state's body, not the UN's "Security Council". The word before it is a capitalised name word that modifies it,
    no dictionary knows it, and the parser reads both as one named entity; a known name before it ("UN Security
    Council", "Kenyan Security Council"), a plain word ("the Security Council") or a capitalised word of religion or
    ideology that describes the group ("the Islamist Hamas", sectors.json ``creed_words``) leaves the dictionary
    name whole."""
    if span.start == 0:
        return False
    prev = r.sent[span.start - 1]
    return (prev.text[:1].isupper() and prev.lower_ not in r.kb.sectors.creed_words
            and prev.pos_ in ("PROPN", "ADJ") and prev.dep_ in ("compound", "amod")
            and span.start <= prev.head.i < span.end and prev.i not in r.hit_at and prev.i not in r.claimed
            and bool(prev.ent_type_) and prev.ent_iob_ == "B" and span[0].ent_iob_ == "I")


_DESTINATION = frozenset({"to"})
"""The preposition by which a seat of power is whom a visit, a trip or a letter goes to, not where a thing is."""


def countries(r: Resolution) -> None:
    """Countries, capitals, seats of power, demonyms and peoples, with the sector of the noun they modify.

    A demonym or name after "pro-" or "anti-" names whom a group is for or against, not its country:
    "pro-Russian separatists", "anti-American protesters" are claimed as no actor here."""
    for hit, span in r.hits:
        entry = hit.entries[0]
        if entry.kind in ("person", "org") or not r.free(span.start, span.end):
            continue
        if r.lowered[:hit.start].endswith(_STANCE_PREFIXES):
            r.claimed.update(range(span.start, span.end))
            continue
        if entry.kind in ("country", "capital", "metonym") and r.inside_larger_entity(span):
            continue
        code = entry.key
        if entry.kind in ("country", "capital", "metonym", "demonym", "people"):
            # "police in Nairobi", "protesters in the Kenyan town of Eldoret": the group noun placed there
            placed = r.sector_in(span)
            if placed is not None:
                start, end, sector = placed
                r.add(r.kb.country_actor(code, sector, span.text), start, end, 0.8, "dictionary")
                continue
        if entry.kind in ("capital", "metonym"):
            code = r.kb.countries[code].holder_on(r.on)  # Juba is Sudan's before July 2011
            sought = entry.kind == "metonym" and span.root.head.lower_ in _DESTINATION
            if r.governed_by_place_prep(span) and not sought:
                # "a visit to the White House", "a letter to the Kremlin": the seat of power as whom one goes or
                # writes to is its sector; "talks in the Kremlin" only place the talks
                if entry.kind == "capital":
                    # "talks in Nairobi": the place, so the country rather than its government
                    r.add(r.kb.country_actor(code, None, span.text), span.start, span.end, 0.75, "place")
                continue
            head = r.sector_head(span)
            start, end, metonym_sector = head if head else (span.start, span.end, entry.sector)
            r.add(r.kb.country_actor(code, metonym_sector, span.text), start, end, 0.75, "metonym")
            continue
        if entry.kind == "people":
            r.add(*_people_actor(r, span, code), 0.75, "people")
            continue
        if entry.kind == "plural":
            r.add(r.kb.country_actor(code, None, span.text), span.start, span.end, 0.85, "demonym")
            continue
        head = r.sector_head(span)
        if head is not None:
            start, end, sector = head
            actor = r.kb.country_actor(code, sector, span.text)
            by = "demonym" if entry.kind == "demonym" else "dictionary"
            person = office_holder(r, end, code, sector)
            if person is not None:
                actor, by = person, "coreference"
            r.add(actor, start, end, 0.9, by)
        elif entry.kind in ("demonym", "country") and (named := polity(r, span)) is not None:
            end, sector = named  # "the Pakistani state", "the U.S. side"
            r.add(r.kb.country_actor(code, sector, span.text), span.start, end, POLITY_CONFIDENCE,
                  "demonym" if entry.kind == "demonym" else "dictionary")
        elif entry.kind in ("demonym", "country") and (held := r.place_holder(span)) is not None:
            r.add(r.kb.country_actor(code, None, span.text), span.start, held, 0.8,  # "a Russian-held town"
                  "demonym" if entry.kind == "demonym" else "dictionary")
        elif entry.kind == "country":
            r.add(r.kb.country_actor(code, None, span.text), span.start, span.end, 0.9, "dictionary")
        elif entry.kind == "demonym" and (force := _bare_force(r, span)) is not None:
            end, sector = force
            r.add(r.kb.country_actor(code, sector, span.text), span.start, end, 0.8, "demonym")
        elif r.stands_for_state(span):
            r.add(r.kb.country_actor(code, None, span.text), span.start, span.end, 0.8, "demonym")
        elif entry.kind == "demonym" and r.modifies_noun(span):
            # "Palestinian riots", "Iraqi Kurds": the country, less certainly than a named state
            r.add(r.kb.country_actor(code, None, span.text), span.start, span.end, 0.7, "demonym")
        elif entry.kind == "demonym" and (shared := r.conjunct_sector(span)) is not None:
            r.add(r.kb.country_actor(code, shared, span.text), span.start, span.end, 0.75, "demonym")


_FORCE_PREPS = frozenset({"by", "between", "with"})
"""Prepositions whose object is a party to the act ("clashes between Pakistani security and militants")."""


def _bare_force(r: Resolution, span: Span) -> tuple[int, str] | None:
    """"Pakistani security killed three militants": a demonym adjective right before a bare force noun
    (``force_nouns``: "security") names that country's forces, when the noun is a party to an act: the
    subject, or the object of "by", "between" or "with" (or a conjunct of one). Not a possessive or a country
    name ("Pakistan's security" is the state's safety), not a compound ("Pakistani security guards at a bank"
    are guards), not the noun as a thing threatened ("a threat to Israeli security", "undermined Afghan
    security"): (end of the mention, sector)."""
    nouns = r.kb.sectors.force_nouns
    head = span.root.head
    if not nouns or span.root.dep_ != "amod" or head.i != span.end or head.lower_ not in nouns \
            or head.tag_ != "NN" or not r.free(span.start, head.i + 1):
        return None
    role = head
    while role.dep_ == "conj" and role.head.i < role.i:
        role = role.head
    if not (role.dep_ in ("nsubj", "nsubjpass")
            or role.dep_ == "pobj" and role.head.lower_ in _FORCE_PREPS and role.head.dep_ in ("prep", "agent")):
        return None
    return head.i + 1, nouns[head.lower_]


_STANCE_PREFIXES = ("pro-", "anti-", "pro–", "anti–")
"""Prefixes by which a country's name says whom a group is for or against ("pro-Russian"), not where it is from."""
_PEOPLE_SECTORS = frozenset({"REB", "OPP", "CVL", "REF", "REL", "CRM", "LAB", "EDU", "MED", "NGO", "BUS"})
"""Sectors a people's group noun keeps ("Rohingya insurgents" -> MMRREB): those a people has as such. A state
noun ("Yoruba leaders", "Kurdish officials") is no office of the state the people lives in: no sector."""


def _people_actor(r: Resolution, span: Span, code: str) -> tuple[Actor, int, int]:
    """"Yoruba leaders", "Rohingya Muslim refugees": the people's country, with the group noun they modify
    (over other capitalised group names) and its sector where a people has that sector (``_PEOPLE_SECTORS``)."""
    tok = r.group_name_top(span.root)
    head = tok.head
    end, sector = span.end, None
    if tok.dep_ in ATTACH and head.i > tok.i and head.i >= span.end and head.pos_ == "NOUN" \
            and r.free(span.end, head.i + 1):
        end = head.i + 1
        found = r.phrase_sector(head)
        if found is not None and found[2] in _PEOPLE_SECTORS:
            sector = found[2]
    return r.kb.country_actor(code, sector, r.sent[span.start:end].text), span.start, end
