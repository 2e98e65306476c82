"""What a mention says happened, as words of its own clause, and how close two mentions come on it.

Two mentions of one dyad and type are one happening when their clauses say the same thing: the trigger and its
object, the place, named participants, numbers. The sentence as a whole is no good for this (one sentence often
reports several acts), so only the clause around the trigger counts: a few words before it (the subject) and
what follows up to the next clause break. Words are case-folded and cut to five letters (a cheap stem that
joins "sanction", "sanctions" and "sanctioned"); numbers stay whole; single letters (the "U" and "S" of "U.S.")
and the merge vocabulary's stop words (function words, titles, reporting and calendar words: actors and dates
are compared on their own) are dropped. The actors' own names stay: an actor code is coarse (USAGOV is every US
official), so the person named is a participant worth comparing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilateral.merging.vocabulary import load_merge_vocabulary
from bilateral.models import Event

__all__ = ["content_overlap", "content_words", "same_trigger", "shares_more_than_trigger"]

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_BREAKS = frozenset({";", ":", "(", ")", "\"", "\u201c", "\u201d", "\u2014"})
_LEFT, _RIGHT = 8, 12
_STEM = 5
_TRIGGER_STEM = 4


def _stem(word: str) -> str:
    return word if word.isdigit() else word.casefold()[:_STEM]


@lru_cache(maxsize=65536)
def _clause_words(sentence: str, trigger: str, trigger_start: int) -> frozenset[str]:
    """Content words of the clause around the trigger (the token nearest ``trigger_start`` that starts like it)."""
    tokens = _TOKEN.findall(sentence)
    if not tokens:
        return frozenset()
    head = (trigger.split() or [""])[0].casefold()[:_TRIGGER_STEM]
    near = [j for j in range(len(tokens)) if head and tokens[j].casefold().startswith(head)]
    i = min(near, key=lambda j: (abs(j - trigger_start), j)) if near else min(trigger_start, len(tokens) - 1)
    lo = i
    while lo > 0 and i - lo < _LEFT and tokens[lo - 1] not in _BREAKS:
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and hi - i < _RIGHT and tokens[hi] not in _BREAKS and not (
            tokens[hi] == "," and hi - i > 4):
        hi += 1
    stop = load_merge_vocabulary().stop_words
    return frozenset(_stem(t) for t in tokens[lo:hi]
                     if t[0].isalnum() and (len(t) > 1 or t.isdigit()) and t.casefold() not in stop)


@lru_cache(maxsize=65536)
def _words_of(*texts: str) -> frozenset[str]:
    return frozenset(_stem(w) for text in texts for w in _WORD.findall(text))


def content_words(event: Event) -> frozenset[str]:
    """What a mention says happened, as words: its clause's trigger, object, participants and numbers, and its
    place."""
    words = _clause_words(event.sentence, event.trigger, event.trigger_start)
    if event.location is not None and event.location.name:
        words = words | _words_of(event.location.name)
    return words


def content_overlap(a: Event, b: Event) -> float:
    """Share of the smaller mention's content words the other holds (overlap coefficient; 0 when one has none)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def same_trigger(a: Event, b: Event) -> bool:
    """Whether two mentions were signalled by the same word (their triggers start alike: "sanction",
    "sanctions")."""
    ta, tb = a.trigger.casefold()[:_TRIGGER_STEM], b.trigger.casefold()[:_TRIGGER_STEM]
    return bool(ta) and ta == tb


def shares_more_than_trigger(a: Event, b: Event) -> bool:
    """Whether two clauses share a content word besides their triggers and their actors' names (an object, a
    place, a number): "will visit Kigali" and "arrived in Kigali" do, "will visit Goma" and "visited Kigali" do
    not."""
    actors = [x for e in (a, b) for x in (e.source, e.target) if x is not None]
    known = _words_of(a.trigger, b.trigger, *(t for x in actors for t in (x.text, x.name) if t))
    return bool((content_words(a) & content_words(b)) - known)
