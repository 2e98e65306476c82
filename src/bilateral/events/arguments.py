"""Finding the actors that fill a frame's slots in a dependency parse.

An argument token (a subject, object or prepositional object) is an actor when a resolved mention covers
it, or covers one of its modifiers ("Rwandan troops", "the government of Rwanda", "Rwanda's army"), or an
apposition names one ("the leader, Paul Kagame"). Coordination multiplies arguments ("Kagame and
Tshisekedi", "Chile as well as Peru", "Chile, along with Peru,"), and so does a list of members: an apposition
("its partners — Chile, Peru and Bolivia") or an "including" / "such as" phrase ("donors, including Japan and
Norway") names who a plural noun stands for.
Relative pronouns ("Rwanda, which denies ...") stand for the noun they modify.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.actors.additions import additive_objects, subject_additions
from bilateral.actors.agents import UNKNOWN_COUNTRY
from bilateral.events.represented import GUESSED, NO_ONE, Representing, represented_party
from bilateral.events.roles import prep_objects
from bilateral.models import Actor, Mention

_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
_MAX_DEPTH = 4
_RUN_DEPS = frozenset({"appos", "conj"})
"""Links of a list run in commas ("X, his wife, Y, his son, Z"), as the parser hangs it."""
_LISTING_PREPS = frozenset({"including", "like"})
"""Prepositions whose objects list members of the noun they modify ("donors, including Japan"); "as" does when
"such" marks it ("countries such as Peru")."""
AIMING_VERBS = frozenset({"target", "aim", "direct", "hit", "punish", "penalize", "penalise"})
"""Verbs of a participle that says whom an event noun is aimed at ("tariffs targeting X", "sanctions aimed at X")."""
_AIMING_PREPS = frozenset({"at", "against"})
IMPOSING_VERBS = frozenset({"impose", "place", "levy", "slap", "enforce"})
"""Verbs of a participle that says on whom a measure was laid ("sanctions imposed on X", "a ban placed on X")."""
_IMPOSING_PREPS = frozenset({"on", "upon", "against"})


class MentionIndex:
    """Mentions of one sentence, looked up by token index."""

    def __init__(self, sent: Doc, mentions: Sequence[Mention], member_nouns: frozenset[str] = frozenset(),
                 members: Mapping[tuple[int, int], Sequence[Actor]] | None = None,
                 representing: Representing = NO_ONE) -> None:
        self.sent = sent
        self.member_nouns = member_nouns
        self.representing = representing
        """The words of people who speak or act for a party ("a lawyer for X", events/represented.py)."""
        self.members = members or {}
        """(start, end) of a set description's mention -> the actors it stands for ("the two countries")."""
        self.by_token: dict[int, Mention] = {}
        for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if not 0 <= mention.start < mention.end <= len(sent):
                continue
            for i in range(mention.start, mention.end):
                self.by_token.setdefault(i, mention)

    def at(self, token: Token) -> Mention | None:
        """The mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def head_of(self, mention: Mention) -> Token:
        """The syntactic head of a mention's span (its token whose head lies outside the span)."""
        span = self.sent[mention.start:mention.end]
        return span.root

    def actors(self, token: Token, depth: int = 0) -> list[Mention]:
        """Actors an argument token stands for, its conjuncts included, in sentence order, no repeats."""
        found: list[Mention] = []
        own_mention = self.at(token)
        members = self._listed_members(token) if own_mention is None or _countryless_subject(token, own_mention) \
            else []
        own = None if members else self._own(token, depth)
        found.extend(members)
        if own is not None:
            found.extend(self._set_members(own))
            found.extend(self._coordinated_modifiers(token))
            found.extend(self._of_conjuncts(token, own))
            found.extend(self._appos_conjuncts(token, own, depth))
            found.extend(self._kin_run(token))
        for child in token.children:
            if child.dep_ == "conj":  # a list is as long as it is ("A, B, C, D, E, F and G"): a tree, so finite
                found.extend(self.actors(child, depth))
        if depth < _MAX_DEPTH and (stray := stray_conjunct(token)) is not None:
            found.extend(self.actors(stray, depth + 1))
        if depth < _MAX_DEPTH:
            found.extend(m for t in self._additive_conjuncts(token) for m in self.actors(t, depth + 1))
        if own is not None and depth < _MAX_DEPTH:
            found.extend(self._name_conjuncts(token, own, depth))
        return _unique(found)

    def _set_members(self, mention: Mention) -> list[Mention]:
        """A set description's mention as one mention per member ("the two countries" after "Kenya and Uganda"),
        so a frame has them all as parties ("the two countries held talks": with each other); any other
        mention as itself."""
        actors = self.members.get((mention.start, mention.end))
        if not actors:
            return [mention]
        return [replace(mention, actor=replace(a, text=mention.actor.text)) for a in actors]

    def _listed_members(self, token: Token) -> list[Mention]:
        """"governments, including Chile and Peru", "its allies such as Bolivia": the actors an "including" or
        "such as" phrase lists are who the noun stands for, in place of a modifier's or possessor's actor ("EU
        states such as Latvia" are Latvia), or of a subject's own actor when that names no country ("populist
        leaders, such as Chile's president, said": Chile's government, not an unknown one). A member counts only when
        it is named as an actor itself: "goods such as wine" list things, "victims including civilians" no
        actors, and the noun keeps its own."""
        out: list[Mention] = []
        if token.pos_ not in ("NOUN", "PRON"):
            return out
        for prep in token.children:
            if not listing_prep(prep):
                continue
            stack = [c for c in prep.children if c.dep_ == "pobj"]
            while stack:
                member = stack.pop(0)
                mention = self.at(member) or self._named_body(member)
                if mention is not None:
                    out.append(mention)
                stack.extend(c for c in member.children if c.dep_ == "conj")
        return out

    def _named_body(self, member: Token) -> Mention | None:
        """A listed member named by its name before a common noun ("including the EU bloc", "such as the NATO
        alliance"): the name's actor. Only a proper name: "including Chinese steel" lists goods."""
        if member.pos_ != "NOUN":
            return None
        return next((m for c in member.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and (m := self.at(c)) is not None), None)

    @staticmethod
    def _additive_conjuncts(token: Token) -> list[Token]:
        """Words joined to ``token`` by "as well as", "along with" or "together with", which the parser does not
        make conjuncts: the object of "as well as" ("sanctions on Chile as well as Peru"), or the second subject
        it leaves beside the first ("Chile as well as Peru sent troops"); the object of a "with" that "along" or
        "together" marks, in the noun's own phrase or, for a subject, between it and its verb ("Chile, along with
        Peru, condemned ..."), "besides" and a passive's fronted phrase too (``actors.additions``). A "with" phrase
        alone names a partner or a helper, and one after the verb ("imposed sanctions on Chile, along with Peru")
        may join either side: neither counts."""
        out: list[Token] = []
        for child in token.children:
            if child.dep_ == "cc" and _as_well_as(child):
                joined = [c for c in child.children if c.dep_ in ("pobj", "conj")]
                if not joined and token.dep_ in ("nsubj", "nsubjpass"):
                    joined = [c for c in token.head.children if c.dep_ == token.dep_ and c.i > child.i]
                out.extend(joined)
            else:
                out.extend(additive_objects(child))
        if token.dep_ in ("nsubj", "nsubjpass"):
            out.extend(subject_additions(token))
        return out

    def _name_conjuncts(self, token: Token, own: Mention, depth: int) -> list[Mention]:
        """"met Chile's President Ana Morales and Peruvian Prime Minister Luis Quispe": a conjunct the
        parser hangs on a word of the argument's own name (the name after a title) is coordinated with it."""
        out: list[Mention] = []
        for i in range(own.start, own.end):
            word = self.sent[i]
            if word.i != token.i and word.head.i in range(own.start, own.end):
                out.extend(m for c in word.children if c.dep_ == "conj" and not own.start <= c.i < own.end
                           for m in self.actors(c, depth + 1))
        return out

    def _coordinated_modifiers(self, token: Token) -> list[Mention]:
        """"Polish and Czech officials", "Brazilian and Argentine negotiators": coordinated modifiers of one
        noun are each an actor of it, also when the last of them is part of the noun's own mention."""
        out: list[Mention] = []
        for child in token.children:
            if child.dep_ not in _MODIFIER_DEPS or child.i not in self.by_token:
                continue
            conjuncts = [c for c in child.children if c.dep_ == "conj"]
            if not conjuncts:
                continue
            out.append(self.by_token[child.i])
            while conjuncts:
                conj = conjuncts.pop()
                if conj.i in self.by_token:
                    out.append(self.by_token[conj.i])
                conjuncts.extend(c for c in conj.children if c.dep_ == "conj")
        return out

    def _of_conjuncts(self, token: Token, own: Mention) -> list[Mention]:
        """"the embassies of Rwanda, France and the United States", "the pullout of French and Chadian troops": the
        coordinated objects of the "of" phrase that named the actor, and that object's coordinated modifiers, are
        actors of the noun too."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and self.by_token.get(pobj.i) is own:
                        return self._coordinated_modifiers(pobj) + [
                            m for conj in pobj.children if conj.dep_ == "conj" for m in self.actors(conj, 1)]
        return []

    def _appos_conjuncts(self, token: Token, own: Mention, depth: int) -> list[Mention]:
        """"its trading partners, Chile, Peru and Bolivia": the conjuncts of the apposition that named the actor
        are actors of the noun too."""
        for appos in token.children:
            if appos.dep_ == "appos" and self.by_token.get(appos.i) is own and depth < _MAX_DEPTH:
                return [m for conj in appos.children if conj.dep_ == "conj" for m in self.actors(conj, depth + 1)]
        return []

    def _kin_run(self, token: Token) -> list[Mention]:
        """"the ex-minister, his wife, Ana Ruiz, his son, Luis Ruiz, and his daughter, ...": a list of a person's
        relatives run in commas, which the parser hangs as a chain of appositions (each relative's name an
        apposition of the relative, the next relative one of that name). When an apposition of the argument is a
        relative listed with the person (``actors/kin.py``), every relative in the chain of appositions and
        conjuncts below it is an actor of the argument too; the relatives' names only say who they are (no actor).
        A kin noun the chain does not start at ("the minister, the tycoon's lawyer,") adds nothing."""
        if not any(c.dep_ == "appos" and self._kin_at(c) for c in token.children):
            return []
        out: list[Mention] = []
        stack = [c for c in token.children if c.dep_ == "appos"]
        while stack:
            cur = stack.pop(0)
            mention = self._kin_at(cur)
            if mention is not None:
                out.append(mention)
            stack.extend(c for c in cur.children if c.dep_ in _RUN_DEPS)
        return out

    def _kin_at(self, token: Token) -> Mention | None:
        """The relative's mention (``actors/kin.py``) that ``token`` heads, if any."""
        mention = self.by_token.get(token.i)
        return mention if mention is not None and mention.resolved_by == "kin" else None

    def _own(self, token: Token, depth: int) -> Mention | None:
        """The actor a token names itself: its own mention, else an apposition that names one ("Peru's rival,
        Bolivia" is Bolivia, not Peru: the apposition says who, a modifier only whose) or a body the apposition
        says the token is a member or head of ("Jane Roe, head of the X Council," acts for the council; "a critic
        of the government" is none of its members), else a modifier ("Rwandan troops"), else the object of its
        "of" phrase ("the government of Rwanda"). A representing noun the sieve gave only the document's guess
        ("the lawyer" -> the story's judiciary) stands for the party it represents when it names one
        (``_represented``)."""
        mention = self.at(token)
        if mention is not None:
            if mention.resolved_by == GUESSED and token.lower_ in self.representing.nouns:
                return self._represented(token, depth) or mention
            return mention
        if token.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") and token.dep_ != "pobj":
            return None
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.by_token:
                return self.by_token[child.i]
        for child in token.children:
            if child.dep_ == "appos" and child.lower_ in self.member_nouns and depth < _MAX_DEPTH \
                    and (body := self._own(child, depth + 1)) is not None:
                return body
        for child in token.children:
            if child.dep_ in _MODIFIER_DEPS and child.i in self.by_token:
                return self.by_token[child.i]
        if depth < _MAX_DEPTH and token.pos_ == "NOUN":
            # "the government of Rwanda"; people "from" a group act for it ("activists from the Fatah party")
            # "a spokesman for the Taliban" speaks for the Taliban, "a lawyer for X" for X
            preps: tuple[str, ...] = ("of", "from") if token.lower_ in self.member_nouns else ("of",)
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in preps:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            inner = self._own(pobj, depth + 1)
                            if inner is not None:
                                return inner
            if token.lower_ in self.representing.nouns:
                return self._represented(token, depth)
        return None

    def _represented(self, token: Token, depth: int) -> Mention | None:
        """The party a representing noun acts for, named in its own phrase (events/represented.py)."""
        if depth >= _MAX_DEPTH:
            return None
        return represented_party(token, self.representing, self.by_token, lambda t: self._own(t, depth + 1))


