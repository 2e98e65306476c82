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

import re
from functools import lru_cache

from spacy.tokens import Token

from bilateral.actors.document_groups import camp_refugees, held_for_removal
from bilateral.actors.group_phrases import ends_phrase, names_field, names_inner_place, within_phrase
from bilateral.actors.knowledge import DOCUMENT_SECTORS, DOCUMENT_TRADERS, UNPLACED_SECTORS, KnowledgeBase
from bilateral.actors.plaintiffs import suing_group
from bilateral.actors.state import Resolution
from bilateral.models import Actor

_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
_DOMESTIC_GROUPS = frozenset({"CVL", "OPP", "REB", "EDU", "LAB", "REL", "MED", "REF", "CRM", "NGO"})
"""Group nouns that take the country of a one-country sentence about its state."""
_NAMED_ONLY = frozenset({"REF"})
"""Group nouns that take it only when a people's name no dictionary knows is written on them ("Chechen refugees
protest against the Russian government"): bare refugees and migrants whom a state shelters, detains or deports come
from elsewhere ("Kenya will close the camps; refugees must leave" are no Kenyans) and stay ``---REF``."""
UNKNOWN_COUNTRY = "---"
"""Code prefix of an actor whose sector is known and country is not (PETRARCH's ``---REB``)."""
CONTEXT_CONFIDENCE = 0.7
"""A group noun given the one country of its sentence's state actors ("police dispersed protesters"): inferred
from the words around it, as sure as the other inferences from context (coreference, the actor history)."""
DOCUMENT_CONFIDENCE = 0.7
"""A generic agent given the document's main country ("militants" in a story about one country): inferred from
the document, as sure as the inferences from context. Measured on the VOA gold coded with no confidence floor,
events whose weakest actor is such an agent are right about as often as events between dictionary names (29 of 42
against 71 of 94); at 0.6 one step of structure (a participle's subject, a target found in the clause) put them
under the default ``min_confidence``."""
AGENT_CONFIDENCE = 0.56
"""A generic agent with no country ("Western politicians"): kept so that its events are counted under an unknown
country. Such events are seldom right (2 of 14 on the VOA gold at 0.5, all structures together), so only a direct
one, the agent a verb's own subject or object beside a named actor ("Western politicians called on China to ...",
0.9 × 0.56), reaches the default ``min_confidence``; any step of structure leaves it under (measured on the VOA gold:
the 2 events this keeps are both right)."""
REMOVAL_CONFIDENCE = DOCUMENT_CONFIDENCE
"""Refugees, migrants and people held for removal with no country (``---REF``): their country unknown is the code
the guidelines give (``---`` + sector when no country is given), not a guess left open, so they are as sure as an
agent placed by its document. At ``AGENT_CONFIDENCE`` an act a state does to them through one step of structure
stayed under the default ``min_confidence``: "40 detainees were flown to Louisiana" in a story of deportation, the
holder inferred from the place, was at 0.43 (dropped) and is at 0.54. Other agents with no country keep 0.56."""
RELATIONAL_CONFIDENCE = DOCUMENT_CONFIDENCE
"""A relational group ("Chinese rivals", "Iran's enemies", ``relational_groups``): the state written on it says whom
the group stands against, so ``---GOV`` is the code the guidelines give such states, not a guess left open, as with
``REMOVAL_CONFIDENCE``. At ``AGENT_CONFIDENCE`` an act on them told by the second verb of a coordination ("X opposes
A and gives arms to B's rivals", 0.9 × 0.9 × 0.56) stayed under the default ``min_confidence``."""
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "attr"})
"""Where an agent noun is a participant: subject, object, object of a preposition, or joined to one."""
_NAMED = frozenset({"PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "ORG"})
"""Entity types whose words are names, never a generic agent."""


_RELATUM_KINDS = frozenset({"country", "demonym", "capital", "metonym"})
"""Dictionary entries that, written on a relational noun, name the state the group opposes."""


def relational_groups(r: Resolution) -> None:
    """"Chinese rivals in Asia", "Iran's enemies": a state written on a relational noun (``relational_nouns``)
    is whom the group opposes, not the group's country. The phrase is one actor with no country (``---GOV``,
    at ``RELATIONAL_CONFIDENCE``), so the country pass never reads the demonym or possessive as the
    group. A person or body on such a noun ("Putin's rivals") is left to the passes that read names, and so is a
    noun whose owner or "of" complement names whom it opposes ("Apple's Chinese rivals" are Chinese)."""
    nouns = r.kb.sectors.relational_nouns
    if not nouns:
        return
    for tok in r.tokens:
        if tok.i in r.claimed or (tok.lower_ not in nouns and tok.lemma_.lower() not in nouns):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i]
        hits = [r.hit_at[c.i] for c in mods if c.i in r.hit_at]
        if not hits or any(hit.entries[0].kind not in _RELATUM_KINDS for hit, _ in hits):
            continue
        if any(c.dep_ == "poss" and c.i not in r.hit_at for c in mods) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue  # "Apple's Chinese rivals", "Chinese rivals of the firm": the demonym is their own
        start = min(span.start for _, span in hits)
        if not r.free(start, tok.i + 1):
            continue
        text = r.sent[start:tok.i + 1].text
        actor = Actor(text=text, name=text.lower(), code=UNKNOWN_COUNTRY + "GOV", country=None, sector="GOV",
                      kind="group")
        r.add(actor, start, tok.i + 1, RELATIONAL_CONFIDENCE, "agent")


CAMPAIGN_NOUNS = frozenset({"insurgency", "rebellion", "uprising", "insurrection", "insurgence"})
"""Group nouns that also name the armed campaign a group carries on (read as the act by ``waged_campaign``)."""
_CAMPAIGN_VERBS = frozenset({"fight", "wage", "lead", "launch"})
"""Verbs whose object campaign noun is the subject's own act, not a party."""


def waged_campaign(tok: Token) -> bool:
    """"Fought an insurgency against the state", "waged a rebellion against X": the campaign noun as the object of
    fight/wage/lead/launch with an "against" phrase is the subject's act on X (the trigger lexicon codes it), not
    a rebel actor. "The insurgency attacked", "fought against the insurgency", "an insurgency in the north" keep
    the noun as the rebels."""
    return (tok.lemma_.lower() in CAMPAIGN_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CAMPAIGN_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children))


