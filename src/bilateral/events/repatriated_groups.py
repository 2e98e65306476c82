"""The home country of people expelled by a state, read from where the sentence says they are sent back to:
"Britain deported 60 migrants to Belgium, from where they were to be flown to Albania for repatriation",
"Italy expelled 30 migrants, who were repatriated to Ghana" -> the migrants are Albania's (Ghana's) refugees.

News seldom gives the expelled people's country in their own phrase ("60 migrants", "the detainees"), so the
expulsion's target is a group of no country (``---REF``); the gold guidelines code people by their country when the
text gives it, and a repatriation names it: one is repatriated only to one's own country. The deportation's own
destination is not enough ("deported to Belgium": a transit country, or a third country that takes them), so only
a word of return (``returning`` in ``repatriated_groups.json``) gives the country, as its own "to" phrase
("repatriated to Ghana", "repatriation to Ghana") or that of the move made for it ("flown to Albania for
repatriation").

Not fired: an act that is no expulsion ("police detained 20 migrants ... repatriation"), a target that has a
country of its own already, a return word outside the expulsion's own clause (a sentence joining another act by
``and``: "deported 60 migrants, and Spain sent 20 others to Morocco for repatriation"), a destination that is no
state.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.word_files import read_word_file, word_sets

_EXPULSION = "174"
"""CAMEO "expel or deport individuals"."""
_NO_COUNTRY = "---"


@dataclass(frozen=True, slots=True)
class Repatriation:
    """The words of the construction (``repatriated_groups.json``)."""

    returning: frozenset[str]
    destination: frozenset[str]
    purpose: frozenset[str]


@functools.cache
def load_repatriation() -> Repatriation:
    """The packaged words, read and checked once per process."""
    return read_word_file("repatriated_groups.json", "repatriation words", word_sets(Repatriation))


def _within(word: Token, trigger: Token) -> bool:
    """Whether ``word`` hangs under ``trigger`` through no coordination (the expulsion's own clause)."""
    tok = word
    while tok.i != trigger.i:
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _destination(word: Token, index: MentionIndex, words: Repatriation) -> str | None:
    """The state a return word sends people to: its own "to" phrase, else that of the move made for it."""
    holders = [word]
    if word.dep_ == "pobj" and word.head.lower_ in words.purpose:
        holders.append(word.head.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in words.destination:
                continue
            for tok in prep.children:
                mention = index.at(tok)
                if mention is not None and mention.actor.kind == "state" and mention.actor.sector is None \
                        and mention.actor.country:
                    return mention.actor.country
    return None


def repatriated_groups(sent: Doc, frames: Iterable[Frame], index: MentionIndex) -> None:
    """Give an expulsion's countryless target the country the sentence says it is repatriated to (in place)."""
    words = load_repatriation()
    if words.returning.isdisjoint(doc_lemmas(sent)):
        return
    returns = [t for t in doc_tokens(sent) if t.lemma_.lower() in words.returning]
    if not returns:
        return
    for frame in frames:
        if frame.cameo != _EXPULSION or not any(m.actor.code.startswith(_NO_COUNTRY) for m in frame.targets):
            continue
        country = next((c for c in (_destination(w, index, words) for w in returns if _within(w, frame.trigger))
                        if c is not None), None)
        if country is None:
            continue
        for k, mention in enumerate(frame.targets):
            if mention.actor.code.startswith(_NO_COUNTRY):
                actor = replace(mention.actor, code=country + (mention.actor.sector or ""), country=country)
                frame.targets[k] = replace(mention, actor=actor)