def _countryless_subject(token: Token, mention: Mention) -> bool:
    """Whether a subject's actor names no country ("populist leaders, such as X, railed against Y": ``---GOV``): a
    listing phrase on it says who acts. Only a subject: the states a phrase of place or of parties lists
    ("cooperation among countries including X and Y") are no doers named."""
    return token.dep_ in ("nsubj", "nsubjpass") and mention.actor.code.startswith(UNKNOWN_COUNTRY)


def listing_prep(prep: Token) -> bool:
    """Whether a preposition lists members of the noun it modifies: "including", "like", "such as"."""
    return prep.dep_ == "prep" and (prep.lower_ in _LISTING_PREPS or (
        prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"))


_AGENT_PREPS = frozenset({"by", "from"})


def listed_agents(noun: Token) -> list[Token]:
    """The "by"/"from" objects of a listing phrase right after ``noun`` ("calls, including by the AU, to ...",
    "appeals, including from X"): some of those who made what the noun names. The parser hangs the phrase on the
    noun or, for a direct object, on its verb; only one that follows the noun with nothing but a comma between
    is the noun's. Other prepositions in a listing phrase ("sanctions, including on X") name no maker."""
    holders = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    doc = noun.doc
    listed = [c for h in holders for c in h.children if listing_prep(c) and c.i > noun.i
              and all(doc[i].is_punct for i in range(noun.right_edge.i + 1, c.i))]
    return [p for c in listed for p in prep_objects(c, _AGENT_PREPS)]


def _as_well_as(cc: Token) -> bool:
    """Whether a coordinating "as" ends "as well as"."""
    doc = cc.doc
    return cc.lower_ == "as" and cc.i >= 2 and doc[cc.i - 1].lower_ == "well" and doc[cc.i - 2].lower_ == "as"


_LIST_CCS = frozenset({"and", "or"})


def stray_conjunct(token: Token) -> Token | None:
    """The last conjunct of a list the parser tore off: "an accord among Chile, Peru and the OAS backing the
    vote" read with "and" left on "Peru" and "the OAS" as the subject of the participle after it. The noun right
    after the list's "and"/"or" is its last member when the parser hung it, not as a conjunct, on a participle
    that follows it and modifies a noun (an ``acl``, or an ``amod`` of the noun after it: "and the OAS backing
    voters"). Not a name in a hyphened modifier ("Chile and the OAS-run camps": the camps are the member), nor
    a noun that heads a clause of its own ("Chile and Peru signed, and the OAS backed it" leaves no "and" on
    the noun)."""
    cc = next((c for c in token.children if c.dep_ == "cc" and c.i > token.i), None)
    if cc is None or cc.lower_ not in _LIST_CCS:
        return None
    doc = token.doc
    i = cc.i + 1
    while i < len(doc) and doc[i].dep_ == "det":
        i += 1
    if i >= len(doc):
        return None
    word = doc[i]
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    verb = word.head
    if word.dep_ not in ("npadvmod", "nsubj") or verb.i <= word.i or verb.tag_ not in ("VBG", "VBN"):
        return None
    if verb.dep_ == "acl" or (verb.dep_ == "amod" and not any(t.tag_ == "HYPH" for t in doc[word.i:verb.i])):
        return word
    return None


def first_conjunct(token: Token, limit: int | None = None) -> Token:
    """The first of the coordinated words ``token`` belongs to ("Peru" in "Chile, Peru and Bolivia": "Chile"),
    climbing at most ``limit`` conjuncts when one is given."""
    steps = 0
    while token.dep_ == "conj" and token.head.i < token.i and (limit is None or steps < limit):
        token, steps = token.head, steps + 1
    return token


def conjuncts(first: Token, limit: int, pos: str | None = None) -> list[Token]:
    """``first`` and the words coordinated after it, in order ("Chile" -> Chile, Peru, Bolivia): at most ``limit``
    more, each the next ``conj`` child (of part of speech ``pos`` when one is given)."""
    out = [first]
    for _ in range(limit):
        nxt = next((c for c in out[-1].children if c.dep_ == "conj" and (pos is None or c.pos_ == pos)), None)
        if nxt is None:
            break
        out.append(nxt)
    return out


def _unique(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for mention in mentions:
        key = (mention.start, mention.end, mention.actor.code)  # a set's members share its span
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


def aimed_at(noun: Token, index: MentionIndex) -> list[Mention]:
    """Whom a participle modifying an event noun aims it at: "tariffs targeting X", "sanctions aimed at X",
    "strikes directed against X" (its object, or its "at"/"against" object), or lays it on: "restrictions imposed
    on X", "a ban placed on X" (its "on" object)."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in IMPOSING_VERBS:
            if found := [m for pobj in prep_objects(acl, _IMPOSING_PREPS) for m in index.actors(pobj)]:
                return found
            continue
        if acl.dep_ != "acl" or acl.lemma_.lower() not in AIMING_VERBS:
            continue
        if acl.tag_ == "VBG":
            dobj = next((c for c in acl.children if c.dep_ == "dobj"), None)
            return index.actors(dobj) if dobj is not None else []
        return [m for pobj in prep_objects(acl, _AIMING_PREPS) for m in index.actors(pobj)]
    return []
