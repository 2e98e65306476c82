"""Speakers named where a quotation closes: in news copy a quotation of several sentences is often attributed only
at its close ("“We will not yield. Our patience has limits,” the minister said."). Its first sentences carry no
attribution of their own, so "we" there is resolved to no one, or to the speaker of the previous quotation. This
pass looks ahead once per document: each sentence of a quotation left open at the end of the sentence that opens
it is given the speaker named after the quotation's closing mark, in the sentence where it closes. Only named
speakers count ("..., he said" needs the context of the running document and is left to the backward chain).
Cheap: a count of quotation marks per sentence and, per closed quotation, one actor lookup of the closing sentence.

The other quotation words the pipeline resolves live here too: a first-person object in a quotation going on is its
speaker ("they attacked us"), "you"/"your" in a quotation told to someone named is that one ("X told Y, “... your
government”"), and an actor named inside a quotation is no antecedent of its speaker's pronoun ("“Kenya ...,” he
said"). A quotation nobody named is said to have said, or told to no one named, resolves nothing.

A quotation going on over several sentences is its last speaker's (``speaker_going_on``), across sentences that were
not parsed, until a sentence outside quotations or one that attributes a quotation of its own, even to someone who
is no actor ("“...,” an analyst said": the analyst's "we" is no state's). A speech verb inside the quotation tells,
it does not attribute ("“We were glad that Trump said he would help”", ``quoted_tokens``), and a speaker coded by
a country alone (a citizen, an expert) lends "we" to no one (``speaks_for_a_side``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.actors.anaphora import (
    PRONOUN_CONFIDENCE,
    attributed_speaker,
    first_person_mentions,
    open_after,
    opens_quotation,
)
from bilateral.models import Actor, Mention
from bilateral.nlp import SentenceSpan, doc_text, doc_tokens

_OPENING = "“\""
_CLOSING = "”\""


def _opens_only(text: str) -> bool:
    """Whether the sentence's one quotation mark opens it: then the sentence is the quotation's first."""
    return text.lstrip()[:1] in _OPENING and sum(text.count(mark) for mark in "“”\"") == 1


def quote_closers(texts: Sequence[str]) -> dict[int, int]:
    """For each sentence that opens a quotation still open at its end, the index of the later sentence that closes
    it with words after the closing mark (its attribution); a sentence that ends with the opening mark gives the
    quotation's opening to the next one. Quotations that close at a sentence's end, or never close, map nothing.
    A quotation is open where its last mark opened it (``anaphora.open_after``, as ``quote_flags``)."""
    out: dict[int, int] = {}
    is_open = False
    opener: int | None = None
    for i, text in enumerate(texts):
        was_open, is_open = is_open, open_after(text, is_open)
        if not was_open and is_open:  # the splitter may leave the opening mark at the end of the sentence before
            opener = i + 1 if text.rstrip()[-1:] in _OPENING else i if _opens_only(text) else None
        elif was_open and not is_open:
            close = max(text.rfind(mark) for mark in _CLOSING)
            if opener is not None and opener < i and any(ch.isalpha() for ch in text[close + 1:]):
                out[opener] = i
            opener = None
    return out


def quote_members(texts: Sequence[str]) -> dict[int, int]:
    """For each sentence of a quotation attributed only at its close (``quote_closers``), from the one that opens it
    to the one before the close, the index of the sentence that closes it: "“We will respond. Our patience has
    limits. It is final,” the minister said." gives all three sentences the close's speaker, the middle one too."""
    return {i: closer for opener, closer in quote_closers(texts).items() for i in range(opener, closer)}


def closing_speakers(sents: Sequence[SentenceSpan], candidates: Sequence[SentenceSpan], parsed: Sequence[Doc],
                     mentions_of: Callable[[Doc], list[Mention]], speech_verbs: frozenset[str]) -> dict[int, Actor]:
    """Sentence index -> the named speaker of the quotation it lies in, where that quotation is attributed only at
    its close in a later (parsed) sentence (``quote_members``)."""
    closers = quote_members([s.text for s in sents])
    if not closers:
        return {}
    position = {span.index: k for k, span in enumerate(candidates)}
    speakers: dict[int, Actor | None] = {}
    for closer in sorted(set(closers.values()) & position.keys()):
        sent = parsed[position[closer]]
        speakers[closer] = attributed_speaker(sent, mentions_of(sent), speech_verbs)
    return {i: speaker for i, closer in closers.items() if (speaker := speakers.get(closer)) is not None}