def domestic_groups(r: Resolution) -> None:
    """Bare group nouns in a one-country sentence about its state: "Egyptian police dispersed protesters".

    When every actor of the sentence belongs to one country and one of them is its government,
    police, courts or legislature, unqualified protesters, opposition, rebels, students, workers,
    clergy, journalists or criminals are that country's (CAMEO's domestic coding); refugees only with a
    people's name on them (``_NAMED_ONLY``); rights groups (NGO) only in a story set there (``_home_story``). A
    sentence naming two countries, or only soldiers, leaves them uncoded, unless it also names a place of that
    country (``_forces_at_home``). A group noun of several words is read whole ("state media outlets"), and a word
    of one is no group of its own ("media" in "media advocates", who are advocates: ``group_phrases.py``).
    """
    countries = {m.actor.country for m in r.mentions if m.actor.country}
    if len(countries) != 1 or any(m.actor.country is None for m in r.mentions):
        return
    if not any(m.actor.sector in _STATE_SECTORS for m in r.mentions) and not _forces_at_home(r):
        return
    country = next(iter(countries))
    sectors = r.kb.sectors
    for tok in r.tokens:
        if tok.i in r.claimed or tok.pos_ != "NOUN" or tok.i in r.hit_at or waged_campaign(tok):
            continue
        sector = sectors.noun_sector((tok.lower_,)) or sectors.noun_sector((tok.lemma_.lower(),))
        if sector is not None and tok.dep_ == "compound" and within_phrase(r, tok):
            continue  # "media advocates", "state media outlets": the word is read with its phrase's head
        if sector is None and ends_phrase(r, tok):
            found = r.phrase_sector(tok)  # "media outlets", "news outlets": a noun of several words
            sector = found[2] if found is not None and found[1] == tok.i else None
        sector = sector or suing_group(r.kb.sectors, tok)  # "criticized the groups bringing the lawsuits"
        if sector not in _DOMESTIC_GROUPS or held_for_removal(r, tok):
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
        if any(c.lower_ in sectors.outside_modifiers for c in mods):
            continue  # "foreign journalists", "international observers": from outside the sentence's country
        if sector in _NAMED_ONLY and not any(c.text[:1].isupper() and c.i not in r.claimed for c in mods):
            continue
        if sector == "NGO" and not _home_story(r, country):
            continue
        start = min([tok.i, *(c.i for c in mods if c.i not in r.claimed)])
        if not r.free(start, tok.i + 1):
            continue
        actor = r.kb.country_actor(country, sector, r.sent[start:tok.i + 1].text, kind="group")
        r.add(actor, start, tok.i + 1, CONTEXT_CONFIDENCE, "context")


