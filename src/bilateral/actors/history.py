"""Definite descriptions that repeat an earlier actor's head noun: "a State Department official ... The official".

A small actor history per document: each parsed sentence's mentions are remembered with the words of their
noun phrase. A later "the <noun>" ("the official", "the spokesperson", "the government", "the group", "the
separatist group") whose words say nothing of its country is the actor the document last named with that head
noun, when:

- that latest earlier use of the noun, within ``WINDOW`` sentences, belongs to an actor named by surer evidence
  than the document's main country (a name, a title, a demonym: not ``WEAK`` resolutions);
- no other use of the noun stands between the two (a sentence left unparsed that uses the noun, or a use that
  names no one, stops it: the nearest use is the antecedent, or there is none);
- the description's own modifiers ("separatist") are words of the antecedent's phrase ("the separatist
  militant group"), so "the rebel group" never takes an army's "group";
- the antecedent's phrase is one actor (not "U.S. and Turkish officials");
- it does not stand in what an actor of another country is reported to say ("Uganda said the government ...");
- it is no place ("sent migrants to the base": the object of a place preposition).

The history also keeps the surnames of the people its actors name: a title coded as an actor with a name
beside it ("White House press secretary Karoline Leavitt", "Marie Dorval, Haiti's secretary of state") makes
the bare surname of a later sentence ("Leavitt said") that actor, when no other actor of the document has that
surname and nothing else codes the word.

Such a description replaces a weak mention of the same words (the document's main country taken for "the
official", a sector with no country for "the spokesperson"): the actor named before is better evidence.
Otherwise nothing changes; ambiguity leaves the description as the sieve coded it.

A description the sieve coded only weakly with an armed group's or a military's sector ("the insurgent group", "the
rebels", "the soldiers": a sector with no country, or the document's main country) and whose noun no earlier actor
used is the armed actor of that sector the document named last ("the Taliban ... The insurgent group denied it",
"Russian troops ... the soldiers"), by its sector rather than its head noun, when:

- the nearest earlier sentence (within ``SECTOR_WINDOW``) that names such an actor by surer evidence names actors
  of one code only; two codes there ("Seleka rebels and the anti-Balaka militia", two countries' armies) leave it
  as it was;
- the sentence itself names no actor of that sector before the description (then that one is nearer, and left to
  the coder);
- no sentence left unparsed in between uses the description's noun (it may name another group).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from bilateral.nlp import doc_ents, doc_tokens
from bilateral.actors.state import LOCATIVE
from bilateral.models import Actor, Mention

WINDOW = 6
"""How many sentences back an antecedent may stand: further back the same noun may name someone else."""
WEAK = frozenset({"document", "agent", "context"})
"""Resolutions that are guesses from the document or the sentence's other actors, not from the mention's words:
never an antecedent, and replaced by one."""
HISTORY_CONFIDENCE = 0.7
"""The actor is the one named before, not named here: as sure as other coreference."""
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_DETERMINERS = frozenset({"the"})
_NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC"})
"""Entity types of a word that is a place or a nationality, never a surname (the small model often tags a lone
surname as an organisation)."""
_SETS = frozenset({"both", "all", "other", "two", "three", "four", "several", "many"})
SECTOR_WINDOW = 4
"""How many sentences back an armed group named by its name may be taken for "the group": closer than ``WINDOW``,
as the description's noun need not repeat the name's."""
BY_SECTOR = frozenset({"REB", "MIL"})
"""Sectors whose descriptions point back by sector: an armed group or force is named by a name or a demonym the
description never repeats ("the Taliban" ... "the insurgent group", "Russian troops" ... "the soldiers"); officials
and governments are left to their head noun, as a story names those of several countries."""


@dataclass(frozen=True, slots=True)
class _Use:
    """One earlier use of a head noun: where, and the mention it belongs to (None: it names no actor)."""

    sentence: int
    token: int
    mention: Mention | None
    words: frozenset[str]


def _head_key(tok: Token) -> str:
    return tok.lemma_.lower()


def _phrase_words(sent: Doc, mention: Mention) -> frozenset[str]:
    """Lower-cased words of a mention and of the noun phrase it heads or sits in."""
    span = sent[mention.start:mention.end]
    root = span.root
    words = {t.lower_ for t in span} | {t.lower_ for t in root.subtree if t.i < mention.end + 8}
    if root.dep_ == "appos":
        words |= {t.lower_ for t in root.head.subtree}
    return frozenset(words)


def _by_sector(mention: Mention) -> bool:
    """Whether a mention names an armed actor (of a ``BY_SECTOR`` sector) by surer evidence than ``WEAK``."""
    return (mention.resolved_by not in WEAK and mention.actor.sector in BY_SECTOR
            and not mention.actor.code.startswith("---"))


def _mention_of(tok: Token, mentions: Sequence[tuple[Mention, Token]]) -> Mention | None:
    """The mention a noun belongs to: one covering it, or one in apposition with it ("the group al-Shabab").
    ``mentions`` pairs each mention with its root token, found once per sentence rather than once per noun."""
    for m, _ in mentions:
        if m.start <= tok.i < m.end:
            return m
    for m, root in mentions:
        if (root.dep_ == "appos" and root.head.i == tok.i) or (tok.dep_ == "appos" and tok.head.i == root.i):
            return m
    return None


def _gerund(prep: Token) -> bool:
    """Whether a preposition governs a gerund: "accused the group of killing" says what the group did, not which
    group it is."""
    return prep.lower_ == "of" and any(
        g.dep_ == "pcomp" or g.tag_ == "VBG" or (g.dep_ == "pobj" and g.is_lower and g.lower_.endswith("ing"))
        for g in prep.children)  # the small model often tags "killing" there a noun


def _description(tok: Token) -> list[Token] | None:
    """The modifiers of "the <modifiers> <noun>" when its words name no country or body, else None."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in tok.children):
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
        return None  # "sent migrants to the base", "fighting in the country": a place, not an actor
    mods = []
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "in") and not _gerund(c)):
            return None  # "the government of Niger", "officials from Mali": named in their own words
        if c.dep_ in ("nummod", "quantmod", "predet") or c.lower_ in _SETS:
            return None  # "the two presidents", "both sides": several actors, not the last one named
        if c.dep_ in _MODIFIER_DEPS and c.i < tok.i:
            if c.pos_ == "PROPN" or c.ent_type_ or not c.is_lower:
                return None
            mods.append(c)
    return mods


