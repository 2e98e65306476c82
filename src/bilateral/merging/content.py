"""What a mention says happened, as words of its own clause, and how close two mentions come on it.

Two mentions of one dyad and type are one happening when their clauses say the same thing: the trigger and its
object, the place, named participants, numbers. The sentence as a whole is no good for this (one sentence often
reports several acts), so only the clause around the trigger counts: a few words before it (the subject) and
what follows up to the next clause break. Words are case-folded and cut to five letters (a cheap stem that
joins "sanction", "sanctions" and "sanctioned"); numbers stay whole; single letters (the "U" and "S" of "U.S.")
and the merge vocabulary's stop words (function words, titles, reporting and calendar words: actors and dates
are compared on their own) are dropped. The actors' own names stay: an actor code is coarse (USAGOV is every US
official), so the person named is a participant worth comparing.

Beyond the overlap, a few signals say two clauses do or do not report one act:

* a person's name is a participant, not what was done: the names of the actors and the names that follow a title
  ("President Donald Trump") never count as a shared object or place (``shares_more_than_trigger``);
* specific content, a number or a proper name other than those, is what an undated mention needs to share with a
  dated one (``shares_specific``);
* a course of acts: a clause that spans a period ("since the beginning of the year", "over the past month",
  "in recent weeks", "for years", "in the past") with no date of its own tells acts over that period, dated only
  by the story's day, not one act of that day (``spans_period``);
* who spoke: two statements that happened (verbal acts, asserted or alleged), said by different named people
  ("Okonjo said, condemning the raid" and "Prime Minister Ama Mensah said ...") are two acts
  (``said_by_different_people``); an announced act is one act whoever announces it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bilateral.merging.vocabulary import load_merge_vocabulary
from bilateral.models import Actor, Event

__all__ = ["content_overlap", "content_words", "met_different_people", "said_by_different_people", "same_trigger",
           "shares_more_than_trigger", "shares_specific", "spans_period", "speakers", "tells_another"]

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_BREAKS = frozenset({";", ":", "(", ")", "\"", "\u201c", "\u201d", "\u2014"})
_LEFT, _RIGHT = 8, 12
_STEM = 5
_TRIGGER_STEM = 4
_OPENERS = frozenset({".", "\"", "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", "[", "\u2014", ":", ";"})
_PERIOD = re.compile(
    r"\bsince\b"
    r"|\b(?:over|in|during|for|throughout)\s+the\s+(?:past|last|previous)\s+"
    r"(?:(?:few|several|two|three|four|five|six|\d+|couple\s+of)\s+)?(?:week|month|year|decade)s?\b"
    r"|\bin\s+recent\s+(?:days|weeks|months|years)\b"
    r"|\bin\s+(?:the\s+)?past\b"
    r"|\bfor\s+(?:weeks|months|years|decades)\b",
    re.IGNORECASE)
"""Words that make a clause span a period rather than tell one day's act."""
_PERIOD_LEFT, _PERIOD_RIGHT = 16, 10
"""How far from the trigger a period expression belongs to its clause ("Since the start of the year, the group has
ramped up attacks"; not "levies ... meant to curb the overdoses that have climbed over the past decade")."""
_VERBAL = frozenset({1, 3})
"""Quad classes of verbal acts (statements: verbal cooperation and verbal conflict)."""


def _stem(word: str) -> str:
    return word if word.isdigit() else word.casefold()[:_STEM]


@lru_cache(maxsize=65536)
def _tokens(sentence: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(sentence))


def _trigger_index(tokens: tuple[str, ...], trigger: str, trigger_start: int) -> int:
    """The token nearest ``trigger_start`` that starts like the trigger (else ``trigger_start``, within the
    sentence)."""
    head = (trigger.split() or [""])[0].casefold()[:_TRIGGER_STEM]
    near = [j for j in range(len(tokens)) if head and tokens[j].casefold().startswith(head)]
    return min(near, key=lambda j: (abs(j - trigger_start), j)) if near else min(trigger_start, len(tokens) - 1)


@lru_cache(maxsize=65536)
def _clause_words(sentence: str, trigger: str, trigger_start: int) -> frozenset[str]:
    """Content words of the clause around the trigger (the token nearest ``trigger_start`` that starts like it)."""
    tokens = _tokens(sentence)
    if not tokens:
        return frozenset()
    i = _trigger_index(tokens, trigger, trigger_start)
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


