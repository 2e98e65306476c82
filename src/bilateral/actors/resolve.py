"""Find and code the actors of one parsed sentence: ``resolve_actors(sent, kb, on, context)``.

Order of evidence, each claiming its tokens so mentions never overlap:
1. dictionary people ("Paul Kagame", "Blinken"), coded by the office held on ``on``, their in-text
   title absorbed into the mention ("Kenyan president Uhuru Kenyatta");
2. people no dictionary knows (spaCy PERSON) whose title names a country or body ("British Prime
   Minister Keir Starmer" -> GBRGOV), before or in apposition after the name;
3. organisations (IGOs, NGOs, armed groups, companies), with a following sector noun absorbed;
4. countries: a name alone is the state (``RWA``, sector None); with a sector noun ("Rwanda's army",
   "the government of Rwanda", "Rwandan troops") it is that sector; a demonym counts only with a
   sector noun or title; capitals and seats of power are the government, unless used as a place
   ("talks in Nairobi": then the country, which events may take as where they were aimed);
5. coreference through the document context: a surname seen earlier in full, "the Rwandan
   president" or "the president" when exactly one such office holder was named;
6. generic agents (agents.py): group nouns of a one-country sentence about its state are that country's.
Pronouns are left to the event coder.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from bilateral.actors.agents import domestic_groups
from bilateral.actors.context import REFERRING_NOUNS, REFERRING_WORDS, ActorContext
from bilateral.actors.knowledge import GOVERNMENT_NOUNS, Hit, KnowledgeBase
from bilateral.models import Actor, Mention

_LOCATIVE = frozenset({"in", "at", "near", "outside", "to", "into", "from", "across", "around", "via", "inside",
                       "toward", "towards", "through", "throughout", "within"})
_ATTACH = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod"})
_LEADING_DEPS = frozenset({"advmod", "prep", "pobj", "det", "amod", "compound", "npadvmod"})
"""What may stand before a sentence's subject ("Later, he ...", "On Monday he ...")."""
_BIG_TOWN = 100_000
"""A name spaCy takes for a person is read as a town only when a town this big bears it."""
_NOT_PLACES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
"""Entity types a misspelt place name is never taken from."""
_ARMED_WORDS = frozenset({"rebel", "armed", "militant", "insurgent", "militia", "guerrilla", "jihadist", "terrorist"})
_RESIDENCE_PREPS = frozenset({"in", "near", "inside", "across", "throughout", "at"})
"""Prepositions that place what a sentence reports in a country ("demonstrated in Serbia")."""
_BLOCKING_ENTS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


@dataclass(frozen=True, slots=True)
class _Evidence:
    """A title found next to a name: its sector, the country or body it names, and 'former'."""

    start: int
    sector: str | None
    country: str | None
    org: str | None
    former: bool