def _reports(sent: Doc, mention: Mention, tok: Token) -> bool:
    """Whether ``mention`` is the named subject of a verb whose reported clause holds ``tok`` ("Uganda said the
    government would respond"); a quotation before its speaker ("'...,' said the spokesperson") is not."""
    if mention.resolved_by in WEAK or mention.end > tok.i:
        return False
    head = sent[mention.start:mention.end].root
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(c.dep_ == "ccomp" and tok in c.subtree for c in head.head.children)


def _named_people(sent: Doc, mention: Mention) -> list[Span]:
    """Full names (two words or more) given to a mention: inside it, right after its title, or in apposition."""
    root = sent[mention.start:mention.end].root
    out = []
    for ent in doc_ents(sent):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        inside = mention.start <= ent.start and ent.end <= mention.end and mention.actor.kind == "person"
        after = ent.start == mention.end
        beside = (ent.root.dep_ == "appos" and ent.root.head.i == root.i) or (
            root.dep_ == "appos" and root.head.i == ent.root.i)
        if inside or after or beside:
            out.append(ent)
    return out


@dataclass
class ActorHistory:
    """Head nouns of the actors named in one document so far, and the sentences' texts to check gaps."""

    texts: Sequence[str]
    uses: dict[str, list[_Use]] = field(default_factory=dict)
    parsed: set[int] = field(default_factory=set)
    surnames: dict[str, list[Actor]] = field(default_factory=dict)
    """Surname -> the actors of the people named with it (more than one code: ambiguous)."""
    named: dict[int, list[Actor]] = field(default_factory=dict)
    """Sentence index -> the actors of ``BY_SECTOR`` sectors it names by surer evidence than ``WEAK``, in order."""

    def remember(self, index: int, sent: Doc, mentions: Sequence[Mention]) -> None:
        """Record every use of a noun in sentence ``index`` and the actor it names, if any, and the surnames of
        the people its actors name."""
        self.parsed.add(index)
        self.named[index] = [m.actor for m in mentions if _by_sector(m)]
        for named in mentions:
            if named.resolved_by in WEAK or named.actor.country is None:
                continue
            for ent in _named_people(sent, named):
                actor = replace(named.actor, name=ent.text, kind="person")
                known = self.surnames.setdefault(ent[-1].text, [])
                if all(a.code != actor.code for a in known):
                    known.append(actor)
        rooted = [(m, sent[m.start:m.end].root) for m in mentions]
        phrases: dict[int, frozenset[str]] = {}  # by mention: every noun a mention covers shares its phrase
        for tok in doc_tokens(sent):
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            mention = _mention_of(tok, rooted)
            words: frozenset[str] = frozenset()
            if mention is not None:
                words = phrases.get(id(mention)) or phrases.setdefault(id(mention), _phrase_words(sent, mention))
            self.uses.setdefault(_head_key(tok), []).append(_Use(index, tok.i, mention, words))

    def _antecedent(self, index: int, tok: Token) -> _Use | None:
        key = _head_key(tok)
        uses = [u for u in self.uses.get(key, ()) if u.sentence < index]
        if not uses:
            return None
        last = uses[-1]
        if index - last.sentence > WINDOW or last.mention is None or last.mention.resolved_by in WEAK:
            return None
        forms = {key, tok.lower_}
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")s?\b", re.IGNORECASE)
        for between in range(last.sentence + 1, index):  # an unparsed sentence that uses the noun comes nearer
            if between not in self.parsed and between < len(self.texts) and pattern.search(self.texts[between]):
                return None
        same = [u for u in uses if u.sentence == last.sentence and u.mention is not None]
        if len({u.mention.actor.code for u in same if u.mention is not None}) > 1:
            return None  # "Kenyan officials met Somali officials": which officials is unclear
        return last

    def _sector_antecedent(self, index: int, tok: Token, sector: str) -> Actor | None:
        """The one armed actor of ``sector`` the nearest earlier sentence naming any names (see the module)."""
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in {_head_key(tok), tok.lower_}) + r")s?\b",
                             re.IGNORECASE)
        for back in range(index - 1, max(index - SECTOR_WINDOW, 0) - 1, -1):
            if back not in self.parsed:
                if back < len(self.texts) and pattern.search(self.texts[back]):
                    return None
                continue
            actors = [a for a in self.named.get(back, ()) if a.sector == sector]
            if actors:
                return actors[-1] if len({a.code for a in actors}) == 1 else None
        return None

    def _by_sector(self, index: int, sent: Doc, tok: Token, covering: Sequence[Mention],
                   mentions: Sequence[Mention]) -> Actor | None:
        """The armed actor a weakly coded description ("the insurgent group") points back to (see the module)."""
        sector = covering[0].actor.sector if len(covering) == 1 else None
        last = [u for u in self.uses.get(_head_key(tok), ()) if u.sentence < index][-1:]
        if sector not in BY_SECTOR or (last and last[0].mention is not None and last[0].mention.resolved_by
                                       not in WEAK and index - last[0].sentence <= WINDOW):
            return None  # the noun's own earlier use names a group: it decides (``_antecedent``), not the sector
        if any(_by_sector(m) and m.actor.sector == sector and m.start < tok.i for m in mentions):
            return None
        return self._sector_antecedent(index, tok, str(sector))

    def _surname_mentions(self, sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
        """Mentions for bare surnames of people named before with an actor (see the module)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for tok in doc_tokens(sent):
            actors = self.surnames.get(tok.text)
            if actors is None or len(actors) != 1 or tok.i in taken or tok.pos_ != "PROPN" \
                    or tok.ent_type_ in _NOT_PEOPLE:
                continue
            ent = next((e for e in doc_ents(sent) if e.start <= tok.i < e.end), None)
            if ent is not None and len(ent) > 1 and ent.text != actors[0].name:
                continue  # "Mary Leavitt" is someone else
            lo, hi = (ent.start, ent.end) if ent is not None and len(ent) > 1 else (tok.i, tok.i + 1)
            if any(i in taken for i in range(lo, hi)):
                continue
            span = sent[lo:hi]
            out.append(Mention(replace(actors[0], text=span.text), lo, hi, span.start_char, span.end_char,
                               HISTORY_CONFIDENCE, "history"))
            taken.update(range(lo, hi))
        return out

    def resolve(self, index: int, sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
        """``mentions`` with each bare definite description coded as the actor it repeats and each bare surname
        as the person named before (see the module)."""
        out = list(mentions) + self._surname_mentions(sent, mentions)
        for tok in doc_tokens(sent):
            if tok.pos_ != "NOUN":
                continue  # the first test of ``_description``, made here to spare a call per token
            mods = _description(tok)
            if mods is None:
                continue
            start = min([tok.i, *(c.i for c in mods)])
            covering = [m for m in out if m.start <= tok.i < m.end or (start <= m.start < tok.i + 1)]
            if any(m.resolved_by not in WEAK for m in covering):
                continue
            if any(_head_key(t) == _head_key(tok) for t in sent[:tok.i]):
                continue  # the noun was used before in this very sentence: that use is the nearer one
            use = self._antecedent(index, tok)
            if use is None or use.mention is None or not {c.lower_ for c in mods} <= use.words:
                named = self._by_sector(index, sent, tok, covering, out)
                if named is None:
                    continue
            elif any(_reports(sent, m, tok) and m.actor.country != use.mention.actor.country for m in out):
                continue  # "Uganda said the government would respond": the reporting actor comes nearer
            else:
                named = use.mention.actor
            for m in covering:
                out.remove(m)
            lo = min([start, *(m.start for m in covering)])
            hi = max([tok.i + 1, *(m.end for m in covering)])
            span = sent[lo:hi]
            actor = replace(named, text=span.text)
            out.append(Mention(actor, lo, hi, span.start_char, span.end_char, HISTORY_CONFIDENCE, "history"))
        return sorted(out, key=lambda m: m.start)
