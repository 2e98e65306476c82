"""When an event happened, not when it was reported: time expressions resolved against the publication date.

``document_time_context`` reads a whole document cheaply (regular expressions, no parse) for what it says
about years: months it names with an explicit year ("in August 2020" ... later "in August") and its
dominant year, used when the document has no publication date. ``resolve_event_date`` dates one event's
trigger in its parsed sentence, by the first of these rules:

1. a distance from the time of its clause ("a day after the attack", "the previous day's shelling";
   ``anchors.py``);
2. the time expression that governs the trigger in the parse (``govern.py``), resolved by ``resolve.py``
   (a future time named inside a plan that a past-tense verb reports dates the report, not the plan);
3. for a definite mention of a happening the story's opening dated ("came under attack Tuesday ... claimed the
   attack"), that day, and for an act told a measured time after it ("hours after the attack"), counted from
   that day (``happenings.py``);
4. what the sentence before sets (``discourse.py``): an opener that continues it ("There, ...", "Days later,
   ..."), the last day it named for a past-tense event, the year (or month of a year) it named; where the splitter
   left two sentences joined, the parser's earlier one is the sentence before (``_joined_day``);
5. the story's news day for a past-tense event, when the lead names one shortly before publication;
6. the publication date; with none either, the event is left undated.

Precision is never claimed beyond what the text says (see ``resolve.py`` for the choices about weekdays, bare
months, weeks and decades).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from bilateral.dating.anchors import measured_relation, shifted_date
from bilateral.dating.discourse import (
    BOUNDS, continuation, last_time, modifies_a_noun, narrative_day, previous_sentence, shifted,
)
from bilateral.dating.expressions import TimeExpression, find_expressions, is_blocked, load_time_lexicon
from bilateral.dating.govern import Candidate, governing, purpose_of
from bilateral.dating.happenings import OPENING_SENTENCES, measured_after, named_days, opening_days, retold_noun
from bilateral.dating.tense import clause_tense, clause_verb, own_tense, reporter, told_tense
from bilateral.dating.resolve import ResolvedDate, YearHints, parse_with_dateparser, resolve_expression
from bilateral.models import EventDate
from bilateral.nlp import doc_ents, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "TimeContext", "TimeExpression", "document_time_context", "find_expressions", "resolve_event_date",
    "resolve_expression_text",
]

_YEAR_KINDS = frozenset({"full", "monthyear", "year"})


_HINTED_KINDS = frozenset({"daymonth", "month"})
"""Expressions whose year may come from the document: a month or a day of a month named without one."""

_YearAt = tuple[int, int, str]


class TimeContext:
    """What a document says about time as a whole, to resolve expressions its sentences leave open.

    ``text`` is the document text, to place a sentence in it. What it says about years is read from it when
    first asked for: most events are dated by their own sentence or their publication, so most documents
    never pay for scanning their whole text.
    """

    __slots__ = ("_happenings", "_hints", "_news_day", "_years_at", "published", "text")

    def __init__(self, published: dt.date | None, hints: YearHints | None = None, text: str = "",
                 years_at: tuple[_YearAt, ...] | None = None) -> None:
        self.published = published
        self.text = text
        self._hints = hints
        self._years_at = years_at
        self._news_day: tuple[dt.date, str] | tuple[()] | None = None
        self._happenings: dict[str, tuple[dt.date, str]] | None = None

    @property
    def hints(self) -> YearHints:
        """The document's explicit month-years and dominant year."""
        if self._hints is None:
            self._hints, years_at = _scan(self.text)
            if self._years_at is None:
                self._years_at = years_at
        return self._hints

    @property
    def years_at(self) -> tuple[_YearAt, ...]:
        """(offset, year, expression) of each explicit year the document names, in text order."""
        if self._years_at is None:
            hints, self._years_at = _scan(self.text)
            if self._hints is None:
                self._hints = hints
        return self._years_at

    def narrative_year(self, sentence: str) -> tuple[int, str] | None:
        """The year the sentence just before this one (on its line) has set ("Ties hit bottom in
        2009. He froze new loans ..."), with the expression that set it; None when it names none. Only the
        sentence just before: a year set further back is another part of the story, and neither a bound ("since
        1995") nor a noun's modifier ("the 2012 cut") sets a time for what follows."""
        before = previous_sentence(self.text, sentence)
        if before is None:
            return None
        start, at = before[0], before[0] + len(before[1])
        found = [(year, text) for offset, year, text in self.years_at
                 if start <= offset < at and text.split()[0].lower() not in BOUNDS
                 and not modifies_a_noun(self.text, offset)]
        return found[-1] if found else None

    def narrative_day(self, sentence: str) -> EventDate | None:
        """The day the sentence just before this one has named last, for a past-tense event of this one that has
        no time of its own (``discourse.narrative_day``); or, when that sentence names no time but opened by
        continuing the one before it ("... held in February. There, X asked Y for help. Y refused": February),
        the time it continued: the story is still telling that moment."""
        before = previous_sentence(self.text, sentence)
        if before is None:
            return None
        found = narrative_day(before[1], self.published, lambda: self.hints)
        if found is not None:
            return EventDate(found[0].date, "day", "text", found[1].text.strip())
        told = before[1].strip()
        if continuation(told) is None or any(e.kind != "anchored" for e in find_expressions(told)):
            return None
        return self.continued(told)

    def continued(self, sentence: str) -> EventDate | None:
        """The time a sentence opening with a continuation ("There, ...", "A day later, ...") takes from the
        sentence just before it (``discourse.py``); None when it opens with none or that sentence names no time."""
        opener = continuation(sentence)
        if opener is None:
            return None
        before = previous_sentence(self.text, sentence)
        found = last_time(before[1], self.published, lambda: self.hints) if before is not None else None
        if found is None:
            return None
        date, precision = shifted(found[0], opener.shift)
        return EventDate(date, precision, "text", found[1].text.strip())

    def news_day(self) -> tuple[dt.date, str] | None:
        """The day the story's news happened, when its lead (first sentence) names one shortly before publication
        ("Militants attacked a train Tuesday" in a Wednesday story), with the expression that names it: what
        the story tells without a time of its own happened then, not on the publication day."""
        if self.published is None:
            return None
        if self._news_day is None:
            self._news_day = _lead_day(self.text, self.published) or ()
        return self._news_day or None

    def happening_day(self, noun: str) -> EventDate | None:
        """The day the story's opening named for its happening ``noun`` ("came under attack Tuesday"), which a later
        definite mention of it ("claimed the attack") takes (``happenings.py``); None when it named none."""
        if self.published is None:
            return None
        if self._happenings is None:
            end = 0
            for _ in range(OPENING_SENTENCES):
                found = _LEAD_END.search(self.text, end, end + 600)
                end = found.end() if found else min(len(self.text), end + 600)
            self._happenings = opening_days(self.text[:end], self.published)
        day = self._happenings.get(noun)
        return EventDate(day[0].isoformat(), "day", "text", day[1]) if day is not None else None