def _home_story(r: Resolution, country: str) -> bool:
    """A story set in ``country``: its main country, no trial of it sitting elsewhere (rights groups speak abroad)."""
    return r.context is not None and r.context.in_document(r.text) and r.context.document_country(r.text) == country \
        and court_country(r.kb, r.context.text) in (None, country)


def _forces_at_home(r: Resolution) -> bool:
    """The sentence's state actor is its military, and it names a place of that same country ("the Sudanese army
    fired on demonstrators in Omdurman"): soldiers acting on home ground, as the police do. Soldiers alone may be
    abroad ("Russian soldiers shot civilians") and leave the group nouns uncoded."""
    return any(m.actor.sector == "MIL" for m in r.mentions) and any(m.resolved_by == "place" for m in r.mentions)


BODY_CONFIDENCE = 0.7
"""A bare "Congress" or "Senate" given a country by the document or by default: inferred from the document and
from usage, as sure as the other inferences from context."""


def named_bodies(r: Resolution) -> None:
    """A capitalised body name written alone ("Congress", "the Senate"), which several countries' bodies bear
    (``proper_bodies``), is the body of the document's country when that country has one of that name, else the
    default country's: "sanctions against Turkey are pending in Congress" is the US Congress, not Turkey's
    parliament; in a story about Peru or the Philippines it is theirs. A text of one sentence has no document
    country: there the one country the sentence names is taken when it has such a body.

    Only a proper noun with no country or owner in its own words ("Peru's Congress" is claimed by the country
    pass before), never inside a longer name ("the Indian National Congress", "Senate President" as a title
    is read by the title passes), never in lower case ("a party congress").
    """
    bodies = r.kb.sectors.proper_bodies
    if not bodies:
        return
    country = None
    if r.context is not None and r.context.in_document(r.text):
        country = r.context.document_country(r.text)
    for tok in r.tokens:
        body = bodies.get(tok.text)
        if body is None or tok.i in r.claimed or tok.i in r.hit_at or tok.pos_ != "PROPN":
            continue
        if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i for c in tok.children) \
                or tok.dep_ == "compound" or (tok.ent_type_ and tok.ent_iob_ == "I" and tok.i > 0
                                              and r.sent[tok.i - 1].lower_ != "the"):
            continue
        default, countries = body
        home = country
        named = {m.actor.country for m in r.mentions if m.actor.country}
        if home is None and len(named) == 1:
            home = next(iter(named))  # no document: "testimony before Congress" on Brazil's air traffic
        code = home if home in countries else default
        r.add(r.kb.country_actor(code, countries[code], tok.text, kind="group"), tok.i, tok.i + 1,
              BODY_CONFIDENCE, "document" if code == country else "context")