def _name_like(token: str) -> bool:
    """A capitalised word with a lower-case letter after its first ("Leavitt", not "CONDEMN" or "U")."""
    return token[:1].isupper() and any(c.islower() for c in token[1:])


def _name_run(tokens: tuple[str, ...], start: int) -> list[str]:
    """The capitalised words from ``start`` on that are not titles or stop words ("Shehbaz Sharif")."""
    vocabulary = load_merge_vocabulary()
    run = []
    for token in tokens[start:]:
        folded = token.casefold()
        if not _name_like(token) or folded in vocabulary.titles or folded in vocabulary.stop_words:
            break
        run.append(token)
    return run


@lru_cache(maxsize=65536)
def _title_names(sentence: str) -> frozenset[str]:
    """Stems of the names that follow a title in the sentence ("President Donald Trump": donal, trump)."""
    titles = load_merge_vocabulary().titles
    tokens = _tokens(sentence)
    return frozenset(_stem(w) for i, t in enumerate(tokens) if t.casefold() in titles
                     for w in _name_run(tokens, i + 1))


@lru_cache(maxsize=65536)
def _text_speakers(sentence: str) -> frozenset[str]:
    """Surnames (case-folded) of the people the sentence says spoke: the capitalised subject right before a speaker
    verb ("Bugti said", "Leavitt called"), or the name a clause ends with after an inverted one ("said Casin.")."""
    vocabulary = load_merge_vocabulary()
    tokens = _tokens(sentence)
    out = set()
    for i, token in enumerate(tokens):
        folded = token.casefold()
        if folded in vocabulary.speaker_verbs and i > 0:
            before = tokens[i - 1]
            if _name_like(before) and before.casefold() not in vocabulary.generic_speakers | vocabulary.stop_words \
                    | vocabulary.titles:
                out.add(before.casefold())
        if folded in vocabulary.inverted_speaker_verbs:
            run = _name_run(tokens, i + 1)
            end = i + 1 + len(run)
            if run and (end == len(tokens) or tokens[end] in (".", ",", ";") or tokens[end] in _OPENERS) \
                    and run[-1].casefold() not in vocabulary.generic_speakers:
                out.add(run[-1].casefold())
    return frozenset(out)


def speakers(event: Event) -> frozenset[str]:
    """Who the mention's sentence says spoke, as case-folded names: the words of the source's person when the coder
    knows it ("Kim Jong Un": kim, jong, un), and the surnames the sentence gives a speaker verb."""
    return _text_speakers(event.sentence) | _person_words(event.source)


@lru_cache(maxsize=65536)
def _spans(sentence: str, trigger: str, trigger_start: int) -> bool:
    """Whether the trigger's clause, up to ``_PERIOD_LEFT`` tokens before it and ``_PERIOD_RIGHT`` after it within
    the clause breaks, spans a period."""
    if _PERIOD.search(sentence) is None:
        return False
    tokens = _tokens(sentence)
    i = _trigger_index(tokens, trigger, trigger_start)
    lo = i
    while lo > 0 and i - lo < _PERIOD_LEFT and tokens[lo - 1] not in _BREAKS:
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and hi - i <= _PERIOD_RIGHT and tokens[hi] not in _BREAKS:
        hi += 1
    return _PERIOD.search(" ".join(tokens[lo:hi])) is not None


def spans_period(event: Event) -> bool:
    """Whether a mention tells a course of acts over a period, dated only by the story's day: its sentence spans
    a period near its trigger ("Since January, the group has ramped up attacks", "In the past month, X has been
    waging a tariff fight"), and its date is not one the text gives (a date the text gives, "on Tuesday", dates
    the act itself). Such a mention is no act of the publication day, so the same-day link does not join it."""
    return event.date_source != "text" and _spans(event.sentence, event.trigger, event.trigger_start)


_ANOTHER = frozenset({"another", "other", "separate"})
_RECIPROCAL = frozenset({"each", "one"})