class _Resolver:
    """One sentence's resolution state: hits by token, claimed tokens, mentions found so far."""

    def __init__(self, sent: Doc, kb: KnowledgeBase, on: dt.date | None, context: ActorContext | None) -> None:
        self.sent, self.kb, self.on, self.context = sent, kb, on, context
        self.tokens = list(sent)  # one Token object per token, reused by every pass
        self.lowered = sent.text.lower()
        self.claimed: set[int] = set()
        self.mentions: list[Mention] = []
        self.hits: list[tuple[Hit, Span]] = []
        for hit in kb.find(sent.text):
            span = sent.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and len(span):
                self.hits.append((hit, span))
        self.hit_at: dict[int, tuple[Hit, Span]] = {t.i: (h, s) for h, s in self.hits for t in s}

    # --- helpers ----------------------------------------------------------------------------------

    def free(self, start: int, end: int) -> bool:
        return all(i not in self.claimed for i in range(start, end))

    def add(self, actor: Actor, start: int, end: int, confidence: float, resolved_by: str) -> None:
        span = self.sent[start:end]
        actor = replace(actor, text=span.text)
        self.mentions.append(Mention(actor, start, end, span.start_char, span.end_char, confidence, resolved_by))
        self.claimed.update(range(start, end))

    def _words(self, tokens: list[Token]) -> tuple[str, ...]:
        return tuple(t.lower_ for t in tokens if t.text not in ("-", "–"))

    def title_before(self, start: int) -> _Evidence | None:
        """Title words immediately left of token ``start`` ("Kenyan president", "UN envoy", "former")."""
        sectors = self.kb.sectors
        i = start - 1
        collected: list[Token] = []
        while i >= 0 and len(collected) < 7 and i not in self.claimed:
            tok = self.sent[i]
            low = tok.lower_
            if (low in sectors.words or low in sectors.not_in_office or low in ("'s", "’s", "-", "of")
                    or i in self.hit_at):
                collected.insert(0, tok)
                i -= 1
                continue
            break
        while collected and collected[0].lower_ in ("'s", "’s", "-", "of"):
            collected.pop(0)
        if not collected:
            return None
        words = self._words(collected)
        sector = None
        for k in range(len(words), 0, -1):
            sector = sectors.title_sector(words[-k:])
            if sector:
                break
        country, org = self._country_in(collected)
        former = any(t.lower_ in sectors.not_in_office for t in collected)
        if sector is None and not former:
            return None
        return _Evidence(collected[0].i, sector, country, org, former)

    def _country_in(self, tokens: list[Token]) -> tuple[str | None, str | None]:
        for tok in tokens:
            found = self.hit_at.get(tok.i)
            if found is None:
                continue
            entry = found[0].entries[0]
            if entry.kind in ("country", "demonym"):
                return entry.key, None
            if entry.kind == "org":
                actor = self.kb.org_actor(entry.key, self.on, "")
                if actor is not None and actor.kind in ("igo", "ngo"):
                    return None, actor.code
                if actor is not None and actor.country:
                    return actor.country, None
        return None, None

    def title_after(self, head: Token) -> _Evidence | None:
        """An appositive title after a name: "Keir Starmer, the British prime minister,"."""
        for child in head.children:
            if child.dep_ != "appos":
                continue
            tokens = [t for t in child.subtree]
            phrase = [t for t in tokens if t.i <= child.i and t.dep_ in ("compound", "amod") or t.i == child.i]
            sector = self.kb.sectors.title_sector(self._words(phrase)) or self.kb.sectors.title_sector(
                (child.lower_,))
            country, org = self._country_in(tokens)
            if sector and (country or org):
                self.claimed.update(t.i for t in tokens if t.i in self.hit_at)
                return _Evidence(head.i, sector, country, org, False)
        return None

    def titled_actor(self, name: str, ev: _Evidence) -> Actor | None:
        if ev.former or ev.sector is None:
            return None
        if ev.org:
            return Actor(text=name, name=name, code=ev.org, country=None, sector="IGO", kind="person", person=name)
        if ev.country:
            return Actor(text=name, name=name, code=ev.country + ev.sector, country=ev.country, sector=ev.sector,
                         kind="person", person=name)
        return None

    def sector_head(self, span: Span) -> tuple[int, int, str] | None:
        """The sector noun a country/demonym/org span modifies: (region start, region end, sector)."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in _ATTACH and tok.head.i > tok.i:
            head = tok.head
            if head.lower_ == "led" and head.dep_ == "amod" and head.head.i > head.i:
                head = head.head  # "Vietnamese-led forces", "US-led troops": the leader's own
            region = (span.start, head.i + 1)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.head.i:
            head = tok.head.head
            region = (head.i, span.end)
        else:
            return None
        found = self.phrase_sector(head)
        if found is None:
            return None
        first, last, sector = found
        lo, hi = min(region[0], first), max(region[1], last + 1)
        others = any(i in self.hit_at and not span.start <= i < span.end for i in range(lo, hi))
        if others or not self.free(lo, hi):
            return span.start, span.end, sector
        return lo, hi, sector

    def phrase_sector(self, head: Token) -> tuple[int, int, str] | None:
        """Sector of the noun phrase around ``head`` (multi-word nouns and titles, modifiers of generic heads)."""
        sectors = self.kb.sectors
        sent = self.sent
        mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i and c.i not in self.hit_at]
        first = min((c.i for c in mods), default=head.i)
        for lo in range(first, head.i + 1):
            for hi in range(min(len(sent) - 1, head.i + 3), head.i - 1, -1):
                words = self._words(list(sent[lo:hi + 1]))
                lemma_words = words[:-1] + (sent[hi].lemma_.lower(),) if words else words
                for cand in (words, lemma_words):
                    sector = sectors.noun_sector(cand) or sectors.title_sector(cand)
                    if sector and (head.lower_ not in sectors.generic_heads or lo == head.i == hi):
                        if head.lower_ in sectors.generic_heads:
                            for mod in mods:
                                if mod.lower_ in sectors.modifiers:
                                    return mod.i, head.i, sectors.modifiers[mod.lower_]
                        return lo, hi, sector
        if head.lower_ in sectors.generic_heads:
            for mod in mods:
                if mod.lower_ in sectors.modifiers:
                    return mod.i, head.i, sectors.modifiers[mod.lower_]
        return None

    def sector_in(self, span: Span) -> tuple[int, int, str] | None:
        """A bare sector noun placed in or from a country or capital: "police in Nairobi" -> KENCOP.

        Only when the noun names no country of its own ("Kenyan troops in Somalia" stays Kenyan), and
        not for soldiers "in" a country (foreign forces are often deployed there) unless they are its
        security forces; "troops from" is fine.
        """
        root = span.root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("in", "from") or prep.dep_ != "prep":
            return None
        head = prep.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i > prep.i or head.i in self.hit_at:
            return None
        if any(c.i in self.hit_at for c in head.children if c.dep_ in _ATTACH or c.dep_ == "appos"):
            return None
        found = self.phrase_sector(head)
        if found is None or (found[2] == "MIL" and prep.lower_ == "in" and not any(
                c.lower_ == "security" for c in head.children if c.dep_ in ("compound", "amod"))):
            return None  # "security forces in Guinea" are Guinea's own
        lo, hi = min(found[0], head.i), span.end
        if not self.free(lo, hi) or any(i in self.hit_at and not span.start <= i < span.end for i in range(lo, hi)):
            return None
        return lo, hi, found[2]

    def stands_for_state(self, span: Span) -> bool:
        """A demonym modifying a state noun ("an Indian proposal", "French mediation")."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in _ATTACH and tok.head.i > tok.i and (
            tok.head.lemma_.lower() in self.kb.sectors.state_nouns or tok.head.lower_ in self.kb.sectors.state_nouns)

    def modifies_noun(self, span: Span) -> bool:
        """A demonym before a plural or proper noun: a group of that country ("Palestinian riots", "Iraqi Kurds").

        Singular common nouns are things, not actors ("Kenyan tea"); languages stand alone ("in Arabic").
        """
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i \
            and tok.head.tag_ in ("NNS", "NNPS", "NNP")

    def conjunct_sector(self, span: Span) -> str | None:
        """"Sierra Leonean and Liberian refugees", parsed as a bare demonym coordinated with "Liberian
        refugees": the first demonym shares the group noun of its conjunct, and so its sector."""
        for conj in span.root.children:
            if conj.dep_ == "conj" and conj.pos_ == "NOUN" and any(
                    c.dep_ in ("amod", "compound") and c.i in self.hit_at for c in conj.children):
                found = self.phrase_sector(conj)
                if found is not None:
                    return found[2]
        return None

    def governed_by_place_prep(self, span: Span) -> bool:
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE

    def inside_larger_entity(self, span: Span) -> bool:
        for ent in self.sent.ents:
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            if ent.label_ in _BLOCKING_ENTS and start <= span.start and span.end <= ent.end \
                    and (ent.end - start) > (span.end - span.start):
                return True
        return False

    # --- passes -----------------------------------------------------------------------------------

    def known_people(self) -> None:
        for hit, span in self.hits:
            if hit.kind != "person" or not self.free(span.start, span.end):
                continue
            names = [e.key for e in hit.entries if e.kind == "person"]
            ev = self.title_before(span.start)
            start = ev.start if ev else span.start
            if len(names) > 1:
                in_office = [n for n in names if self.kb.role_on(self.kb.people[n], self.on) is not None]
                if len(in_office) != 1:
                    # "President Bush" out of both Bushes' terms: the title says which office, and both held it
                    country = self.title_country(names, ev)
                    if country is not None and ev is not None and ev.sector is not None:
                        self.add(Actor(span.text, span.text, country + ev.sector, country, ev.sector, "person"),
                                 start, span.end, 0.75, "title")
                    continue
                names = in_office
            name = names[0]
            actor = self.kb.person_actor(name, self.on, span.text)
            holds_office = self.kb.role_on(self.kb.people[name], self.on) is not None
            by = "dictionary"
            if not holds_office and ev is None:
                # "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": the apposition is the title
                ev = self.title_after(self.sent[span.start:span.end].root)
            if not holds_office and ev is not None:
                titled = self.titled_actor(name, ev)
                country = self.title_country([name], ev) if titled is None else None
                if country is not None and ev.sector is not None:
                    titled = Actor(name, name, country + ev.sector, country, ev.sector, "person", person=name)
                if titled is not None:
                    actor, by = replace(titled, name=name), "title"
            if actor is not None:
                self.add(actor, start, span.end, 0.95 if by == "dictionary" else 0.8, by)

    def title_country(self, names: list[str], ev: _Evidence | None) -> str | None:
        """The one country in which every named person held the office a countryless title names.

        "President Reagan" in a text dated outside his term: the title is the text's own evidence that he
        held the office when it was written, and the knowledge base says of which country.
        """
        if ev is None or ev.former or ev.sector is None or ev.country or ev.org or not names:
            return None
        found: set[str] = set()
        for name in names:
            countries = {r.country for r in self.kb.people[name].roles if r.country and r.sector == ev.sector}
            if not countries:
                return None
            found |= countries
        return found.pop() if len(found) == 1 else None

    def unknown_people(self) -> None:
        for ent in self.sent.ents:
            if ent.label_ != "PERSON" or not self.free(ent.start, ent.end):
                continue
            if all(t.i in self.hit_at for t in ent):
                continue
            ev = self.title_before(ent.start)
            actor = self.titled_actor(ent.text, ev) if ev else None
            start = ev.start if ev else ent.start
            if actor is None and ev is not None and ev.sector is not None:
                country = self.title_country(list(self.kb.similar_surnames(ent[-1].text)), ev)
                if country is not None:
                    actor = Actor(ent.text, ent.text, country + ev.sector, country, ev.sector, "person")
            if actor is None:
                ev = self.title_after(ent.root)
                actor = self.titled_actor(ent.text, ev) if ev else None
                start = ent.start
            if actor is not None:
                self.add(actor, start, ent.end, 0.8, "title")

    def leader_governments(self) -> None:
        """"The Bush administration", "the Kagame government", "the Putin regime": a surname before a word for
        a government is that government. The people of that surname in office on the date decide the country
        ("the Bush administration" is the elder Bush's in 1990, the younger's in 2003); when none is, the
        phrase itself is the text's evidence that one of them led a government then, so the country is taken
        when all who ever held an office of government share it."""
        if not any(word in self.lowered for word in GOVERNMENT_NOUNS):
            return
        for tok in self.tokens:
            if tok.lower_ not in GOVERNMENT_NOUNS or tok.i == 0:
                continue
            name = tok.doc[tok.i - 1]
            if name.pos_ != "PROPN" or not self.free(name.i, tok.i + 1):
                continue
            people = [self.kb.people[p] for p in self.kb.surnames.get(name.text, ())]
            in_office = {r.country for p in people if (r := self.kb.role_on(p, self.on)) is not None
                         and r.sector == "GOV" and r.country and not r.org}
            ever = {r.country for p in people for r in p.roles if r.sector == "GOV" and r.country and not r.org}
            countries = in_office or ever
            if len(countries) == 1:
                country = countries.pop()
                self.add(self.kb.country_actor(country, "GOV", ""), name.i, tok.i + 1,
                         0.85 if in_office else 0.75, "leader")

    def towns(self) -> None:
        """Towns and regions the dictionaries lack, as their country ("shelled Goma", "targets in Jericho").

        Only names spaCy tags as places (or as people, as it tags "Goma", when the gazetteer knows a city of
        100,000 or more by that name and no dictionary knows such a person) and that the offline gazetteer
        (the places stage's) gives one country; a name that is also a common word or personal name counts
        only after "in", "near"...
        The country has no sector: the place is what an attack or a deployment was aimed at, not a government.
        It is the state the place belonged to on the date: Juba is Sudan's before July 2011.
        """
        from bilateral.places.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
        for ent in self.sent.ents:
            if ent.label_ not in ("GPE", "LOC", "PERSON") or not self.free(ent.start, ent.end):
                continue
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            name = self.sent[start:ent.end].text
            places = gazetteer.lookup(name)
            if ent.label_ == "PERSON" and (name in self.kb.surnames or any(i in self.hit_at for i in range(
                    start, ent.end)) or not any(p.population >= _BIG_TOWN for p in places)):
                continue
            plain = [p for p in places if p.rule == "plain" or self.governed_by_place_prep(self.sent[start:ent.end])]
            countries = {p.country for p in plain if p.precision in ("city", "admin1")}
            if len(countries) == 1 and None not in countries and len(plain) == len(places):
                country = self.kb.countries[str(next(iter(countries)))].holder_on(self.on)
                self.add(self.kb.country_actor(country, None, ent.text), start, ent.end, 0.75, "place")

    def misspelled_places(self) -> None:
        """A proper noun that misspells a country or capital by one letter ("Ethopia", "Afganistan", "the
        Phillippines military"): that country, less certainly than a name spelled right. Never a word spaCy
        tags as a person, work or product ("Frances", "Georgie")."""
        for tok in self.tokens:
            if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PLACES or not self.free(tok.i, tok.i + 1) \
                    or tok.i in self.hit_at:
                continue
            entry = self.kb.misspelled_place(tok.text)
            if entry is not None:
                code = self.kb.countries[entry.key].holder_on(self.on) if entry.kind == "capital" else entry.key
                head = self.sector_head(self.sent[tok.i:tok.i + 1]) if entry.kind == "country" else None
                start, end, sector = head if head is not None else (tok.i, tok.i + 1, None)
                self.add(self.kb.country_actor(code, sector, tok.text), start, end, 0.7, "spelling")

    def titled_in_country(self) -> None:
        """"Fijian rebels said they will release Prime Minister Mahendra Chaudhry": a person no dictionary knows,
        with a title that names no country, holds that office in the one country the sentence is about.

        Only when every actor of the sentence belongs to one country, one of them is a group of that country
        (a bare state may be the one acted on: "President Reagan threatened the Soviet Union" says nothing of
        Reagan's country), and none of them already holds that sector there ("Prime Minister Starmer met
        Kenyan President Ruto" leaves Starmer uncoded).
        """
        countries = {m.actor.country for m in self.mentions}
        if len(countries) != 1 or None in countries or all(m.actor.sector is None for m in self.mentions):
            return
        country = next(iter(countries))
        taken = {m.actor.sector for m in self.mentions}
        for ent in self.sent.ents:
            if ent.label_ != "PERSON" or not self.free(ent.start, ent.end):
                continue
            ev = self.title_before(ent.start)
            if ev is None or ev.former or ev.sector is None or ev.country or ev.org or ev.sector in taken:
                continue
            self.add(Actor(ent.text, ent.text, str(country) + ev.sector, country, ev.sector, "person"),
                     ev.start, ent.end, 0.7, "title")

    def capitals_of_named_countries(self) -> None:
        """"Rwanda expelled Belgian diplomats and cut ties with Brussels": a name that is both an organisation's
        seat and a capital (Brussels: the EU, Belgium) is the capital when the sentence names its country."""
        named = {h.entries[0].key for h, _ in self.hits if h.kind in ("country", "demonym", "plural")}
        for k, (hit, span) in enumerate(self.hits):
            capital = next((e for e in hit.entries if e.kind == "capital"), None)
            if hit.kind == "org" and capital is not None and capital.key in named:
                preferred = replace(hit, entries=(capital, *(e for e in hit.entries if e is not capital)))
                self.hits[k] = (preferred, span)
                self.hit_at.update({t.i: (preferred, span) for t in span})

    def organizations(self) -> None:
        self.capitals_of_named_countries()
        for hit, span in self.hits:
            if hit.kind != "org" or not self.free(span.start, span.end):
                continue
            actor = self.kb.org_actor(hit.entries[0].key, self.on, span.text)
            if actor is None:
                continue
            end = span.end
            nxt = span.end
            if nxt < len(self.sent) and nxt not in self.hit_at and nxt not in self.claimed \
                    and self.sent[nxt].tag_.startswith("NN"):
                if self.kb.sectors.noun_sector((self.sent[nxt].lower_,)) or \
                        self.kb.sectors.noun_sector((self.sent[nxt].lemma_.lower(),)):
                    end = nxt + 1
            self.add(actor, span.start, end, 0.95, "dictionary")

    def countries(self) -> None:
        for hit, span in self.hits:
            entry = hit.entries[0]
            if entry.kind in ("person", "org") or not self.free(span.start, span.end):
                continue
            if entry.kind in ("country", "capital", "metonym") and self.inside_larger_entity(span):
                continue
            code = entry.key
            if entry.kind in ("country", "capital", "metonym") and self.governed_by_place_prep(span):
                placed = self.sector_in(span)
                if placed is not None:
                    start, end, sector = placed
                    self.add(self.kb.country_actor(code, sector, span.text), start, end, 0.8, "dictionary")
                    continue
            if entry.kind in ("capital", "metonym"):
                code = self.kb.countries[code].holder_on(self.on)  # Juba is Sudan's before July 2011
                if self.governed_by_place_prep(span):
                    if entry.kind == "capital":
                        # "talks in Nairobi": the place, so the country rather than its government
                        self.add(self.kb.country_actor(code, None, span.text), span.start, span.end, 0.75, "place")
                    continue
                head = self.sector_head(span)
                start, end, metonym_sector = head if head else (span.start, span.end, entry.sector)
                self.add(self.kb.country_actor(code, metonym_sector, span.text), start, end, 0.75, "metonym")
                continue
            if entry.kind == "people":
                # "Yoruba leaders", "Rohingya refugees": the country, whatever the group noun says
                tok = span.root
                end = tok.head.i + 1 if tok.dep_ in _ATTACH and tok.head.i >= span.end and tok.head.pos_ == "NOUN" \
                    and self.free(span.end, tok.head.i + 1) else span.end
                self.add(self.kb.country_actor(code, None, self.sent[span.start:end].text), span.start, end, 0.75,
                         "people")
                continue
            if entry.kind == "plural":
                self.add(self.kb.country_actor(code, None, span.text), span.start, span.end, 0.85, "demonym")
                continue
            head = self.sector_head(span)
            if head is not None:
                start, end, sector = head
                actor = self.kb.country_actor(code, sector, span.text)
                by = "demonym" if entry.kind == "demonym" else "dictionary"
                person = self.office_holder(end, code, sector)
                if person is not None:
                    actor, by = person, "coreference"
                self.add(actor, start, end, 0.9, by)
            elif entry.kind == "country":
                self.add(self.kb.country_actor(code, None, span.text), span.start, span.end, 0.9, "dictionary")
            elif self.stands_for_state(span):
                self.add(self.kb.country_actor(code, None, span.text), span.start, span.end, 0.8, "demonym")
            elif entry.kind == "demonym" and self.modifies_noun(span):
                # "Palestinian riots", "Iraqi Kurds": the country, less certainly than a named state
                self.add(self.kb.country_actor(code, None, span.text), span.start, span.end, 0.7, "demonym")
            elif entry.kind == "demonym" and (shared := self.conjunct_sector(span)) is not None:
                self.add(self.kb.country_actor(code, shared, span.text), span.start, span.end, 0.75, "demonym")

    def office_holder(self, end: int, country: str, sector: str) -> Actor | None:
        """'the Rwandan president' -> the one GOV office holder of Rwanda the document named, if unique."""
        if self.context is None or sector != "GOV":
            return None
        head = self.sent[end - 1]
        if head.tag_ in ("NNS", "NNPS") or self.kb.sectors.title_sector((head.lower_,)) is None:
            return None
        holders = self.context.holders(self.kb, self.on, country=country)
        if len(holders) != 1:
            return None
        return self.kb.person_actor(holders[0].name, self.on, head.text)

    def coreference(self) -> None:
        if self.context is None:
            return
        text = self.sent.text
        self.pronoun_subject()
        self.nominal_reference()
        for surname, person in self.context.surnames.items():
            if surname not in text:  # most of the document's people are not in this sentence
                continue
            for m in re.finditer(re.escape(surname), text):
                if (m.start() > 0 and text[m.start() - 1].isalnum()) or (
                        m.end() < len(text) and text[m.end()].isalnum()):
                    continue
                span = self.sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None or not self.free(span.start, span.end):
                    continue
                actor = self._context_actor(person, span.text)
                if actor is not None:
                    self.add(actor, span.start, span.end, 0.8, "coreference")
        if "president" not in self.lowered and "premier" not in self.lowered:
            return
        for tok in self.tokens:
            if tok.i in self.claimed:
                continue
            if tok.lower_ in ("president", "premier") and tok.tag_ == "NN" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
                    c.dep_ in ("compound", "amod", "poss") for c in tok.children):
                holders = self.context.holders(self.kb, self.on, office=tok.lower_)
                if len(holders) == 1:
                    actor = self.kb.person_actor(holders[0].name, self.on, tok.text)
                    if actor is not None:
                        self.add(actor, tok.i, tok.i + 1, 0.75, "coreference")

    def nominal_reference(self) -> None:
        """"The country", "the east African nation", "the UN agency", "the rebel group": a definite description
        points back to the one country, international body or armed group named in the text just before it.
        Several candidates there leave it unresolved."""
        if self.context is None or not REFERRING_WORDS.search(self.sent.text):
            return
        for tok in self.tokens:
            kinds = REFERRING_NOUNS.get(tok.lower_)
            if kinds is None or tok.i in self.claimed or tok.i in self.hit_at:
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "det")]
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in mods) or any(
                    c.i in self.hit_at and c.lower_ not in ("un", "u.n.") for c in mods) or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "the Congolese nation" is the demonym's; "the state of emergency" is no state
            if tok.lower_ in ("group", "movement") and not any(c.lower_ in _ARMED_WORDS for c in mods):
                continue
            start = min(c.i for c in mods)
            # "the UN agency": the agency named before, not the UN itself
            generic = [m for m in self.mentions if start <= m.start and m.end <= tok.i and m.actor.code == "IGOUNO"]
            if not generic and not self.free(start, tok.i + 1):
                continue
            key = self.context.referent(self.sent.text, self.sent[start].idx, kinds)
            if key is None or (generic and key == "United Nations"):
                continue
            for m in generic:
                self.mentions.remove(m)
                self.claimed.difference_update(range(m.start, m.end))
            if not self.free(start, tok.i + 1):
                continue
            text = self.sent[start:tok.i + 1].text
            actor = self.kb.country_actor(key, None, text) if key in self.kb.countries else self.kb.org_actor(
                key, self.on, text)
            if actor is not None:
                self.add(actor, start, tok.i + 1, 0.65, "coreference")

    def pronoun_subject(self) -> None:
        """A sentence opening with "He" or "She" as subject speaks of the one person named just before it."""
        if self.context is None:
            return
        first = next((t for t in self.sent if not t.is_punct and t.dep_ not in _LEADING_DEPS), None)
        if first is None or first.lower_ not in ("he", "she") or first.dep_ not in ("nsubj", "nsubjpass") \
                or not self.free(first.i, first.i + 1):
            return
        name = self.context.person_before(self.sent.text)
        if name is None or name not in self.kb.people:
            return
        actor = self.kb.person_actor(name, self.on, first.text)
        if actor is not None:
            self.add(actor, first.i, first.i + 1, 0.7, "coreference")

    def residents(self) -> None:
        """"Ethnic Albanians in south Serbia", "the Albanians of southern Serbia", "ethnic Albanians demonstrated
        in Serbia": a people named by its demonym is coded by the country it lives in, as CAMEO codes such
        groups, not by the state of its kin. The country is the one named in the group's own "of" phrase (and
        "in" phrase, for "ethnic ..."); for "ethnic ..." without one, the one country the sentence places
        events in. A demonym with a group noun ("Rwandan rebels in Congo", "Kenyan troops in Somalia") and a
        bare plural "in" a country ("Rwandans in Uganda") keep their own country."""
        self._compound_peoples()
        by_token = {i: k for k, m in enumerate(self.mentions) for i in range(m.start, m.end)}
        placed: set[str] = set()
        for m in self.mentions:
            root = self.sent[m.start:m.end].root
            pobj = root.head if root.dep_ == "poss" else root  # "near Macedonia's border"
            if m.actor.country and pobj.dep_ == "pobj" and pobj.head.lower_ in _RESIDENCE_PREPS:
                placed.add(m.actor.country)
        for k, m in enumerate(list(self.mentions)):
            hit = self.hit_at.get(m.start)
            if hit is None or hit[0].entries[0].kind not in ("demonym", "plural", "people") or not m.actor.country:
                continue
            ethnic = m.start > 0 and self.sent[m.start - 1].lower_ == "ethnic"
            bare = m.end - m.start == 1 and hit[0].entries[0].kind in ("plural", "people")
            if not ethnic and not bare:
                continue  # "Rwandan rebels in Congo", "Kenyan troops in Somalia" stay their country's
            country = None
            for prep in self.sent[m.start:m.end].root.children:
                if prep.dep_ == "prep" and (prep.lower_ == "of" or (ethnic and prep.lower_ == "in")):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        place = by_token.get(pobj.i)
                        if place is not None and self.mentions[place].actor.kind == "state":
                            country = self.mentions[place].actor.country
            if country is None and ethnic:
                others = placed - {m.actor.country}
                country = others.pop() if len(others) == 1 else None
            if country is None or country == m.actor.country:
                continue
            start = m.start - 1 if ethnic and m.start - 1 not in self.claimed else m.start
            span = self.sent[start:m.end]
            actor = replace(self.kb.country_actor(country, m.actor.sector, span.text, kind="group"),
                            name=f"{m.actor.text} ({self.kb.countries[country].name})")
            self.mentions[k] = Mention(actor, start, m.end, span.start_char, span.end_char, m.confidence * 0.9,
                                       "residence")
            self.claimed.add(start)

    def _compound_peoples(self) -> None:
        """"Bosnian Serbs", "Kosovo Albanians": a people named after a place is that place's, one mention."""
        ordered = sorted(self.mentions, key=lambda m: m.start)
        for first, second in zip(ordered, ordered[1:], strict=False):
            hit = self.hit_at.get(second.start)
            if first.end != second.start or second.end - second.start != 1 or hit is None \
                    or hit[0].entries[0].kind not in ("plural", "people") or first.actor.sector is not None \
                    or not first.actor.country or self.sent[first.end - 1].head.i != second.start:
                continue
            span = self.sent[first.start:second.end]
            country = self.kb.countries[first.actor.country].holder_on(self.on)
            actor = replace(self.kb.country_actor(country, None, span.text, kind="group"), name=span.text)
            self.mentions.remove(first)
            self.mentions[self.mentions.index(second)] = Mention(
                actor, first.start, second.end, span.start_char, span.end_char,
                min(first.confidence, second.confidence), "residence")

    def _context_actor(self, person: object, text: str) -> Actor | None:
        from bilateral.actors.context import ContextPerson

        if not isinstance(person, ContextPerson):
            return None
        if person.known:
            return self.kb.person_actor(person.name, self.on, text)
        if person.country and person.sector:
            return Actor(text=text, name=person.name, code=person.country + person.sector, country=person.country,
                         sector=person.sector, kind="person", person=person.name)
        return None


def resolve_actors(sent: Doc, kb: KnowledgeBase, on: dt.date | None,
                   context: ActorContext | None = None) -> list[Mention]:
    """Every actor mention of the parsed sentence ``sent``, coded for the date ``on``, in text order.

    ``on`` None codes people by their latest office. Token and character offsets are relative to
    ``sent``. Mentions never overlap.
    """
    resolver = _Resolver(sent, kb, on, context)
    resolver.known_people()
    resolver.unknown_people()
    resolver.leader_governments()
    resolver.organizations()
    resolver.countries()
    resolver.towns()
    resolver.misspelled_places()
    resolver.titled_in_country()
    resolver.coreference()
    domestic_groups(resolver)
    resolver.residents()
    return sorted(resolver.mentions, key=lambda m: m.start)