def document_agents(r: Resolution) -> None:
    """Generic agents with no country in their own words, in a document of more than one sentence.

    1. They take the document's main country: in a story about Niger, "the junta", "officials", "soldiers"
       and "militants" are Niger's (NERGOV, NERMIL, NERREB). Only for ``knowledge.DOCUMENT_SECTORS`` (the
       state, those who contend for it, civilians and criminals), only when the document context names a
       main country outside this sentence (``ActorContext.document_country``), never for agents that
       usually serve abroad ("the embassy", "diplomats"). Other countries in the sentence do not stop it:
       in a story about Ukraine, "officials said Russia attacked" are Ukraine's officials (measured: this
       gains more on the VOA gold than it costs).
    2. Else an agent that takes part in the sentence (subject, object, object of a preposition) is kept
       with its sector and no country, PETRARCH's ``---REB``, so the event is counted under an unknown
       country rather than dropped ("migrants were flown to Louisiana", "Western politicians called on
       China"): only for ``knowledge.UNPLACED_SECTORS``, never for a word inside a name or a former office.

    Never a military noun or a ``thing_objects`` noun as a verb's object ("withdrew troops", "launched air
    strikes", "shared intelligence": what is moved, used or shared, not who acts). A thing a sector owns
    (``owned_nouns``: "a military vehicle", "army positions") as an object is its owner's, whom an act on it
    targets: "militants attacked a military convoy" in a story about Pakistan is an attack on PAKMIL. A noun
    whose own words name its country ("their officials", "officials from Mali") is left to the passes that read names. A
    text of one sentence (a single-sentence gold set, a headline) is no document: nothing is coded there.
    A noun that stands for several states (``many_country_nouns``: "Gulf nations", "EU member states") never
    takes the document's country, and a body's name among its words ("EU member states") names none; a
    definite or counted one ("the two countries", "both nations") points back to states named before and is
    left alone.
    """
    if r.context is None or not r.context.in_document(r.text):
        return
    country = r.context.document_country(r.text)
    sectors = r.kb.sectors
    for tok in r.tokens:
        if tok.i in r.claimed or tok.i in r.hit_at or tok.pos_ not in ("NOUN", "PROPN") \
                or tok.dep_ in ("compound", "amod", "nmod") or tok.lower_ in sectors.abroad_nouns \
                or waged_campaign(tok):
            continue
        found = r.owned_sector(tok) if tok.dep_ in ("dobj", "pobj") else None
        owned = found is not None
        found = found or r.phrase_sector(tok) or ((tok.i, tok.i, "REF") if camp_refugees(r, tok) else None)
        if found is None or tok.i not in (found[0], found[1]):  # the head ends its phrase or opens it ("ministry of")
            continue
        sector = "REF" if held_for_removal(r, tok) else found[2]
        if tok.dep_ == "dobj" and not owned and (sector == "MIL" or tok.lower_ in sectors.thing_objects):
            continue  # "withdrew troops", "shared intelligence": what is moved or shared, not who acts
        many = _many_countries(r, tok, found[0])
        if many is None:
            continue
        where = "outside" if many else _qualified(r, tok, found[0], sector)
        if where == "named":
            continue
        start, end = min(found[0], tok.i), max(found[1], tok.i) + 1
        if not r.free(start, end):
            continue
        text = r.sent[start:end].text
        home = (court_country(r.kb, r.context.text) or country) if sector == "JUD" else country
        placed = sector in DOCUMENT_SECTORS or (sector == "BUS" and tok.lower_ in DOCUMENT_TRADERS)
        if home is not None and placed and where is None:
            r.add(r.kb.country_actor(home, sector, text, kind="group"), start, end, DOCUMENT_CONFIDENCE, "document")
        elif sector in UNPLACED_SECTORS and tok.dep_ in _ARGUMENT_DEPS and tok.ent_type_ not in _NAMED \
                and not any(c.lower_ in sectors.not_in_office for c in tok.children):
            actor = Actor(text=text, name=text.lower(), code=UNKNOWN_COUNTRY + sector, country=None, sector=sector,
                          kind="group")
            r.add(actor, start, end, REMOVAL_CONFIDENCE if sector == "REF" else AGENT_CONFIDENCE, "agent")


