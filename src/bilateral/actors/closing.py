"""Speakers named where a quotation closes: in news copy a quotation of several sentences is often attributed only
at its close ("“We will not yield. Our patience has limits,” the minister said."). Its first sentence carries no
attribution of its own, so "we" there is resolved to no one, or to the speaker of the previous quotation. This
pass looks ahead once per document: each sentence that opens a quotation left open at its end is given the speaker
named after the quotation's closing mark, in the sentence where it closes. Only named speakers count ("..., he
said" needs the context of the running document and is left to the backward chain). Cheap: a count of quotation
marks per sentence and, per closed quotation, one actor lookup of the closing sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from bilateral.actors.anaphora import PRONOUN_CONFIDENCE, attributed_speaker
from bilateral.models import Actor, Mention
from bilateral.nlp import SentenceSpan

_OPENING = "“\""
_CLOSING = "”\""


def _opens_only(text: str) -> bool:
    """Whether the sentence's one quotation mark opens it: then the sentence is the quotation's first."""
    return text.lstrip()[:1] in _OPENING and sum(text.count(mark) for mark in "“”\"") == 1


def quote_closers(texts: Sequence[str]) -> dict[int, int]:
    """For each sentence that opens a quotation still open at its end, the index of the later sentence that closes
    it with words after the closing mark (its attribution); a sentence that ends with the opening mark gives the
    quotation's opening to the next one. Quotations that close at a sentence's end, or never
    close, map nothing. Curly marks are counted open and close, straight ones by parity (as ``quote_flags``)."""
    out: dict[int, int] = {}
    curly = straight = 0
    opener: int | None = None
    for i, text in enumerate(texts):
        was_open = curly > 0 or straight % 2 == 1
        curly = max(0, curly + text.count("“") - text.count("”"))
        straight += text.count('"')
        is_open = curly > 0 or straight % 2 == 1
        if not was_open and is_open:  # the splitter may leave the opening mark at the end of the sentence before
            opener = i + 1 if text.rstrip()[-1:] in _OPENING else i if _opens_only(text) else None
        elif was_open and not is_open:
            close = max(text.rfind(mark) for mark in _CLOSING)
            if opener is not None and opener < i and any(ch.isalpha() for ch in text[close + 1:]):
                out[opener] = i
            opener = None
    return out


def closing_speakers(sents: Sequence[SentenceSpan], candidates: Sequence[SentenceSpan], parsed: Sequence[Doc],
                     mentions_of: Callable[[Doc], list[Mention]], speech_verbs: frozenset[str]) -> dict[int, Actor]:
    """Sentence index -> the named speaker of the quotation it opens, where that quotation is attributed only at
    its close in a later (parsed) sentence."""
    closers = quote_closers([s.text for s in sents])
    if not closers:
        return {}
    position = {span.index: k for k, span in enumerate(candidates)}
    out: dict[int, Actor] = {}
    for opener, closer in closers.items():
        if closer not in position:
            continue
        sent = parsed[position[closer]]
        speaker = attributed_speaker(sent, mentions_of(sent), speech_verbs)
        if speaker is not None:
            out[opener] = speaker
    return out


FIRST_PERSON_OBJECT = re.compile(r"\b(?:us|me)\b")
"""A first-person object ("attacked us"): inside a quotation it is the quotation's speaker, as a first-person subject
is (``anaphora.FIRST_PERSON``). Lower-case only: "US" is the United States."""
_FIRST_OBJECTS = frozenset({"us", "me"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj"})


def first_person_objects(sent: Doc, mentions: Sequence[Mention], speaker: Actor) -> list[Mention]:
    """Mentions of the quotation's speaker for the first-person objects of a sentence inside it that attributes
    nothing itself ("they attacked us", "a threat to us"), as ``anaphora.first_person_mentions`` gives its subjects.
    A possessive ("our economy") is left alone: what it owns is the speaker's side's thing, seldom the side itself
    (``events.speech.first_person_object`` reads it where a speech verb in the sentence names the speaker)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(replace(speaker, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                    PRONOUN_CONFIDENCE, "quote")
            for tok in sent if tok.i not in taken and tok.lower_ in _FIRST_OBJECTS and tok.dep_ in _OBJECT_DEPS]
