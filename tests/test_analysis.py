"""Dyad series, change points and networks on synthetic events."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.analysis import build_series, detect_change_points
from bilateral.analysis.series import next_period, period_of
from bilateral.errors import QueryError
from bilateral.models import EventMention, StoredEvent


def _stored(event, n: int = 1) -> StoredEvent:
    ref = EventMention(event.doc_id, event.sentence_index, event.sentence, 0, 10)
    return StoredEvent(event, event.event_id, n, 1, (ref,) * n)


def test_analysis_series_counts_events_not_mentions(make_event) -> None:
    visit = _stored(make_event("USAGOV", "RWAGOV", "042", date="2022-08-11"), n=5)
    accuse = _stored(make_event("CODGOV", "RWAGOV", "112", date="2022-08-20", sentence_index=1))
    s = build_series([visit, accuse], "USA", "RWA", directed=False, freq="month")
    assert len(s.points) == 1
    p = s.points[0]
    assert p.period == "2022-08-01" and p.events == 2
    assert p.quad_counts == (0, 0, 1, 0) or p.quad_counts[0] + p.quad_counts[2] == 2
    assert p.coop_minus_conflict == sum(p.quad_counts[:2]) - sum(p.quad_counts[2:])


def test_analysis_series_fills_empty_periods(make_event) -> None:
    a = _stored(make_event("USAGOV", "RWAGOV", "042", date="2022-01-15"))
    b = _stored(make_event("USAGOV", "RWAGOV", "042", date="2022-04-02", doc_id="d2"))
    s = build_series([a, b], "USA", "RWA", directed=False, freq="month")
    assert [p.period for p in s.points] == ["2022-01-01", "2022-02-01", "2022-03-01", "2022-04-01"]
    assert [p.events for p in s.points] == [1, 0, 0, 1]
    assert s.points[1].goldstein_mean is None


def test_analysis_series_leaves_out_coarser_dates_and_counts_them(make_event) -> None:
    year_only = _stored(make_event("USAGOV", "RWAGOV", "1621", date="2012"))
    day = _stored(make_event("USAGOV", "RWAGOV", "042", date="2012-07-21", doc_id="d2"))
    undated = _stored(make_event("USAGOV", "RWAGOV", "042", doc_id="d3"))
    monthly = build_series([year_only, day, undated], "USA", "RWA", directed=False, freq="month")
    assert sum(p.events for p in monthly.points) == 1 and monthly.coarser == 1 and monthly.undated == 1
    yearly = build_series([year_only, day, undated], "USA", "RWA", directed=False, freq="year")
    assert [p.events for p in yearly.points] == [2] and yearly.coarser == 0


@pytest.mark.parametrize(("day", "freq", "start", "after"), [
    (dt.date(2022, 8, 11), "week", dt.date(2022, 8, 8), dt.date(2022, 8, 15)),
    (dt.date(2022, 8, 11), "month", dt.date(2022, 8, 1), dt.date(2022, 9, 1)),
    (dt.date(2022, 12, 31), "quarter", dt.date(2022, 10, 1), dt.date(2023, 1, 1)),
    (dt.date(2022, 8, 11), "year", dt.date(2022, 1, 1), dt.date(2023, 1, 1)),
])
def test_analysis_periods(day: dt.date, freq: str, start: dt.date, after: dt.date) -> None:
    assert period_of(day, freq) == start
    assert next_period(start, freq) == after


def test_analysis_unknown_frequency_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="frequency"):
        build_series([], "USA", "RWA", directed=False, freq="fortnight")


def test_analysis_change_point_found_where_relationship_turns(make_event) -> None:
    found = []
    for month in range(1, 13):
        code = "057" if month <= 6 else "190" if month % 2 else "1621"
        for k in range(3):
            found.append(_stored(make_event("USAGOV", "RWAGOV", code, date=f"2020-{month:02d}-{10 + k}",
                                            doc_id=f"d{month}-{k}")))
    series = build_series(found, "USA", "RWA", directed=False, freq="month")
    shifts = detect_change_points(series)
    assert [s.period for s in shifts] == ["2020-07-01"]
    assert shifts[0].before_mean > 0 > shifts[0].after_mean
    assert shifts[0].events, "each change point is explained by events around it"


def test_analysis_no_change_point_in_flat_or_short_series(make_event) -> None:
    flat = [_stored(make_event("USAGOV", "RWAGOV", "042", date=f"2020-{m:02d}-01", doc_id=f"d{m}"))
            for m in range(1, 13)]
    assert detect_change_points(build_series(flat, "USA", "RWA", directed=False, freq="month")) == []
    assert detect_change_points(build_series(flat[:3], "USA", "RWA", directed=False, freq="month")) == []
