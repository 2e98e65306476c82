"""One sentence's actor resolution state, shared by every pass of the sieve (see ``resolve.py``).

The sieve's passes each claim tokens, so mentions never overlap; this module holds what they share: the
dictionary hits of the sentence by token, the claimed tokens, the mentions found so far, and the
noun-phrase helpers that several passes ask ("which sector noun does this country name modify?",
"is this name the object of a place preposition?"). It adds no mention itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from bilateral.actors.context import ActorContext
from bilateral.actors.knowledge import Hit, KnowledgeBase
from bilateral.models import Actor, Mention
from bilateral.nlp import doc_ents, doc_text, doc_tokens

LOCATIVE = frozenset({"in", "at", "near", "outside", "to", "into", "from", "across", "around", "via", "inside",
                      "toward", "towards", "through", "throughout", "within"})
"""Prepositions that make the name after them a place ("talks in Nairobi")."""
ATTACH = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod"})
"""Dependencies by which a name modifies the noun after it ("Rwandan troops", "Kenya's parliament")."""
_OWNED_AT = frozenset({"in", "from", "near", "outside", "at", "of"})
"""Prepositions that place a group noun ("police in Nairobi", "troops from Chad") or a thing a sector owns ("a
military base outside Mogadishu") in a country; only "in" and "from" place a group noun, and "of" a place noun
("residents of the Kenyan town of X")."""
_ARMED = frozenset({"MIL", "REB"})
"""Sectors of forces and armed groups, which a seat of government ("in Gabon's capital", "in Libreville") does not
place: they may be there as guests."""
_HOLDING = frozenset({"hold", "claim", "control", "occupy", "administer", "govern"})
"""Participles by which a hyphenated country says who holds or claims a place ("a Russian-held town")."""
_BLOCKING_ENTS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


class Resolution:
    """One sentence's resolution state: hits by token, claimed tokens, mentions found so far."""

    def __init__(self, sent: Doc, kb: KnowledgeBase, on: dt.date | None, context: ActorContext | None) -> None:
        self.sent, self.kb, self.on, self.context = sent, kb, on, context
        self.tokens = doc_tokens(sent)  # one Token object per token, shared by every pass
        self.text = doc_text(sent)
        self.lowered = self.text.lower()
        self.claimed: set[int] = set()
        self.mentions: list[Mention] = []
        self.hits: list[tuple[Hit, Span]] = []
        for hit in kb.find(self.text):
            span = sent.char_span(hit.start, hit.end, alignment_mode="expand")
            if span is not None and len(span):
                self.hits.append((hit, span))
        self.hit_at: dict[int, tuple[Hit, Span]] = {t.i: (h, s) for h, s in self.hits for t in s}

    def free(self, start: int, end: int) -> bool:
        """No token of ``start:end`` is claimed by a mention yet."""
        return all(i not in self.claimed for i in range(start, end))

    def add(self, actor: Actor, start: int, end: int, confidence: float, resolved_by: str,
            posting: Mention | None = None) -> None:
        """Record a mention of ``actor`` over tokens ``start:end`` and claim them (``posting``: see Mention)."""
        span = self.sent[start:end]
        actor = replace(actor, text=span.text)
        self.mentions.append(Mention(actor, start, end, span.start_char, span.end_char, confidence, resolved_by,
                                     posting))
        self.claimed.update(range(start, end))

    @cached_property
    def lowers(self) -> list[str | None]:
        """Each token's lower-cased word, None for a hyphen (what ``words`` leaves out), made once per sentence:
        ``phrase_sector`` asks for a dozen overlapping word windows around every sector noun."""
        return [None if t.text in ("-", "–") else t.lower_ for t in self.tokens]

    @cached_property
    def lemmas(self) -> list[str]:
        """Each token's lower-cased lemma, made once per sentence (see ``lowers``)."""
        return [t.lemma_.lower() for t in self.tokens]

    @staticmethod
    def words(tokens: list[Token]) -> tuple[str, ...]:
        """Lower-cased words of ``tokens``, hyphens left out ("vice-president" -> vice, president)."""
        return tuple(t.lower_ for t in tokens if t.text not in ("-", "–"))

    def sector_head(self, span: Span) -> tuple[int, int, str] | None:
        """The sector noun a country/demonym/org span modifies: (region start, region end, sector)."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        tok = self.group_name_top(tok)
        if tok.dep_ in ATTACH and tok.head.i > tok.i:
            head = tok.head
            if head.lower_ == "led" and head.dep_ == "amod" and head.head.i > head.i:
                head = head.head  # "Vietnamese-led forces", "US-led troops": the leader's own
            region = (span.start, head.i + 1)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i < tok.head.i:
            head = tok.head.head
            region = (head.i, span.end)
        else:
            return None
        found = self.phrase_sector(head) or self.owned_sector(head)
        if found is None:
            return None
        first, last, sector = found
        lo, hi = min(region[0], first), max(region[1], last + 1)
        others = any(i in self.hit_at and not span.start <= i < span.end for i in range(lo, hi))
        if others or not self.free(lo, hi):
            return span.start, span.end, sector
        return lo, hi, sector

    def group_name_top(self, tok: Token) -> Token:
        """The last word of a chain of capitalised group names that ``tok`` begins ("Rohingya Muslim
        insurgents" from "Rohingya": "Muslim"), so that the noun they all modify is found. Climbs only over
        capitalised modifiers that no dictionary knows and that are no sector words themselves; ``tok``
        itself when there is none ("Russian-made jets", "Kenyan troops")."""
        sectors = self.kb.sectors
        while tok.dep_ in ("compound", "amod") and tok.head.i == tok.i + 1:
            head = tok.head
            if head.i in self.hit_at or not head.text[:1].isupper() or head.pos_ not in ("PROPN", "ADJ") \
                    or head.dep_ not in ("compound", "amod") or head.head.i <= head.i \
                    or head.lower_ in sectors.modifiers or sectors.noun_sector((head.lower_,)):
                break
            tok = head
        return tok

    def phrase_sector(self, head: Token) -> tuple[int, int, str] | None:
        """Sector of the noun phrase around ``head`` (multi-word nouns and titles, modifiers of generic heads).

        A generic head ("members", "groups") takes its sector from its modifiers, or from a group noun of several
        words that the vocabulary lists whole and that ends on it ("city council members", "aid groups"); a title
        ending on it ("student leader") does not decide."""
        sectors = self.kb.sectors
        sent = self.sent
        mods = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i and c.i not in self.hit_at]
        first = min((c.left_edge.i for c in mods if c.dep_ == "compound"), default=head.i)  # "city council members"
        first = min([first, *(c.i for c in mods)])
        lowers, lemmas, ends = self.lowers, self.lemmas, sectors.phrase_ends
        for lo in range(first, head.i + 1):
            for hi in range(min(len(sent) - 1, head.i + 3), head.i - 1, -1):
                if lowers[hi] is not None and lowers[hi] not in ends and lemmas[hi] not in ends:
                    continue  # cheap: no phrase of the vocabulary ends in this word
                words = tuple(w for w in lowers[lo:hi + 1] if w is not None)
                lemma_words = words[:-1] + (lemmas[hi],) if words else words
                for cand in (words, lemma_words):
                    noun = sectors.noun_sector(cand)
                    sector = noun or sectors.title_sector(cand)
                    if sector and (head.lower_ not in sectors.generic_heads or lo == head.i == hi
                                   or (noun is not None and hi == head.i)):
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
        root = self.place_object(span)
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in _OWNED_AT or prep.dep_ != "prep":
            return None
        head = prep.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i > prep.i or head.i in self.hit_at:
            return None
        if any(c.i in self.hit_at for c in head.children if c.dep_ in ATTACH or c.dep_ == "appos"):
            return None
        if any(t.i in self.hit_at for c in head.children if c.dep_ == "poss" for t in c.subtree):
            return None  # "the UN chief's envoy in Mali" is the named owner's, not Mali's
        owned = self.owned_sector(head)
        in_place = root.i not in range(span.start, span.end) and root.lower_ in self.kb.sectors.place_nouns
        if owned is not None:  # "a military base in Nigeria", "an army post near Gao": where a thing is, who owns it
            found: tuple[int, int, str] | None = owned
        elif prep.lower_ not in ("in", "from") and not (prep.lower_ == "of" and in_place):
            # "residents of the Kenyan town of X" is placed as "in" is; "officials of Kenya" is sector_head's
            return None
        else:
            found = self.phrase_sector(head)
        if found is None or (owned is None and found[2] == "MIL" and prep.lower_ == "in" and not any(
                c.lower_ == "security" for c in head.children if c.dep_ in ("compound", "amod"))):
            return None  # "security forces in Guinea" are Guinea's own
        if owned is None and found[2] in _ARMED and (root.lower_ in self.kb.sectors.seat_nouns
                                                     or self._foreign_capital(span)):
            return None  # "the rebels in Gabon's capital", "insurgents in Libreville" may be its guests, at talks
        if span.root.dep_ == "conj" and span.root.head.i < span.start:
            # "officials from Kenya and Uganda": the later conjunct shares the noun's sector, the name alone
            return (span.start, span.end, found[2]) if self.free(span.start, span.end) else None
        lo = min(found[0], head.i)
        if not self.free(lo, span.end) or any(i in self.hit_at for i in range(lo, span.start)):
            return None
        hi = max(span.end, root.i + 1)
        if not self.free(span.end, hi) or any(i in self.hit_at for i in range(span.end, hi)):
            hi = span.end
        return lo, hi, found[2]

    def _foreign_capital(self, span: Span) -> bool:
        """``span`` is a capital named as such ("Doha") of a country other than the one the document is about (any
        country, for a text with no document): armed groups placed there are more often guests at talks than
        fighters. "Militants in Kabul" in a story about Afghanistan stay Afghan."""
        hit = self.hit_at.get(span.start)
        if hit is None or hit[0].kind != "capital":
            return False
        lead = self.context.leading_country(self.text) if self.context is not None else None
        return lead != hit[0].entries[0].key

    def owned_sector(self, head: Token) -> tuple[int, int, str] | None:
        """Sector of whoever owns the thing ``head`` heads ("Russian positions", "a military base" -> MIL), from
        ``owned_nouns``: (first word, head, sector), or None when it is no such thing."""
        owned, heads = self.kb.sectors.owned_nouns, self.kb.sectors.owned_heads
        if head.lower_ not in heads and head.lemma_.lower() not in heads:
            return None  # cheap: most objects are no owned thing
        first = min((c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
                     and c.i not in self.hit_at), default=head.i)
        for lo in range(first, head.i + 1):
            words = self.words(list(self.sent[lo:head.i + 1]))
            for cand in (words, words[:-1] + (head.lemma_.lower(),)):
                if cand in owned:
                    return lo, head.i, owned[cand]
        return None

    def place_object(self, span: Span) -> Token:
        """The noun a place name stands in: the name's own root, or the place noun it modifies or
        completes ("in Kenya's Rift Valley", "in the Kenyan town of Eldoret": "Valley", "town"), so that
        ``sector_in`` finds the preposition that places a group noun there."""
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        head = root.head
        if root.dep_ in ("poss", "compound", "amod") and head.i > root.i and head.dep_ == "pobj" and (
                head.lower_ in self.kb.sectors.place_nouns or head.ent_type_ in ("GPE", "LOC", "FAC")):
            return head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in self.kb.sectors.place_nouns \
                and head.head.dep_ == "pobj":
            return head.head
        return root

    def stands_for_state(self, span: Span) -> bool:
        """A demonym modifying a state noun ("an Indian proposal", "French mediation", "a Turkish offensive"),
        unless the noun names its doer in a "by" phrase ("a Nigerian attack by insurgents" is where, not who)."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ in ATTACH and tok.head.i > tok.i and (
            tok.head.lemma_.lower() in self.kb.sectors.state_nouns or tok.head.lower_ in self.kb.sectors.state_nouns
            or self._charged_goods(tok)
        ) and not any(c.lower_ == "by" and c.dep_ in ("prep", "agent") for c in tok.head.children) \
            and not self._doer_on_verb(tok.head)

    def _doer_on_verb(self, noun: Token) -> bool:
        """Whether a "by" phrase naming who did what an active verb's object noun names hangs on the verb, where
        the parser often puts it ("condemned the Malian incursion by militias": the militias did it, the demonym
        says where). Only a phrase that names an actor (a name or a sector noun): "rejected the Malian offer by
        letter" and "answered Malian pressure by closing the border" say how."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in verb.children):
            return False
        return any(g.dep_ == "pobj" and (g.i in self.hit_at or self.kb.sectors.noun_sector((g.lemma_.lower(),))
                                         or self.kb.sectors.noun_sector((g.lower_,)))
                   for c in verb.children if c.lower_ == "by" and c.dep_ == "prep" and c.i > noun.i
                   for g in c.children)

    def place_holder(self, span: Span) -> int | None:
        """"a Russian-held town", "the Vietnamese-claimed reef", "Israeli-occupied land": a demonym or country
        name hyphenated before a participle of holding (``_HOLDING``) that modifies a noun names the state that
        holds or claims the place, so an act on the place is aimed at that state: the end of its mention, which
        takes in the participle (then the place noun's modifier). Not a participle of making ("Chinese-made
        phones": goods, which only a customs charge on them makes the maker's) nor of backing ("Russian-backed
        rebels" are not Russia), and not without the hyphen ("Russian held talks")."""
        tok = span.root
        part = tok.head
        if tok.dep_ not in ATTACH or part.dep_ != "amod" or part.tag_ != "VBN" or not span.end < part.i < part.head.i \
                or part.lemma_.lower() not in _HOLDING or part.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if self.sent[part.i - 1].tag_ != "HYPH" or not self.free(span.start, part.i + 1):
            return None
        return part.i + 1

    def _charged_goods(self, tok: Token) -> bool:
        """A demonym on the goods a customs charge or sanction is on ("tariffs on Brazilian beef", "a duty on
        Mexican-made cars"): whatever the goods, they are that country's, which the charge hits."""
        goods = tok.head
        if tok.dep_ == "npadvmod" and goods.dep_ == "amod" and goods.tag_ == "VBN":
            goods = goods.head  # "Mexican-made": the maker's goods
        prep = goods.head
        if goods.dep_ in ("nsubj", "nsubjpass") and prep.dep_ == "pcomp" and prep.tag_ in ("VBN", "VBG"):
            prep = prep.head  # "a duty on cars being shipped to X": the parser makes the goods a clause's subject
        elif goods.dep_ != "pobj":
            return False
        if prep.lower_ != "on":
            return False
        while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
            prep = prep.head  # "tariffs on German cars and on French brandy"
        charges = self.kb.sectors.charge_nouns
        holder = prep.head  # the charge, or the verb that imposes it ("imposed tariffs on ...", parsed on the verb)
        return holder.lower_ in charges or holder.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in charges for c in holder.children)

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
        """"Sierra Leonean and Guinean refugees", parsed as a bare demonym coordinated with "Guinean
        refugees": the first demonym shares the group noun of its conjunct, and so its sector."""
        for conj in span.root.children:
            if conj.dep_ == "conj" and conj.pos_ == "NOUN" and any(
                    c.dep_ in ("amod", "compound") and c.i in self.hit_at for c in conj.children):
                found = self.phrase_sector(conj)
                if found is not None:
                    return found[2]
        return self._list_sector(span)

    def _list_sector(self, span: Span) -> str | None:
        """"criticized by U.S., French, Chinese and Mexican representatives", however the parser hangs the list: a
        demonym in a list of demonyms and country names that ends right before a plural group noun shares that
        noun's sector. Only a list ("Kenyan, Ugandan coffee" names a thing; a demonym followed by no list word is
        no member of one)."""
        sent = self.sent
        before = span.start - 1  # the last member: "..., Russian and Mexican representatives"
        i, listed = span.end, before > 0 and sent[before].lower_ in (",", "and", "or") and before - 1 in self.hit_at
        while i < len(sent):
            if sent[i].lower_ in (",", "and", "or"):
                listed, i = True, i + 1
            elif i in self.hit_at:
                hit, hit_span = self.hit_at[i]
                if hit.kind not in ("demonym", "country"):
                    return None
                i = hit_span.end
            else:
                break
        if not listed or i >= len(sent) or sent[i].tag_ not in ("NNS", "NNPS") or i - 1 not in self.hit_at:
            return None
        found = self.phrase_sector(sent[i])
        return found[2] if found is not None else None

    def governed_by_place_prep(self, span: Span) -> bool:
        """The span is the object of a place preposition ("in Nairobi", "towards Goma")."""
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE

    def inside_larger_entity(self, span: Span) -> bool:
        """The span is part of a longer named entity ("the Kenya Airways", "the Rwanda Patriotic Front"). An
        entity that is only the name and a sector noun after it ("the U.S. Congress", "the U.S. Air Force") is
        no longer name: it is the name with that noun's sector."""
        for ent in doc_ents(self.sent):
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # "Sierra Leone's" tagged ORG is the name
            if ent.label_ in _BLOCKING_ENTS and start <= span.start and span.end <= end \
                    and (end - start) > (span.end - span.start) and not self._name_and_sector(span, end):
                return True
        return False

    def _name_and_sector(self, span: Span, end: int) -> bool:
        """The entity's words after ``span`` up to ``end`` are a sector noun ("Congress", "State Department")."""
        rest = self.words(self.tokens[span.end:end])
        return bool(rest) and self.kb.sectors.noun_sector(rest) is not None