_NEWS_DAY_BACK = 3
"""How many days before publication a lead's day may lie to be the news day (further back, or after
publication, it is more likely an announced or background day than the news)."""
_LEAD_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z])[.!?][\"”’)]*\s+(?=[A-Z\"“‘])")


def _lead_day(text: str, published: dt.date) -> tuple[dt.date, str] | None:
    end = _LEAD_END.search(text, 0, 600)
    lead = text[:end.start() + 1 if end else 600]
    for expr, day in named_days(lead, published):
        if 0 <= (published - day).days <= _NEWS_DAY_BACK:
            return day, expr.text.strip()
        return None
    return None
def document_time_context(text: str, published: dt.date | None) -> TimeContext:
    """The document's explicit month-years and dominant year (cheap: regular expressions, no parse)."""
    return TimeContext(published, text=text)


def _scan(text: str) -> tuple[YearHints, tuple[_YearAt, ...]]:
    exprs = find_expressions(text)
    by_month: dict[int, set[int]] = {}
    years: Counter[int] = Counter()
    years_at: list[_YearAt] = []
    for expr in exprs:
        if expr.kind not in _YEAR_KINDS or expr.year is None or expr.needs_entity:
            continue
        years[expr.year] += 1
        years_at.append((expr.start, expr.year, expr.text.strip()))
        if expr.month is not None:
            by_month.setdefault(expr.month, set()).add(expr.year)
    month_years = tuple(sorted((m, next(iter(ys))) for m, ys in by_month.items() if len(ys) == 1))
    dominant = None
    if years:
        (top, count), total = years.most_common(1)[0], sum(years.values())
        if count * 2 > total:
            dominant = top
    return YearHints(month_years, dominant), tuple(years_at)


