"""Find English time expressions in a text with regular expressions built from data/time/lexicon.json.

Finding is cheap (no parse) so the same scanner serves one parsed sentence and a whole document (for the
document's time context). Each match is classified by ``kind`` and carries the numbers it names; turning
it into a date is the job of ``resolve.py``, choosing the one that governs an event that of ``govern.py``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from bilateral.errors import KnowledgeError

ExpressionKind = Literal[
    "full", "daymonth", "monthyear", "month", "weekday", "relative", "ago", "dayword", "decade", "year", "anchored",
    "duration",
]

_LEXICON = "lexicon.json"
_SECTIONS = ("months", "weekdays", "numbers", "vague_numbers", "day_offsets", "continuations")


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    """The words time expressions are made of, loaded once from data/time/lexicon.json."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague_numbers: dict[str, int]
    day_offsets: dict[str, int]
    continuations: dict[str, int]
    """Openers of a sentence that continues the time of the one before, with the shift in days ("a day later")."""
    blocking_prepositions: frozenset[str]
    vague_continuations: frozenset[str] = frozenset()
    """Openers that follow the sentence before by an unsaid number of days ("days later")."""
    future_markers: frozenset[str] = frozenset()
    """Words that put what follows them ahead of its telling ("would take effect on Friday")."""
    week_start: int = 0
    """The weekday a week starts on (0 = Monday)."""
    habitual_adverbs: frozenset[str] = frozenset()
    """Adverbs of frequency that make an act a habit, not one happening ("frequently", "routinely")."""
    happening_nouns: frozenset[str] = frozenset()
    """Nouns of a dated happening a story names again ("the attack", "the blast"; ``happenings.py``)."""
    making_verbs: frozenset[str] = frozenset()
    """Verbs of making or holding what a dated noun names ("the 2020 pact X negotiated"; ``govern.py``)."""
    bounding_prepositions: frozenset[str] = frozenset()
    """Prepositions whose object is a later happening the act comes before ("before the election in November")."""
    day_parts: frozenset[str] = frozenset()
    """Nouns of a part of a day ("dawn", "noon"), which are times, not happenings, as such an object."""


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text: where, what kind, and the parts it names."""

    start: int
    end: int
    text: str
    kind: ExpressionKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    """``day``, ``week``, ``month`` or ``year`` for relative and ``ago`` expressions."""
    amount: int = 0
    """Signed shift in units: -1 for "last", +1 for "next", -n for "n ... ago"."""
    vague: bool = False
    """The amount was a vague word ("a few", "several"): resolve one precision coarser."""
    needs_entity: bool = False
    """A bare year with no temporal preposition: only a time if spaCy tags it DATE."""


def _load_section(raw: dict[str, Any], name: str, path: str) -> dict[str, int]:
    section = raw.get(name)
    if not isinstance(section, dict) or not all(
        isinstance(k, str) and k == k.lower() and isinstance(v, int) for k, v in section.items()
    ):
        raise KnowledgeError(f"{path}: section {name!r} must map lower-case words to integers; fix the file")
    return dict(section)


@lru_cache(maxsize=1)
def load_time_lexicon() -> TimeLexicon:
    """The packaged time lexicon, validated (raises KnowledgeError naming the file and section)."""
    res = resources.files("bilateral") / "data" / "time" / _LEXICON
    path = str(res)
    try:
        raw = json.loads(res.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{path}: cannot read the time lexicon ({e}); reinstall bilateral") from e
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: the time lexicon must be a JSON object")
    sections = {name: _load_section(raw, name, path) for name in _SECTIONS}
    blocking = raw.get("blocking_prepositions")
    if not isinstance(blocking, list) or not all(isinstance(w, str) for w in blocking):
        raise KnowledgeError(f"{path}: 'blocking_prepositions' must be a list of words")
    if sorted(set(sections["months"].values())) != list(range(1, 13)):
        raise KnowledgeError(f"{path}: 'months' must name every month 1-12")
    if sorted(set(sections["weekdays"].values())) != list(range(7)):
        raise KnowledgeError(f"{path}: 'weekdays' must name every weekday 0-6 (0 = Monday)")
    vague = raw.get("vague_continuations", [])
    if not isinstance(vague, list) or not all(isinstance(w, str) and w == w.lower() for w in vague):
        raise KnowledgeError(f"{path}: 'vague_continuations' must be a list of lower-case phrases")
    future = raw.get("future_markers", [])
    if not isinstance(future, list) or not all(isinstance(w, str) and w == w.lower() for w in future):
        raise KnowledgeError(f"{path}: 'future_markers' must be a list of lower-case words")
    habitual = raw.get("habitual_adverbs", [])
    if not isinstance(habitual, list) or not all(isinstance(w, str) and w == w.lower() for w in habitual):
        raise KnowledgeError(f"{path}: 'habitual_adverbs' must be a list of lower-case words")
    happening = raw.get("happening_nouns", [])
    if not isinstance(happening, list) or not all(isinstance(w, str) and w == w.lower() for w in happening):
        raise KnowledgeError(f"{path}: 'happening_nouns' must be a list of lower-case nouns")
    making = raw.get("making_verbs", [])
    if not isinstance(making, list) or not all(isinstance(w, str) and w == w.lower() for w in making):
        raise KnowledgeError(f"{path}: 'making_verbs' must be a list of lower-case verb lemmas")
    bounding, parts = raw.get("bounding_prepositions", []), raw.get("day_parts", [])
    for key, value in (("bounding_prepositions", bounding), ("day_parts", parts)):
        if not isinstance(value, list) or not all(isinstance(w, str) and w == w.lower() for w in value):
            raise KnowledgeError(f"{path}: '{key}' must be a list of lower-case words")
    week_start = raw.get("week_start", 0)
    if not isinstance(week_start, int) or not 0 <= week_start <= 6:
        raise KnowledgeError(f"{path}: 'week_start' must be a weekday 0-6 (0 = Monday)")
    return TimeLexicon(**sections, blocking_prepositions=frozenset(w.lower() for w in blocking),
                       vague_continuations=frozenset(vague), future_markers=frozenset(future), week_start=week_start,
                       habitual_adverbs=frozenset(habitual), happening_nouns=frozenset(happening),
                       making_verbs=frozenset(making), bounding_prepositions=frozenset(bounding),
                       day_parts=frozenset(parts))


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class _Patterns:
    items: tuple[tuple[ExpressionKind, re.Pattern[str]], ...]
    gates: tuple[re.Pattern[str] | None, ...]
    """Per pattern, a cheap pattern (same flags) for a part every match contains: no hit, no match."""


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = load_time_lexicon()
    mon = rf"(?P<mon>{_alt(lex.months)})\.?"
    wd = rf"(?P<wd>{_alt(lex.weekdays)})\.?"
    num = rf"(?P<num>\d{{1,3}}|{_alt(lex.vague_numbers)}|{_alt(lex.numbers)})"
    qual = r"(?:(?:early|late|mid|end of|the end of|the start of|the beginning of)[- ](?:in\s+)?)?"
    ordinal = r"(?:st|nd|rd|th)?"
    year = r"(?P<year>1[89]\d\d|20\d\d)"
    pre = r"(?P<pre>in|on|since|during|by|of|from|last|this|next|early|late|mid|earlier|later)"
    specs: list[tuple[ExpressionKind, str]] = [
        ("full", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        ("full", rf"\b(?P<day>\d{{1,2}}){ordinal}\s+(?:of\s+)?{mon},?\s+{year}\b"),
        ("full", rf"\b{mon}\s+(?P<day>\d{{1,2}}){ordinal},?\s+{year}\b"),
        ("monthyear", rf"\b{qual}{mon},?\s+(?:of\s+)?{year}\b"),
        ("daymonth", rf"\b(?P<day>\d{{1,2}}){ordinal}\s+(?:of\s+)?{mon}(?![\w-])"),
        ("daymonth", rf"\b{mon}\s+(?P<day>\d{{1,2}}){ordinal}(?![\d:])\b"),
        ("month", rf"\b(?:{pre}\s+){qual}{mon}(?![\w-])(?!\.?\s+\d)"),
        ("month", rf"\b{mon}['’]s\b"),
        ("weekday", rf"\b(?:(?P<rel>last|next|this|on|since|early|late|by)\s+)?(?:(?:early|late)\s+)?{wd}"
                    r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?(?![\w-])"),
        ("relative", r"\b(?:(?:early|late|earlier|later|mid)\s+(?:in\s+)?)?(?P<rel>last|this|next|coming)"
                     r"\s+(?P<unit>week|month|year)(?:['’]s)?\b"),
        ("ago", rf"\b{num}\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
        ("dayword", rf"\b(?P<word>{_alt(lex.day_offsets)})\b"),
        ("anchored", r"\b(?:the\s+)?(?P<side>previous|preceding|following|next)\s+day(?:['’]s)?(?![\w-])"),
        ("anchored", rf"\b(?:{num}\s+)?(?P<unit>hour|day|week)s?\s+(?P<side>earlier|later)\b"),
        ("duration", rf"\bfor\s+(?:the\s+(?:past|last)\s+)?(?:(?:almost|nearly|about|around|roughly|over|more\s+than"
                     rf"|at\s+least)\s+)?{num}\s+(?P<unit>day|week|month|year)s?\b"),
        ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?P<dec>1[89]\d0|20[0-2]0)'?s\b"),
        ("year", rf"\b(?:{pre}\s+)?{qual}{year}\b(?!\s*[-–/]\s*\d)(?!,\d)(?!\.\d)"),
    ]
    # Scanning a whole article with a pattern that opens with \b and optional words costs a step per
    # character; these required parts are found much faster, and most articles hold no "ago" or decade.
    gates = {"ago": r"ago", "decade": r"(?:1[89]\d0|20[0-2]0)'?s", "year": r"1[89]\d\d|20\d\d"}
    return _Patterns(tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in specs),
                     tuple(re.compile(gates[kind], re.IGNORECASE) if kind in gates else None for kind, _ in specs))


_RELATIVE_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_MODAL_MONTHS = frozenset({"may", "march"})


_SIDE = {"previous": -1, "preceding": -1, "earlier": -1, "following": 1, "next": 1, "later": 1}
_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}


def _anchored(base: TimeExpression, g: dict[str, str | None], lex: TimeLexicon) -> TimeExpression:
    """A distance in days from the time of the clause ("the previous day", "two days later"; ``anchors.py``):
    hours keep the day, a vague or missing count of days or weeks ("days later") keeps only the month."""
    side = _SIDE[(g["side"] or "").lower()]
    unit = (g.get("unit") or "").lower()
    word = (g.get("num") or "").lower()
    if not unit:  # "the previous day"
        return replace(base, unit="day", amount=side)
    if unit == "hour":
        return replace(base, unit="day", amount=0)
    if not word or word in lex.vague_numbers:
        return replace(base, unit="day", amount=side, vague=True)
    n = int(word) if word.isdigit() else lex.numbers.get(word, 1)
    return replace(base, unit="day", amount=side * n * _UNIT_DAYS[unit])


def _build(kind: ExpressionKind, m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    g = m.groupdict()
    text = m.group(0)
    month = lex.months[g["mon"].lower()] if g.get("mon") else None
    if g.get("mon") and g["mon"].lower() in _MODAL_MONTHS and not g["mon"][0].isupper():
        return None  # "may" the modal verb, "march" the protest
    year = int(g["year"]) if g.get("year") else None
    base = TimeExpression(m.start(), m.end(), text, kind)
    if kind == "full" and g.get("y"):
        return replace(base, year=int(g["y"]), month=int(g["m"]), day=int(g["d"]))
    if kind in ("full", "daymonth"):
        return replace(base, year=year, month=month, day=int(g["day"]))
    if kind in ("monthyear", "month"):
        amount = _RELATIVE_SHIFT.get((g.get("pre") or "").lower(), 0)
        return replace(base, year=year, month=month, amount=amount, unit=(g.get("pre") or "").lower())
    if kind == "weekday":
        rel = (g.get("rel") or "").lower()
        return replace(base, weekday=lex.weekdays[g["wd"].lower()], unit=rel,
                              amount=_RELATIVE_SHIFT.get(rel, 0))
    if kind == "relative":
        return replace(base, unit=g["unit"].lower(), amount=_RELATIVE_SHIFT[g["rel"].lower()])
    if kind == "ago":
        word = g["num"].lower()
        vague = word in lex.vague_numbers
        n = int(word) if word.isdigit() else (lex.vague_numbers[word] if vague else lex.numbers[word])
        return replace(base, unit=g["unit"].lower(), amount=-n, vague=vague)
    if kind == "anchored":
        return _anchored(base, g, lex)
    if kind == "duration":  # "for almost a year": began that long before (``__init__``: perfect tenses only)
        word = g["num"].lower()
        vague = word in lex.vague_numbers
        n = int(word) if word.isdigit() else (lex.vague_numbers[word] if vague else lex.numbers[word])
        return replace(base, unit=g["unit"].lower(), amount=-n, vague=vague)
    if kind == "dayword":
        return replace(base, amount=lex.day_offsets[g["word"].lower()], unit="day")
    if kind == "decade":
        return replace(base, year=int(g["dec"]))
    return replace(base, year=year, needs_entity=not g.get("pre"))


_OPENING = ",;([\"'“‘”’"
"""Punctuation around the word before a time that does not change it ('"Before March 2019, ...')."""


def is_blocked(text: str, start: int, end: int) -> bool:
    """True when the word before (or opening) a time makes it a bound or a span, not a date ("until 2020")."""
    blocking = load_time_lexicon().blocking_prepositions
    before = text[max(0, start - 20):start].split()
    inside = text[start:end].split()
    return any(words and words[i].lower().strip(_OPENING) in blocking for words, i in ((before, -1), (inside, 0)))



def _full_names(names: dict[str, int]) -> set[str]:
    """The longest word for each value: "september", not "sept" or "sep"."""
    return {k for k, v in names.items() if len(k) == max(len(j) for j, w in names.items() if w == v)}


@lru_cache(maxsize=1)
def _full_month_and_weekday_names() -> frozenset[str]:
    lex = load_time_lexicon()
    return frozenset(_full_names(lex.months) | _full_names(lex.weekdays))


def _trim(expr: TimeExpression) -> TimeExpression:
    """Drop a sentence-final full stop swallowed after a full month or weekday name ("on Thursday.")."""
    if not expr.text.endswith("."):
        return expr
    last = expr.text[:-1].split()[-1].lower()
    if last not in _full_month_and_weekday_names():
        return expr
    return replace(expr, end=expr.end - 1, text=expr.text[:-1])


def find_expressions(text: str) -> list[TimeExpression]:
    """Time expressions of ``text``, non-overlapping (the longest wins), in text order. A bound or span ("until
    2020", "before March 2019") is no date, and neither is any part of it ("2019")."""
    lex = load_time_lexicon()
    found: list[tuple[TimeExpression, bool]] = []
    patterns = _patterns()
    for (kind, rx), gate in zip(patterns.items, patterns.gates, strict=True):
        if gate is not None and gate.search(text) is None:
            continue
        for m in rx.finditer(text):
            expr = _build(kind, m, lex)
            if expr is not None:  # a duration opens with "for", which is no bound of its own
                found.append((_trim(expr), kind != "duration" and is_blocked(text, expr.start, expr.end)))
    found.sort(key=lambda e: (-(e[0].end - e[0].start), e[0].start))
    kept: list[tuple[TimeExpression, bool]] = []
    for expr, blocked in found:
        if all(expr.end <= k.start or expr.start >= k.end for k, _ in kept):
            kept.append((expr, blocked))
    return sorted((e for e, blocked in kept if not blocked), key=lambda e: e.start)