@lru_cache(maxsize=65536)
def _another(sentence: str, trigger: str, trigger_start: int) -> bool:
    tokens = _tokens(sentence)
    if not tokens:
        return False
    i = _trigger_index(tokens, trigger, trigger_start)
    return any(tokens[j].casefold() in _ANOTHER and not (j > 0 and tokens[j - 1].casefold() in _RECIPROCAL)
               for j in range(max(0, i - 2), i))


def tells_another(event: Event) -> bool:
    """Whether the mention's trigger is said to be another act than one told before: 'another', 'other' or
    'separate' right before it ("In another attack, ...", "Several other sanctions bills ..."); not the
    reciprocal 'each other' or 'one another' ("accused each other of attacks")."""
    return any(w in _ANOTHER for w in _folded_tokens(event.sentence)) and _another(
        event.sentence, event.trigger, event.trigger_start)


def said_by_different_people(a: Event, b: Event) -> bool:
    """Whether two statements that happened (verbal acts, not announced ones) were said by different named people:
    both sentences name a speaker, none in common, and neither names the other's ("Duarte described the ambush
    as shameful" and "Ferreira posted a rebuke" are two acts). Unnamed speakers never differ."""
    if a.quad_class not in _VERBAL or b.quad_class not in _VERBAL or "future" in (a.modality, b.modality):
        return False
    sa, sb = speakers(a), speakers(b)
    if not sa or not sb or sa & sb:
        return False
    return not (sa & _folded_tokens(b.sentence)) and not (sb & _folded_tokens(a.sentence))


def met_different_people(a: Event, b: Event) -> bool:
    """Whether two meetings that happened (CAMEO 04: consult, visit, host, meet) were held with different named
    people: on one side both mentions name a person, none of whose names the other mention's person or sentence
    holds ("held talks with President Kagame" and "also met Foreign Minister Biruta" are two meetings of one day;
    "met Kagame" and "Kagame received him" are one)."""
    if not (a.cameo.startswith("04") and b.cameo.startswith("04")) or "future" in (a.modality, b.modality):
        return False
    for side in ("source", "target"):
        pa, pb = _person_words(getattr(a, side)), _person_words(getattr(b, side))
        if pa and pb and not pa & pb and not pa & _folded_tokens(b.sentence) \
                and not pb & _folded_tokens(a.sentence):
            return True
    return False


def _person_words(actor: Actor | None) -> frozenset[str]:
    person = actor.person if actor is not None else None
    return frozenset(w.casefold() for w in _WORD.findall(person) if len(w) > 1) if person else frozenset()


@lru_cache(maxsize=65536)
def _folded_tokens(sentence: str) -> frozenset[str]:
    return frozenset(t.casefold() for t in _tokens(sentence))


@lru_cache(maxsize=65536)
def _specific(sentence: str) -> frozenset[str]:
    """Stems of the sentence's numbers and of its capitalised words that do not open it or a quotation."""
    tokens = _tokens(sentence)
    return frozenset(_stem(t) for i, t in enumerate(tokens)
                     if t.isdigit() or (i > 0 and _name_like(t) and tokens[i - 1] not in _OPENERS))


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


def _shared_beyond_names(a: Event, b: Event) -> frozenset[str]:
    """Content words two clauses share besides their triggers, their actors' names and the names after a title."""
    actors = [x for e in (a, b) for x in (e.source, e.target) if x is not None]
    known = _words_of(a.trigger, b.trigger, *(t for x in actors for t in (x.text, x.name) if t))
    return (content_words(a) & content_words(b)) - known - _title_names(a.sentence) - _title_names(b.sentence)


def shares_more_than_trigger(a: Event, b: Event) -> bool:
    """Whether two clauses share a content word besides their triggers and the people they name (an object, a
    place, a number): "will visit Kigali" and "arrived in Kigali" do, "will visit Goma" and "visited Kigali" do
    not, and neither do two clauses that only both name "President Donald Trump"."""
    return bool(_shared_beyond_names(a, b))


def shares_specific(a: Event, b: Event) -> bool:
    """Whether two clauses share specific content besides their triggers and the people they name: a number or a
    proper name ("400 books", "Kalat"), not only common words ("civilians", "villages")."""
    return bool(_shared_beyond_names(a, b) & _specific(a.sentence) & _specific(b.sentence))