def _entity_fallbacks(sent: Doc, exprs: list[TimeExpression]) -> list[TimeExpression]:
    """spaCy DATE entities our patterns missed that look absolute (a month name or a 4-digit year)."""
    months = load_time_lexicon().months
    out: list[TimeExpression] = []
    for ent in doc_ents(sent):
        if ent.label_ != "DATE":
            continue
        if any(not (e.end <= ent.start_char or e.start >= ent.end_char) for e in exprs):
            continue
        if is_blocked(doc_text(sent), ent.start_char, ent.end_char):
            continue
        words = {w.strip(".,").lower() for w in ent.text.split()}
        has_year = any(w.isdigit() and len(w) == 4 for w in words)
        if has_year or (words & months.keys() and any(w.isdigit() for w in words)):
            out.append(TimeExpression(ent.start_char, ent.end_char, ent.text, "full"))
    return out


def _resolve_entity(expr: TimeExpression, future: bool) -> ResolvedDate | None:
    for parts in (("day", "month", "year"), ("month", "year"), ("year",)):
        found = parse_with_dateparser(expr.text, parts, future)
        if found is not None:
            return found
    return None


def resolve_expression_text(expr: TimeExpression, published: dt.date | None, modality: str,
                            context: TimeContext | None = None) -> ResolvedDate | None:
    """Resolve one expression for an event of ``modality`` (future looks forward, everything else back)."""
    hints = context.hints if context is not None and expr.kind in _HINTED_KINDS else YearHints()
    return resolve_expression(expr, published, modality == "future", hints)


def _narrative_date(sent: Doc, trigger_start: int, published: dt.date | None,
                    context: TimeContext | None) -> EventDate | None:
    """A past-tense event whose sentence names no time takes the year its paragraph has just set, if earlier
    than publication: the story is telling that year's events (that month's, when it named a month of it)."""
    if context is None or not 0 <= trigger_start < len(sent):
        return None
    trigger = sent[trigger_start]
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head  # the event's own verb, not a reporter's
    if own_tense(verb) != "past":
        return None
    found = context.narrative_year(doc_text(sent))
    if found is None or (published is not None and found[0] >= published.year):
        return None
    month = next((e.month for e in find_expressions(found[1]) if e.kind == "monthyear" and e.month), None)
    if month is not None:  # "in February 2019": that month's events
        return EventDate(f"{found[0]:04d}-{month:02d}", "month", "text", found[1])
    return EventDate(str(found[0]), "year", "text", found[1])


def _reported(sent: Doc, trigger_start: int, cand: Candidate) -> bool:
    """Whether the expression of ``cand`` lies in a clause that a past-tense verb reports, as the act's own time
    ("Kenya said the tariffs will take effect on Friday"): the act coded is then the announcement."""
    said = reporter(sent[trigger_start])
    return said is not None and cand.root is not None and cand.root.i != said.i and said.i in {
        t.i for t in cand.root.ancestors}


def _in_purpose(trigger: Token, cand: Candidate) -> bool:
    """Whether the expression of ``cand`` lies in a purpose clause of the trigger's act (``govern.purpose_of``), or
    of the verb whose object the trigger is."""
    if cand.root is None:
        return False
    heads = {trigger.i, trigger.head.i} if trigger.dep_ == "dobj" else {trigger.i}
    return any(t.head.i in heads and purpose_of(t) for t in cand.root.ancestors)


def _perfect(token: Token | None) -> bool:
    """Whether the clause of ``token`` is in a perfect tense ("has been held", "have fought"): a duration then
    says when the state began."""
    verb = clause_verb(token) if token is not None else None
    return verb is not None and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _told_in_the_past(sent: Doc, trigger_start: int) -> bool:
    """Whether the event is told in the simple or past perfect tense, or reported by a past-tense speech verb
    (what happened on the news day), not in the present or present perfect (what is current at publication)."""
    if not 0 <= trigger_start < len(sent):
        return False
    return told_tense(sent[trigger_start]) == "past"


def _habitual(trigger: Token) -> bool:
    """Whether the act's own clause is told as a habit ("the group frequently conducts bombings", "police
    routinely detain critics"): a habit names no day, so none is borrowed from the news day or the publication."""
    verb = clause_verb(trigger)
    words = load_time_lexicon().habitual_adverbs
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in words for c in verb.children)


def _joined_day(sent: Doc, trigger_start: int, published: dt.date | None, context: TimeContext) -> EventDate | None:
    """The day named last by the part of ``sent`` before the parser's own sentence that holds the trigger, when the
    splitter left two sentences joined ("... wrote Wednesday on platform X. He added that ..."): that part is the
    sentence before, which a past-tense event with no time of its own continues (``discourse.narrative_day``)."""
    start = sent[trigger_start].sent.start
    if start == 0:
        return None
    found = narrative_day(sent[:start].text, published, lambda: context.hints)
    return EventDate(found[0].date, "day", "text", found[1].text.strip()) if found is not None else None


