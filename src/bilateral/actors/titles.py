"""Titles and offices: people coded by the title written beside their name, governments named after a leader.

Passes of the sieve (``resolve.py``), each ``(r: Resolution) -> None``:
- ``unknown_people``: a person no dictionary knows whose title names a country or body ("British Prime
  Minister Keir Starmer" -> GBRGOV), before the name or in apposition after it;
- ``leader_governments``: "the Bush administration", "the Kagame government";
- ``titled_in_country``: a titled person in a sentence wholly about one country holds that office there.

The title readers (``title_before``, ``title_after``, ``titled_actor``, ``title_country``) also serve the
dictionary-people pass of ``names.py``, which absorbs a known person's title into the mention.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from bilateral.actors.agents import court_country
from bilateral.actors.knowledge import GOVERNMENT_NOUNS
from bilateral.actors.state import Resolution
from bilateral.nlp import doc_ents
from bilateral.models import Actor, Mention


@dataclass(frozen=True, slots=True)
class Evidence:
    """A title found next to a name: its sector, the country or body it names, and 'former'."""

    start: int
    sector: str | None
    country: str | None
    org: str | None
    former: bool


def title_before(r: Resolution, start: int) -> Evidence | None:
    """Title words immediately left of token ``start`` ("Kenyan president", "UN envoy", "former")."""
    sectors = r.kb.sectors
    i = start - 1
    collected: list[Token] = []
    while i >= 0 and len(collected) < 7 and i not in r.claimed:
        tok = r.sent[i]
        low = tok.lower_
        if (low in sectors.words or low in sectors.not_in_office or low in ("'s", "’s", "-", "of")
                or i in r.hit_at):
            collected.insert(0, tok)
            i -= 1
            continue
        break
    while collected and collected[0].lower_ in ("'s", "’s", "-", "of"):
        collected.pop(0)
    if not collected:
        return None
    words = r.words(collected)
    sector = None
    for k in range(len(words), 0, -1):
        sector = sectors.title_sector(words[-k:])
        if sector:
            break
    country, org = country_in(r, collected)
    former = any(t.lower_ in sectors.not_in_office for t in collected)
    if sector is None and not former:
        return None
    first = collected[0].i
    if country is None and org is None and sector is not None:
        placed = _place_before(r, first)
        if placed is not None:
            first, country = placed
    return Evidence(first, sector, country, org, former)


def _place_before(r: Resolution, start: int) -> tuple[int, str] | None:
    """"Illinois Governor X", "Central Java Governor Y": a region (state, province) the gazetteer puts in one
    country, written right before a title, gives the holder's country (a governor or a state senator serves
    that country): (first token of the place, country). Towns are left out: a town's name is shared across
    countries more often than the gazetteer knows ("Ontario" the Californian city). None when the name is no
    such region or is claimed already."""
    from bilateral.places.gazetteer import Gazetteer

    ent = next((e for e in doc_ents(r.sent) if e.end == start and e.label_ in ("GPE", "LOC")), None)
    if ent is None or not r.free(ent.start, ent.end) or any(i in r.hit_at for i in range(ent.start, ent.end)):
        return None
    lo = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    places = [p for p in Gazetteer.load().lookup(r.sent[lo:ent.end].text) if p.precision == "admin1"]
    countries = {p.country for p in places}
    if len(countries) != 1 or None in countries:
        return None
    return lo, r.kb.countries[str(next(iter(countries)))].holder_on(r.on)


def country_in(r: Resolution, tokens: list[Token]) -> tuple[str | None, str | None]:
    """The first country (or international body, as its code) a dictionary finds among ``tokens``."""
    for tok in tokens:
        found = r.hit_at.get(tok.i)
        if found is None:
            continue
        entry = found[0].entries[0]
        if entry.kind in ("country", "demonym"):
            return entry.key, None
        if entry.kind == "org":
            actor = r.kb.org_actor(entry.key, r.on, "")
            if actor is not None and actor.kind in ("igo", "ngo"):
                return None, actor.code
            if actor is not None and actor.country:
                return actor.country, None
    return None, None


def title_after(r: Resolution, head: Token) -> Evidence | None:
    """An appositive title after a name: "Keir Starmer, the British prime minister,"."""
    for child in head.children:
        if child.dep_ != "appos":
            continue
        tokens = [t for t in child.subtree]
        phrase = [t for t in tokens if t.i <= child.i and t.dep_ in ("compound", "amod") or t.i == child.i]
        sector = r.kb.sectors.title_sector(r.words(phrase)) or r.kb.sectors.title_sector((child.lower_,))
        if sector and _office_of_unknown_body(r, child):
            continue
        country, org = country_in(r, tokens)
        if sector and (country or org):
            r.claimed.update(t.i for t in tokens if t.i in r.hit_at)
            return Evidence(head.i, sector, country, org, False)
        body = _headed_body(r, child) if sector is None else None
        if body is not None:
            r.claimed.update(t.i for t in tokens if t.i in r.hit_at)
            return Evidence(head.i, body.sector or "IGO", body.country, body.code, False)
    return None


def _headed_body(r: Resolution, title: Token) -> Actor | None:
    """The body a sectorless head title is "of" ("head of the Kenya Tea Growers Association", ``body_heads``),
    when a dictionary knows it as an organisation coded with a sector: its holder acts for it. None for any other
    title or complement ("head of the delegation", "head of an unnamed firm") and for a former head."""
    if title.lower_ not in r.kb.sectors.body_heads \
            or any(c.lower_ in r.kb.sectors.not_in_office for c in title.children):
        return None
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            found = r.hit_at.get(body.i) if body.dep_ == "pobj" else None
            if found is None or found[0].entries[0].kind != "org":
                continue
            actor = r.kb.org_actor(found[0].entries[0].key, r.on, "")
            if actor is not None and (actor.sector or actor.kind == "igo"):
                return actor
    return None


def _office_of_unknown_body(r: Resolution, title: Token) -> bool:
    """Whether the title is an office "of" a private body no dictionary knows ("chair of the Committee for
    Clean Rivers in Laos", ``body_nouns``): the country in its name is where the body works, not whom the holder
    serves. A body the dictionaries know ("head of the UN refugee agency") is read by ``country_in``."""
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            if body.dep_ == "pobj" and body.i not in r.hit_at and body.lemma_.lower() in r.kb.sectors.body_nouns \
                    and not any(r.hit_at[t.i][0].kind == "org" for t in body.subtree if t.i in r.hit_at):
                return True
    return False


def titled_actor(name: str, ev: Evidence) -> Actor | None:
    """The person ``name`` coded by a title that names a country or body, unless it says 'former'."""
    if ev.former or ev.sector is None:
        return None
    if ev.org and not ev.org.startswith(("IGO", "NGO")):
        # a national body the dictionaries code with its country ("president of PETA" -> USANGO)
        return Actor(text=name, name=name, code=ev.org, country=ev.org[:3], sector=ev.org[3:] or None,
                     kind="person", person=name)
    if ev.org:
        return Actor(text=name, name=name, code=ev.org, country=None, sector="IGO", kind="person", person=name)
    if ev.country:
        return Actor(text=name, name=name, code=ev.country + ev.sector, country=ev.country, sector=ev.sector,
                     kind="person", person=name)
    return None


def title_country(r: Resolution, names: list[str], ev: Evidence | None) -> str | None:
    """The one country in which every named person held the office a countryless title names.

    "President Reagan" in a text dated outside his term: the title is the text's own evidence that he
    held the office when it was written, and the knowledge base says of which country.
    """
    if ev is None or ev.former or ev.sector is None or ev.country or ev.org or not names:
        return None
    found: set[str] = set()
    for name in names:
        countries = {role.country for role in r.kb.people[name].roles if role.country and role.sector == ev.sector}
        if not countries:
            return None
        found |= countries
    return found.pop() if len(found) == 1 else None


def unknown_people(r: Resolution) -> None:
    """People no dictionary knows (PERSON entities), coded by a title before the name or in apposition after it."""
    for ent in doc_ents(r.sent):
        if ent.label_ != "PERSON" or not r.free(ent.start, ent.end):
            continue
        if all(t.i in r.hit_at for t in ent):
            continue
        ev = title_before(r, ent.start)
        actor = titled_actor(ent.text, ev) if ev else None
        start = ev.start if ev else ent.start
        if actor is None and ev is not None and ev.sector is not None:
            country = title_country(r, list(r.kb.similar_surnames(ent[-1].text)), ev)
            if country is not None:
                actor = Actor(ent.text, ent.text, country + ev.sector, country, ev.sector, "person")
        if actor is None:
            ev = title_after(r, ent.root)
            actor = titled_actor(ent.text, ev) if ev else None
            start = ent.start
        if actor is not None:
            r.add(actor, start, ent.end, 0.8, "title")


def leader_governments(r: Resolution) -> None:
    """"The Bush administration", "the Kagame government", "the Putin regime": a surname before a word for
    a government is that government. The people of that surname in office on the date decide the country
    ("the Bush administration" is the elder Bush's in 1990, the younger's in 2003); when none is, the
    phrase itself is the text's evidence that one of them led a government then, so the country is taken
    when all who ever held an office of government share it."""
    if not any(word in r.lowered for word in GOVERNMENT_NOUNS):
        return
    for tok in r.tokens:
        if tok.lower_ not in GOVERNMENT_NOUNS or tok.i == 0:
            continue
        name = tok.doc[tok.i - 1]
        if name.pos_ != "PROPN" or not r.free(name.i, tok.i + 1):
            continue
        people = [r.kb.people[p] for p in r.kb.surnames.get(name.text, ())]
        in_office = {role.country for p in people if (role := r.kb.role_on(p, r.on)) is not None
                     and role.sector == "GOV" and role.country and not role.org}
        ever = {role.country for p in people for role in p.roles
                if role.sector == "GOV" and role.country and not role.org}
        countries = in_office or ever
        if len(countries) == 1:
            country = countries.pop()
            r.add(r.kb.country_actor(country, "GOV", ""), name.i, tok.i + 1, 0.85 if in_office else 0.75, "leader")


def titled_in_country(r: Resolution) -> None:
    """"Malian mutineers said they will free Prime Minister Oumar Dembele": a person no dictionary knows,
    with a title that names no country, holds that office in the one country the sentence is about.

    Only when every actor of the sentence belongs to one country, one of them is a group of that country
    (a bare state may be the one acted on: "President Lula criticised the United States" says nothing of
    Lula's country), and none of them already holds that sector there ("Prime Minister Starmer met
    Kenyan President Ruto" leaves Starmer uncoded). A judicial title ("prosecutor Jane Doe") is first given
    the country of the document's court (``agents.court_country``: "a trial in New York"), whatever the
    sentence names.
    """
    _titled_in_court(r)
    countries = {m.actor.country for m in r.mentions}
    if len(countries) != 1 or None in countries or all(m.actor.sector is None for m in r.mentions):
        return
    country = next(iter(countries))
    taken = {m.actor.sector for m in r.mentions}
    for ent in doc_ents(r.sent):
        if ent.label_ != "PERSON" or not r.free(ent.start, ent.end):
            continue
        ev = title_before(r, ent.start)
        if ev is None or ev.former or ev.sector is None or ev.country or ev.org or ev.sector in taken:
            continue
        r.add(Actor(ent.text, ent.text, str(country) + ev.sector, country, ev.sector, "person"),
              ev.start, ent.end, 0.7, "title")


def posted_titles(r: Resolution) -> None:
    """"Sierra Leone's ambassador to the United States", "the UN envoy to Syria", "the UN special envoy for
    Yemen": a title of a posting whose "to X" or "for X" complement says where the holder serves, not whom;
    the holder is the sender's (a capital stands for its country: "Washington's ambassador to Kyiv").

    With a sender written on the title (a country, demonym or body before it), the whole phrase is the
    sender's, coded with the title's sector; without one ("the ambassador to France"), the complement is no
    actor at all, so it never stands for the envoy. A possessive pronoun ("its ambassador to Britain") names
    a sender in another mention; then nothing changes, as the complement may be what an expulsion or a
    recall is aimed at.
    """
    posted = r.kb.sectors.posted_titles
    if not posted or (" to " not in r.lowered and " for " not in r.lowered):
        return
    for tok in r.tokens:
        sector = posted.get(tok.lower_) or posted.get(tok.lemma_.lower())
        if sector is None or tok.i in r.claimed or tok.i in r.hit_at:
            continue
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if prep is None or pobj is None or not r.free(prep.i, pobj.i + 1) or not any(
                i in r.hit_at for i in range(prep.i + 1, pobj.i + 1)):
            continue
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("poss", "compound", "amod", "nmod")]
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in mods):
            continue
        sender = next((r.hit_at[c.i] for c in mods if c.i in r.hit_at), None)
        if sender is None:
            r.claimed.update(range(prep.i, pobj.i + 1))
            continue
        hit, span = sender
        if not r.free(span.start, tok.i):
            continue
        entry = hit.entries[0]
        text = r.sent[span.start:pobj.i + 1].text
        actor: Actor | None = None
        if entry.kind in ("country", "demonym"):
            actor = r.kb.country_actor(entry.key, sector, text)
        elif entry.kind in ("capital", "metonym"):  # "Washington's ambassador to Kyiv"
            actor = r.kb.country_actor(r.kb.countries[entry.key].holder_on(r.on), sector, text)
        elif entry.kind == "org":
            org = r.kb.org_actor(entry.key, r.on, text)
            if org is not None and org.kind in ("igo", "ngo"):
                actor = org
            elif org is not None and org.country:
                actor = r.kb.country_actor(org.country, sector, text)
        if actor is not None:
            r.add(actor, span.start, pobj.i + 1, 0.85, "title", _posting(r, prep, pobj))


def _posting(r: Resolution, prep: Token, pobj: Token) -> Mention | None:
    """The state a posted title's complement names ("for Syria", "to Kyiv"), as a mention of its own words; None
    for a complement that names a body or no state ("the envoy to the UN")."""
    found = next((r.hit_at[i] for i in range(prep.i + 1, pobj.i + 1) if i in r.hit_at), None)
    if found is None:
        return None
    hit, span = found
    entry = hit.entries[0]
    if entry.kind == "country":
        code = entry.key
    elif entry.kind in ("capital", "metonym"):
        code = r.kb.countries[entry.key].holder_on(r.on)
    else:
        return None
    actor = r.kb.country_actor(code, None, span.text)
    return Mention(actor, span.start, span.end, span.start_char, span.end_char, 0.85, "title")


def _titled_in_court(r: Resolution) -> None:
    """Judges and prosecutors no dictionary knows, of the country of the court the document places."""
    if r.context is None or not r.context.in_document(r.text):
        return
    country = None
    for ent in doc_ents(r.sent):
        if ent.label_ != "PERSON" or not r.free(ent.start, ent.end):
            continue
        ev = title_before(r, ent.start)
        if ev is None or ev.former or ev.sector != "JUD" or ev.country or ev.org:
            continue
        country = country or court_country(r.kb, r.context.text)
        if country is None:
            return
        r.add(Actor(ent.text, ent.text, country + ev.sector, country, ev.sector, "person"), ev.start, ent.end,
              0.7, "title")
