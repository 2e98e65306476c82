"""Which mentions of one dyad and merge type are one happening: pairwise links, then clustering.

Two mentions are linked when their dates and their clauses agree, the stronger the agreement the earlier the
link is tried:

* the same day: one happening (the strongest link, stronger still with the same trigger; a story and its reprint,
  two sentences of one story), unless one of them tells a course of acts over a period dated only by the story's
  day (``spans_period``: "since January, the group has ramped up attacks"), which joins a same-day mention only
  when the clauses say the same thing (``STRONG``) with a shared word besides the triggers and the people named
  (the group's name and "attacks" do not make the day's attack its course);
* days apart within the window: only when the clauses say the same thing (``STRONG`` content overlap), and never
  a course of acts over a period with one day's act (two stories of one week may tell the same surge of attacks,
  each on its own publication day, beside the act of another day);
* the same month, both at month precision: in one story, or with the same trigger or a ``WEAK`` overlap;
* the same year, both at year precision: only with the same trigger or a ``WEAK`` overlap (a year, or no date,
  never merges on its own);
* a vague date containing a precise one ("March 2021" and "2021-03-19"): the same trigger and a ``STRONG``
  overlap;
* both undated: only when the clauses say the same thing (``STRONG``; the trigger alone is not enough, "visited
  Kigali" and "visited Goma" are two visits);
* one dated, one undated: only when the clauses say the same thing (``STRONG``) with the same trigger (as a vague
  date joins a precise one), or in one story sharing specific content, a number or a name ("banned 400 books"
  and "listed the 400 banned books"; "civilians in villages" is not enough); never two mentions of one sentence
  (a sentence that dates one act and not the other reports two);
* dates that disagree: never.

An announced act and its realisation ("will visit" 036, "arrived" 042) are linked only when dated the same at
their common precision and saying the same thing (``STRONG``, with a shared word besides the triggers and the
people named, the actors and the names after a title: the object or the place); the announcement is never dated
after the act.

Clustering is agglomerative over the links, strongest first (ties in mention order), and never puts two
mentions with disagreeing dates in one cluster: days at most the window apart (so daily clashes over a month do
not chain into one), months and years equal, an announcement not after its act. Nor does it put two statements
said by different named people in one cluster (``said_by_different_people``), nor two meetings held with
different named people (``met_different_people``: "met President Kagame" and "also met Foreign Minister Biruta"
the same day), nor a mention whose sentence opens with a sequel ("Days later, ...", "The next day, ...") with
one of the sentence just before it in its story (``_follows``), nor a mention said to be another act ("In
another attack", ``tells_another``) with one of an earlier sentence of its story, however they are linked. A
month or year mention linked to precise mentions that cannot be one happening is ambiguous and joins none of them.
Candidate pairs come from date buckets (days within the window, a vague date with the dates it contains, undated
with undated and with dated), so the work grows with the mentions that could merge (undated mentions are few: the
dater falls back on the publication date), not with the square of the dyad's history.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
import re
from functools import lru_cache
from itertools import combinations

from bilateral.merging.content import (
    content_overlap,
    met_different_people,
    said_by_different_people,
    same_trigger,
    shares_more_than_trigger,
    shares_specific,
    spans_period,
    tells_another,
)
from bilateral.merging.vocabulary import announces
from bilateral.models import Event

__all__ = ["STRONG", "WEAK", "cluster_mentions", "day_ordinal", "link_strength"]

STRONG = 0.34
"""Content overlap that alone says two clauses report the same act (share of the smaller clause's words)."""
WEAK = 0.2
"""Content overlap that supports a link already suggested by the date (same month or year, or no date)."""

_Stamp = tuple[str | None, bool]
"""What the clustering constraint reads of a mention: its date and whether it announces an act."""


@lru_cache(maxsize=65536)
def day_ordinal(date: str) -> int | None:
    """The ordinal of a well-formed day date ("2022-08-11"), None for a month, a year or a malformed date."""
    if len(date) != 10:
        return None
    try:
        return dt.date.fromisoformat(date).toordinal()
    except ValueError:
        return None


def _precision(date: str | None) -> int:
    """Length of a well-formed date string (10 day, 7 month, 4 year), 0 when absent or malformed."""
    if not date:
        return 0
    if len(date) == 10:
        return 10 if day_ordinal(date) is not None else 0
    return len(date) if len(date) in (4, 7) and date[:4].isdigit() else 0


def _agree(a: str | None, b: str | None, window_days: int) -> bool:
    """Whether two dates can be one happening's: undated, days within the window, else equal where both speak."""
    pa, pb = _precision(a), _precision(b)
    if not pa or not pb:
        return True
    if pa == pb == 10:
        return abs((day_ordinal(a or "") or 0) - (day_ordinal(b or "") or 0)) <= window_days
    p = min(pa, pb)
    return (a or "")[:p] == (b or "")[:p]


def _not_after(announced: str | None, act: str | None) -> bool:
    """Whether an announcement is not dated after the act (at their common precision, or when one is undated)."""
    pa, pb = _precision(announced), _precision(act)
    if not pa or not pb:
        return True
    p = min(pa, pb)
    return (announced or "")[:p] <= (act or "")[:p]


def _consistent(x: _Stamp, y: _Stamp, window_days: int) -> bool:
    if x[1] != y[1]:
        announced, act = (x[0], y[0]) if x[1] else (y[0], x[0])
        return _not_after(announced, act)
    return _agree(x[0], y[0], window_days)


def link_strength(a: Event, b: Event, window_days: int) -> float:
    """How strongly two mentions of one dyad and merge type say they are one happening (0: not linked).

    The content is compared only where the dates leave the question open (a same-day link needs no words)."""
    pa, pb = _precision(a.date), _precision(b.date)
    if announces(a) != announces(b):
        same_date = pa and pb and (a.date or "")[:min(pa, pb)] == (b.date or "")[:min(pa, pb)]
        if not same_date:
            return 0.0
        overlap = content_overlap(a, b)
        return 1.0 + overlap if overlap >= STRONG and shares_more_than_trigger(a, b) else 0.0
    if not pa or not pb:
        if pa or pb:
            return _dated_with_undated(a, b)
        overlap = content_overlap(a, b)
        return 1.0 + overlap if overlap >= STRONG else 0.0
    if not _agree(a.date, b.date, window_days):
        return 0.0
    if pa == pb == 10 and a.date == b.date:
        if not (spans_period(a) or spans_period(b)):
            return 3.5 if same_trigger(a, b) else 3.0
        overlap = content_overlap(a, b)
        return 1.0 + overlap if overlap >= STRONG and shares_more_than_trigger(a, b) else 0.0
    overlap = content_overlap(a, b)
    if pa == pb == 10:
        if spans_period(a) != spans_period(b):
            return 0.0  # a course of acts told by another story's day is not the act of some other day
        return 1.0 + overlap if overlap >= STRONG else 0.0
    if pa != pb:
        return 1.0 + overlap if same_trigger(a, b) and overlap >= STRONG else 0.0
    if pa == 7:
        return 2.0 + overlap if a.doc_id == b.doc_id or same_trigger(a, b) or overlap >= WEAK else 0.0
    return 1.5 + overlap if same_trigger(a, b) or overlap >= WEAK else 0.0


def _dated_with_undated(a: Event, b: Event) -> float:
    """The link of a dated mention with an undated one: saying the same thing (``STRONG``) with the same trigger,
    or in one story with specific content in common; never two mentions of one sentence."""
    if a.doc_id == b.doc_id and a.sentence_index == b.sentence_index:
        return 0.0
    overlap = content_overlap(a, b)
    if overlap < STRONG:
        return 0.0
    return 1.0 + overlap if same_trigger(a, b) or (a.doc_id == b.doc_id and shares_specific(a, b)) else 0.0


def _candidates(events: Sequence[Event], window_days: int) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) whose dates could agree: days within the window, a vague date with every date it
    contains, undated with undated and with dated."""
    days: list[tuple[int, int]] = []
    holding: dict[str, list[int]] = defaultdict(list)
    vague: list[int] = []
    undated: list[int] = []
    dated: list[int] = []
    for i, event in enumerate(events):
        p = _precision(event.date)
        if not p:
            undated.append(i)
            continue
        dated.append(i)
        date = event.date or ""
        for prefix in {date[:4], date[:7]} if p >= 7 else {date[:4]}:
            holding[prefix].append(i)
        if p == 10:
            days.append((day_ordinal(date) or 0, i))
        else:
            vague.append(i)
    days.sort()
    for k, (ordinal, i) in enumerate(days):
        for other, j in days[k + 1:]:
            if other - ordinal > window_days:
                break
            yield min(i, j), max(i, j)
    for i in vague:
        for j in holding[events[i].date or ""]:
            if j != i and (_precision(events[j].date) > _precision(events[i].date) or j > i):
                yield min(i, j), max(i, j)
    yield from combinations(undated, 2)
    for i in undated:
        for j in dated:
            yield min(i, j), max(i, j)


def _unambiguous(events: Sequence[Event], links: list[tuple[float, int, int]], window_days: int
                 ) -> list[tuple[float, int, int]]:
    """The links less those of a vague mention to precise mentions that cannot be one happening."""
    finer: dict[int, list[int]] = defaultdict(list)
    for _, i, j in links:
        pi, pj = _precision(events[i].date), _precision(events[j].date)
        if pi and pj and pi != pj:
            vague, precise = (i, j) if pi < pj else (j, i)
            finer[vague].append(precise)
    ambiguous = {v for v, ps in finer.items()
                 if any(not _agree(events[x].date, events[y].date, window_days) for x, y in combinations(ps, 2))}
    return [(s, i, j) for s, i, j in links
            if not ({i, j} & ambiguous and _precision(events[i].date) != _precision(events[j].date))]


def _may_have_spoken(event: Event) -> bool:
    """Whether a mention is a statement that happened (a verbal act, not announced): those said by different
    named people never share a cluster."""
    return event.quad_class in (1, 3) and event.modality != "future"


def _apart(a: Event, b: Event) -> bool:
    """Two verbal acts that can never be one happening, however they are linked: statements said by different
    named people, or meetings held with different named people."""
    return said_by_different_people(a, b) or met_different_people(a, b)


_SEQUEL = re.compile(
    r"^\W*(?:(?:just|only)\s+)?(?:(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|weeks?)\s+later\b|^\W*(?:the\s+)?(?:next|following)\s+day\b",
    re.IGNORECASE)
"""A sentence opening that tells a happening after the one the sentence before told ("Days later, ...")."""


def _follows(events: Sequence[Event], xs: list[int], ys: list[int], sequels: set[int]) -> bool:
    """Whether a mention of one side is in a sentence that opens with a sequel right after a sentence of the same
    story holding a mention of the other ("Last month, gunmen ambushed a bus." "Days later, a bomb killed 11
    miners."): two happenings, however they are linked."""
    for first, second in ((xs, ys), (ys, xs)):
        later = [k for k in second if k in sequels]
        if later:
            before = {(events[k].doc_id, events[k].sentence_index + 1) for k in first}
            if any((events[k].doc_id, events[k].sentence_index) in before for k in later):
                return True
    return False


def _another_after(events: Sequence[Event], xs: list[int], ys: list[int], others: set[int]) -> bool:
    """Whether a mention of one side is said to be another act ("In another attack", ``tells_another``) than a
    mention of the other side told in an earlier sentence of the same story."""
    for first, second in ((xs, ys), (ys, xs)):
        later = [k for k in second if k in others]
        if later:
            earliest: dict[str, int] = {}
            for k in first:
                e = events[k]
                earliest[e.doc_id] = min(earliest.get(e.doc_id, e.sentence_index), e.sentence_index)
            if any(events[k].doc_id in earliest and earliest[events[k].doc_id] < events[k].sentence_index
                   for k in later):
                return True
    return False


def cluster_mentions(events: Sequence[Event], window_days: int) -> list[list[Event]]:
    """Mentions of one dyad and merge type (in a fixed order) grouped into happenings, in order of first mention."""
    links = []
    for i, j in _candidates(events, window_days):
        strength = link_strength(events[i], events[j], window_days)
        if strength > 0:
            links.append((-strength, i, j))
    links = _unambiguous(events, links, window_days)
    links.sort()
    owner = list(range(len(events)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
    stamps: dict[int, set[_Stamp]] = {i: {(e.date, announces(e))} for i, e in enumerate(events)}
    voiced: dict[int, list[int]] = {i: [i] for i, e in enumerate(events) if _may_have_spoken(e)}
    sequels = {i for i, e in enumerate(events) if _SEQUEL.match(e.sentence)}
    others = {i for i, e in enumerate(events) if tells_another(e)}
    for _, i, j in links:
        a, b = sorted((owner[i], owner[j]))
        if a == b or not all(_consistent(x, y, window_days) for x in stamps[a] for y in stamps[b]):
            continue
        if a in voiced and b in voiced and any(_apart(events[x], events[y]) for x in voiced[a] for y in voiced[b]):
            continue
        if sequels and _follows(events, members[a], members[b], sequels):
            continue
        if others and _another_after(events, members[a], members[b], others):
            continue
        for k in members[b]:
            owner[k] = a
        members[a].extend(members.pop(b))
        stamps[a] |= stamps.pop(b)
        if b in voiced:
            voiced.setdefault(a, []).extend(voiced.pop(b))
    return [[events[k] for k in sorted(members[a])] for a in sorted(members)]