@lru_cache(maxsize=2)
def _sentence_expressions(text: str) -> tuple[TimeExpression, ...]:
    """``find_expressions`` of a sentence, kept while its events are dated one after another."""
    return tuple(find_expressions(text))


def resolve_event_date(sent: Doc, trigger_start: int, modality: str, published: dt.date | None,
                       context: TimeContext | None = None) -> EventDate:
    """The date of the event whose trigger head is token ``trigger_start`` of the parsed sentence ``sent``.

    An event measured from the time of its clause ("a day after the attack") is dated from that time
    (``anchors.py``); otherwise by the first of: the time expressions that govern it in its sentence, a
    continuation of the sentence before, the year its paragraph set, the story's news day, the publication."""
    measured = measured_relation(sent, trigger_start)
    if measured is not None:
        anchor = _dated(sent, measured.anchor, modality, published, context, True)
        return shifted_date(anchor, measured.days, measured.text)
    return _dated(sent, trigger_start, modality, published, context, True)


def _dated(sent: Doc, trigger_start: int, modality: str, published: dt.date | None, context: TimeContext | None,
           anchored: bool) -> EventDate:
    """``resolve_event_date`` for one token; ``anchored``: whether a distance ("the previous day") may date it."""
    exprs = [e for e in _sentence_expressions(doc_text(sent)) if anchored or e.kind != "anchored"]
    fallbacks = _entity_fallbacks(sent, exprs)
    continued = context.continued(doc_text(sent)) if context is not None else None
    for cand in governing(sent, trigger_start, [*exprs, *fallbacks]):
        if cand.expr.kind == "anchored":
            if continued is not None and not doc_text(sent)[:cand.expr.start].strip(" \"“‘"):
                return continued  # the sentence opens with it: counted from the sentence before
            anchor = _dated(sent, trigger_start, modality, published, context, False)
            return shifted_date(anchor, None if cand.expr.vague else cand.expr.amount, cand.expr.text.strip())
        if cand.expr.kind == "duration" and not _perfect(cand.root):
            continue  # "held talks for two weeks" names no start; "has been held for two years" does
        tense = clause_tense(cand.root) if cand.root is not None else None
        if tense is None:  # an untensed participle ("also visiting Juba in May, praised ..."): the event's tense
            tense = clause_tense(sent[trigger_start])
        ahead = tense == "future" or (tense != "past" and modality == "future")
        if cand.expr in fallbacks:
            found = _resolve_entity(cand.expr, ahead)
        else:
            found = resolve_expression_text(cand.expr, published, "future" if ahead else "asserted", context)
        if found is None:
            continue
        if published is not None and found.date > published.isoformat() and _reported(sent, trigger_start, cand):
            continue  # a reported plan is dated by its report, not by the time it names ("said ... on Friday")
        if published is not None and found.date > published.isoformat() and _in_purpose(sent[trigger_start], cand):
            continue  # a past act is not dated by a later time its purpose names ("sent troops to guard it next month")
        return EventDate(found.date, found.precision, "text", cand.expr.text.strip())
    noun = retold_noun(sent[trigger_start]) if context is not None else None
    happening = context.happening_day(noun) if context is not None and noun is not None else None
    if happening is not None:
        return happening
    after = measured_after(sent[trigger_start]) if context is not None and " after the " in doc_text(sent) else None
    happening = context.happening_day(after[0]) if context is not None and after is not None else None
    if happening is not None and after is not None:
        return shifted_date(happening, after[1], after[2])
    if _habitual(sent[trigger_start]):
        return _narrative_date(sent, trigger_start, published, context) or EventDate(None, None, None, None)
    told = told_tense(sent[trigger_start])
    if continued is not None and told != "present":
        return continued
    day = None
    if context is not None and told == "past":
        day = _joined_day(sent, trigger_start, published, context) or context.narrative_day(doc_text(sent))
    if day is not None and clause_tense(sent[trigger_start]) != "present":
        return day
    narrative = _narrative_date(sent, trigger_start, published, context)
    if narrative is not None:
        return narrative
    news = context.news_day() if context is not None else None
    if news is not None and news[0] != published and _told_in_the_past(sent, trigger_start):
        return EventDate(news[0].isoformat(), "day", "text", news[1])
    if published is not None:
        return EventDate(published.isoformat(), "day", "publication", None)
    return EventDate(None, None, None, None)