_COURT_PLACE = re.compile(r"\b(?:court|courtroom|courthouse|trial|tribunal)\s+(?:in|at)\s+(?:the\s+)?"
                          r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})")
"""A court or trial the text places: "a trial in New York", "the court in Phnom Penh"."""


@lru_cache(maxsize=64)
def court_country(kb: KnowledgeBase, text: str) -> str | None:
    """The one country whose places a document's courts and trials sit in ("at a trial in New York"), or None.

    A document's prosecutors, judges and courts are of the state that tries the case, which a story about a
    foreign plot tried abroad names less often than the plotters' state: "prosecutors" in a story about an
    Iranian plot tried in New York are the United States'. Places are read as the country passes read them
    (a country or capital by name), else by the gazetteer when it gives one country."""
    from bilateral.actors.places import regions_first
    from bilateral.places.gazetteer import Gazetteer

    countries: set[str] = set()
    for m in _COURT_PLACE.finditer(text):
        name = m.group(1)
        hits = [h for h in kb.find(name) if h.start == 0 and h.entries[0].kind in ("country", "capital")]
        if hits:
            countries.add(hits[0].entries[0].key)
            continue
        places = {p.country for p in regions_first(Gazetteer.load().lookup(name)) if p.precision in ("city", "admin1")}
        if len(places) == 1 and None not in places:
            countries.add(str(places.pop()))
    return countries.pop() if len(countries) == 1 else None


_POINTING_BACK = frozenset({"the", "both", "these", "those", "their", "its", "our", "all"})
"""Words before a plural noun for states that make it point back to states named before ("the two countries",
"both nations"), not stand for others."""


def _many_countries(r: Resolution, tok: Token, first: int) -> bool | None:
    """Whether the agent noun ``tok`` (its phrase starting at ``first``) stands for several states ("Gulf nations",
    "EU member states"): True, when nothing but an international body or a region places it; False for any other
    noun; None for one that points back to states named before ("the two countries") or names only where
    something happens ("in many countries"), which is then no agent of its own."""
    sectors = r.kb.sectors
    phrase = " ".join(t.lower_ for t in r.sent[first:tok.i + 1])
    if phrase not in sectors.many_country_nouns and tok.lower_ not in sectors.many_country_nouns:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "across", "throughout", "around", "to", "into"):
        return None
    for child in tok.children:
        if child.dep_ == "nummod" or child.lower_ in _POINTING_BACK:
            return None
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i in r.hit_at:
            entry = r.hit_at[child.i][0].entries[0]
            actor = r.kb.org_actor(entry.key, r.on, "") if entry.kind == "org" else None
            if actor is None or actor.kind != "igo":
                return False  # a country's or a party's name: left to the passes that read names
    return True


_TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity types of proper nouns that name a time, never a place ("in early February")."""


def _qualified(r: Resolution, tok: Token, first: int, sector: str) -> str | None:
    """What the noun's own words say of its country: "named" when they may name it (a name before its group noun,
    which starts at ``first`` and names none: "City Council members"; a possessive; "officials from ..."; not "the
    Ministry of Health"), "outside" when they put it outside the document's country without naming one ("foreign",
    "Western"), None when they say nothing. A modifier that names the very ``sector`` the noun is coded in says
    nothing of where: "a rebel group", "opposition lawmakers" are the document's rebels and opposition, though
    "rebel" and "opposition" put a state noun outside its state ("rebel officials" are no government's)."""
    outside = {w for w in r.kb.sectors.outside_modifiers if r.kb.sectors.modifiers.get(w) != sector}
    found = None
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            if child.i in r.hit_at or child.dep_ == "poss" or (child.pos_ in ("PROPN", "PRON") and child.i < first):
                return "named"
            if child.lower_ in outside:
                found = "outside"
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in", "for") and any(t.i in r.hit_at or (
                t.pos_ == "PROPN" and t.ent_type_ not in _TIME_ENTITIES) for t in child.subtree) \
                and not names_field(r, child) and not names_inner_place(r, child):
            return "named"
    return found
