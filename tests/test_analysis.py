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


def _sparse_history(make_event) -> list[StoredEvent]:
    """Cooperation in 2008-2009, conflict in 2012-2013 and 2022, with years of silence in between."""
    spec = [("2008-02-19", "057"), ("2008-02-20", "042"), ("2009-06-10", "062"), ("2009-06-12", "042"),
            ("2012-07-21", "1621"), ("2012-07-22", "112"), ("2013-10-04", "1622"),
            ("2022-08-11", "112"), ("2022-08-12", "120"), ("2022-08-15", "112")]
    return [_stored(make_event("USAGOV", "RWAGOV", code, date=day, doc_id=f"d{i}")) for i, (day, code) in
            enumerate(spec)]


def test_analysis_change_points_ignore_empty_months(make_event) -> None:
    # 180 mostly empty months: zeros would read as a neutral relationship; the shift is the 2012 turn only
    series = build_series(_sparse_history(make_event), "USA", "RWA", directed=False, freq="month")
    assert len(series.points) > 150
    shifts = detect_change_points(series)
    assert [s.period for s in shifts] == ["2012-07-01"]
    assert shifts[0].before_mean == 1.0 and shifts[0].after_mean == -1.0


def test_analysis_change_points_same_at_any_frequency(make_event) -> None:
    for freq in ("month", "quarter", "year"):
        series = build_series(_sparse_history(make_event), "USA", "RWA", directed=False, freq=freq)
        assert [s.period[:4] for s in detect_change_points(series)] == ["2012"], freq


def test_analysis_report_episodes_split_on_a_year_of_silence(make_event) -> None:
    from bilateral.report.build import episodes_of

    episodes = episodes_of(_sparse_history(make_event))
    assert [(e.start[:7], e.end[:7], e.events) for e in episodes] == [
        ("2008-02", "2008-02", 2), ("2009-06", "2009-06", 2), ("2012-07", "2012-07", 2), ("2013-10", "2013-10", 1),
        ("2022-08", "2022-08", 3)]
    assert episodes[-1].type_counts[0] == ("ACCUSE", 2)
    assert [e.events for e in episodes_of(_sparse_history(make_event), gap_days=3650)] == [10]
    assert all(e.key_events for e in episodes)


def test_analysis_change_points_same_at_any_frequency_with_year_dated_events(make_event) -> None:
    # conflict in 1994, then cooperation from 1998 with half of it dated only to the year; the turn is 1998
    spec = [("1994-04-22", "190"), ("1994-05-02", "112"), ("1995", "1621"), ("1998-03-25", "042"), ("2000", "057"),
            ("2004", "042"), ("2004", "062"), ("2008-02-19", "057"), ("2009", "042")]
    found = [_stored(make_event("USAGOV", "RWAGOV", code, date=day, doc_id=f"d{i}")) for i, (day, code) in
             enumerate(spec)]
    years = {freq: [s.period[:4] for s in detect_change_points(build_series(found, "USA", "RWA", directed=False,
                                                                            freq=freq))]
             for freq in ("month", "quarter", "year")}
    assert years == {"month": ["1998"], "quarter": ["1998"], "year": ["1998"]}