FIRST_PERSON_OBJECT = re.compile(r"\b(?:us|me)\b")
"""A first-person object ("attacked us"): inside a quotation it is the quotation's speaker, as a first-person subject
is (``anaphora.FIRST_PERSON``). Lower-case only: "US" is the United States."""
_FIRST_OBJECTS = frozenset({"us", "me"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj"})


def first_person_objects(sent: Doc, mentions: Sequence[Mention], speaker: Actor) -> list[Mention]:
    """Mentions of the quotation's speaker for the first-person objects of a sentence inside it that attributes
    nothing itself ("they attacked us", "a threat to us"), as ``anaphora.first_person_mentions`` gives its subjects.
    A possessive ("our economy") is left alone: what it owns is the speaker's side's thing, seldom the side itself
    (``events.quoted_speakers.first_person_object`` reads it where a speech verb in the sentence names the speaker)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(replace(speaker, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                    PRONOUN_CONFIDENCE, "quote")
            for tok in doc_tokens(sent)
            if tok.i not in taken and tok.lower_ in _FIRST_OBJECTS and tok.dep_ in _OBJECT_DEPS]


SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
"""A second-person word: in a quotation told to someone named ("X told Y, “... your country”") it is that one."""
_SECOND = frozenset({"you", "your"})
_ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
_ADDRESSEE_PREPS = frozenset({"to"})
_QUOTED_DEPS = frozenset({"ccomp", "parataxis"})


def _addressee(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The named actor a speech verb is addressed to: its object ("told Y"), or the object of "to" ("said to Y")."""
    heads = [c for c in verb.children if c.dep_ in _ADDRESSEE_DEPS and c.pos_ != "ADP"]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _ADDRESSEE_PREPS
              for o in p.children if o.dep_ == "pobj"]
    return next((by_token[t.i] for h in heads for t in h.subtree if t.i in by_token), None)


def _quoted(text: str) -> list[tuple[int, int]]:
    """Character ranges of a sentence inside quotation marks: between an opening and a closing mark, from the start
    to a first closing mark (a quotation opened before), from a last opening mark to the end."""
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch not in "“”\"":
            continue
        if opens_quotation(text, i):
            start = i if start is None else start
        else:
            ranges.append((0 if start is None else start, i))
            start = None
    if start is not None:
        ranges.append((start, len(text)))
    return ranges


def quoted_tokens(sent: Doc, inside: bool) -> frozenset[int]:
    """The tokens of a sentence that lie inside quotation marks. A sentence inside a quotation opened before it
    (``inside``) that holds no quotation mark of its own is quoted but for its root: "“... We were grateful that
    Trump said he would help" tells what Trump said, while a root speech verb still attributes ("X said that ...":
    the flags count marks, and one stray mark earlier in the story is enough to flag a reporter's sentence). A mark
    left at the sentence's end opens the next sentence's quotation (``quote_closers``): it quotes nothing here."""
    text = doc_text(sent).rstrip()
    if text[-1:] in _OPENING and text[:-1].rstrip() != text[:-1]:
        text = text[:-1]
    if inside and not any(mark in text for mark in "“”\""):
        return frozenset(t.i for t in doc_tokens(sent) if t.dep_ != "ROOT")
    ranges = _quoted(text)
    if not ranges:
        return frozenset()
    return frozenset(t.i for t in doc_tokens(sent) if any(a <= t.idx < b for a, b in ranges))


def attributes(sent: Doc, speech_verbs: frozenset[str], quoted: frozenset[int]) -> bool:
    """Whether a sentence attributes what it quotes to someone, named or not: a speech verb outside its quoted
    tokens ("“...,” an analyst said"; the parser may miss its subject). Such a sentence is nobody else's quotation
    going on, even when its own speaker is no actor."""
    return any(tok.lemma_.lower() in speech_verbs and tok.i not in quoted for tok in doc_tokens(sent))


def _outside(text: str) -> str | None:
    """The words of a sentence outside its quotations, None when it quotes no one."""
    text = text.rstrip()
    if text[-1:] in _OPENING and text[:-1].rstrip() != text[:-1]:
        text = text[:-1]  # the mark that opens the next sentence's quotation
    ranges = _quoted(text)
    return "".join(ch for i, ch in enumerate(text) if not any(a <= i <= b for a, b in ranges)) if ranges else None


def attributes_text(text: str) -> bool:
    """Whether a sentence's text quotes someone and says who, judged from its marks alone (for a sentence that was
    not parsed): words outside a quotation in a sentence that holds one ("“...,” he said.", "He said: “...")."""
    outside = _outside(text)
    return outside is not None and any(ch.isalpha() for ch in outside)


_GOING_ON_PRONOUNS = frozenset({"he", "she"})
"""Who a quotation going on is attributed to in passing ("“...,” she added."): the speaker already quoted."""


def pronoun_attribution(text: str) -> bool:
    """Whether a sentence's quotation is attributed to a personal pronoun alone ("“...,” she added.", "“...,” said
    he"), judged from its marks alone: in a quotation going on that is the speaker quoted before, not a new one."""
    words = [w.strip(".,;:!?—-").lower() for w in (_outside(text) or "").split()]
    return bool(_GOING_ON_PRONOUNS.intersection(w for w in words[:2] if w))


def continues_speaker(texts: Sequence[str], k: int) -> bool:
    """Whether sentence ``k`` attributes its quotation to the speaker quoted just before: by a pronoun
    (``pronoun_attribution``) or by a name the sentence before gives outside its quotation ("“...,” said the group's
    Ana Lopez. “...,” Lopez added."), judged from marks and capitals alone."""
    if pronoun_attribution(texts[k]):
        return True
    words = [w.strip(".,;:!?—-") for w in (_outside(texts[k]) or "").split()]
    name = next((w for w in words[:2] if w[:1].isupper()), None)
    before = _outside(texts[k - 1]) if k > 0 else None
    return name is not None and before is not None and name in (w.strip(".,;:!?—-'’s") for w in before.split())


def speaker_going_on(index: int, speakers: Mapping[int, Actor | None], quoted: Sequence[bool],
                     texts: Sequence[str]) -> Actor | None:
    """The speaker of the quotation that sentence ``index`` goes on: the last one named before it, across quoted
    sentences that name none or were not parsed ("“We have been patient,” X said. “This must stop. We will ...”"),
    or that attribute theirs to the speaker before (``continues_speaker``: "“...,” she added."); a
    sentence outside quotations ends the search, and one said by no actor ("an analyst said") gives no one, parsed
    or not (``attributes_text``)."""
    for k in range(index - 1, -1, -1):
        if k in speakers:
            return speakers[k]
        if not quoted[k] or (attributes_text(texts[k]) and not continues_speaker(texts, k)):
            return None
    return None


def speaks_for_a_side(speaker: Actor) -> bool:
    """Whether a quotation's "we" and "I" can stand for its speaker's actor: one with a sector or an organisation of
    its own ("the minister": the government; "the rebel spokesman": the rebels). A speaker coded by a country alone
    is a citizen, an expert or a relative quoted for their own view, and their "we" is no state."""
    return speaker.sector is not None or speaker.kind not in ("state", "person")


def addressee_mentions(sent: Doc, mentions: Sequence[Mention], speech_verbs: frozenset[str],
                       press: frozenset[str]) -> list[Mention]:
    """Mentions of the addressee for the second-person words of what a speech verb quotes ("Kenya told Uganda, “We
    will support your government”", "“You must leave,” X told Y"): inside the quoted clause, between quotation
    marks, "you" and "your" are the one it is told to, when the sentence names that one. Not the press (``press``
    sectors: "told reporters"), nor a "you" of reported speech without quotation marks, nor one of the narrative."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    ranges = _quoted(doc_text(sent))
    out: list[Mention] = []
    for verb in doc_tokens(sent):
        if verb.lemma_.lower() not in speech_verbs or (addressee := _addressee(verb, by_token)) is None \
                or addressee.actor.sector in press:
            continue
        quoted = [t for c in verb.children if c.dep_ in _QUOTED_DEPS for t in c.subtree]
        out.extend(Mention(replace(addressee.actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                           PRONOUN_CONFIDENCE, "quote")
                   for tok in quoted if tok.lower_ in _SECOND and tok.i not in by_token
                   and any(a <= tok.idx < b for a, b in ranges))
    return out


def outside_quotations(sent: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions of a sentence that lie outside its quotation marks: in "“Kenya has shelled our posts,” he
    said" the actor named inside the quotation is no antecedent the speaker's pronoun could be taken for (an actor
    named before a pronoun is otherwise its own: ``anaphora.pronoun_mentions``)."""
    ranges = _quoted(doc_text(sent))
    if not ranges:
        return list(mentions)
    return [m for m in mentions if not any(a <= sent[m.start].idx < b for a, b in ranges)]


def quoted_first_person(sent: Doc, mentions: Sequence[Mention], speaker: Actor, quoted: frozenset[int],
                        speech_verbs: frozenset[str]) -> list[Mention]:
    """Mentions of the speaker a sentence names for the first-person subjects inside its own quotation, however
    deep the clause ("“I believe we will act,” the minister said"), where the event side reads only a reported
    clause's own subject. Not "we" in words the quotation reports of someone else ("“Our farmers say we will
    act,” ..."): a speech verb inside the quotation whose subject is no first person tells another's words."""
    return [m for m in first_person_mentions(sent, mentions, speaker)
            if m.start in quoted and not _reported_inside(sent[m.start], quoted, speech_verbs)]


def _reported_inside(word: Token, quoted: frozenset[int], speech_verbs: frozenset[str]) -> bool:
    """Whether a word lies in what a speech verb inside the quotation reports of someone not first person."""
    tok = word
    while tok.head.i != tok.i and tok.head.i in quoted:
        tok = tok.head
        if tok.lemma_.lower() in speech_verbs and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in tok.children):
            return True
    return False
