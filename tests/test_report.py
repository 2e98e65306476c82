"""The dyad report reads true at any span: a frequency chosen from the span, labels and headings that say exactly
what they cover, every counted event listed in its period (coarser-dated ones too), a summary line that matches
the period's events, sources linked, uncounted events listed apart, and an unknown actor refused."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bilateral.analysis import build_series
from bilateral.analysis.series import period_label, span_label
from bilateral.cli import app
from bilateral.errors import QueryError
from bilateral.models import EventMention, StoredEvent
from bilateral.report import build_report, render_html, render_markdown
from bilateral.report.build import choose_freq
from bilateral.report.charts import relationship_chart
from bilateral.report.render import period_summary
from bilateral.store import Store


def _stored(event) -> StoredEvent:
    return StoredEvent(event, event.event_id, 1, 1, (EventMention(event.doc_id, event.sentence_index, "s", 0, 1),))


@pytest.mark.parametrize(("first", "last", "freq"), [
    ("2022-08-01", "2022-10-30", "week"), ("2021-01-05", "2022-12-20", "month"),
    ("2015-03-01", "2024-06-01", "quarter"), ("1994-04-22", "2025-06-27", "year")])
def test_report_frequency_is_chosen_from_the_span(make_event, first: str, last: str, freq: str) -> None:
    events = [_stored(make_event("USAGOV", "RWAGOV", "042", date=first)),
              _stored(make_event("USAGOV", "RWAGOV", "042", date=last, doc_id="d2"))]
    assert choose_freq(events) == freq


@pytest.mark.parametrize(("freq", "first", "last", "label"), [
    ("year", "2008-01-01", "2011-01-01", "2008 – 2011"), ("quarter", "2012-07-01", "2013-04-01", "2012 Q3 – 2013 Q2"),
    ("month", "2025-04-01", "2025-05-01", "April 2025 – May 2025"), ("month", "2025-04-01", "2025-04-01", "April 2025"),
    ("week", "2022-08-08", "2022-08-15", "2022-08-08 – 2022-08-21")])
def test_report_headings_are_exact(freq: str, first: str, last: str, label: str) -> None:
    assert span_label(first, last, freq) == label


def test_report_on_the_store(dyad_store: Store) -> None:
    report = build_report(dyad_store, "usa", "RWA", freq="month")
    assert report.series.freq == "month" and report.total_events == 5
    (period,) = report.periods
    assert period.coarser == 1 and period.events == 4, "the event dated only to 2012 is listed and counted"
    listed = [s for ep in period.episodes for s in ep.key_events]
    assert "2012" in {s.event.date for s in listed}
    assert {s.event.modality for s in listed} == {"asserted"}
    assert {s.event.modality for s in period.set_apart} == {"negated", "alleged", "hypothetical", "future"}
    assert span_label(period.start, period.end, "month") == "February 2008 – September 2022"
    line = period_summary(period)
    assert line.startswith("February 2008 – September 2022: 4 asserted events, 75% cooperation and 25% conflict")
    assert "Not counted: 1 alleged, 1 announced, 1 hypothetical, 1 denied." in line
    assert build_report(dyad_store, "USA", "RWA").series.freq == "year"


def test_report_summary_matches_its_events(make_event) -> None:
    days = [("2020-01-10", "042"), ("2020-02-10", "057"), ("2020-03-10", "112"), ("2020-04-10", "190")]
    events = [_stored(make_event("USAGOV", "RWAGOV", c, date=d, doc_id=f"d{i}")) for i, (d, c) in enumerate(days)]
    from bilateral.report.build import periods_between

    (period,) = periods_between(build_series(events, "USA", "RWA", directed=False, freq="month"), [])
    assert period.events == sum(ep.events for ep in period.episodes) == 4
    assert period_summary(period).startswith("January 2020 – April 2020: 4 asserted events, 50% cooperation and "
                                             "50% conflict")
    one = periods_between(build_series(events[:1], "USA", "RWA", directed=False, freq="month"), [])
    assert period_summary(one[0]).startswith("January 2020: 1 asserted event, 100% cooperation")


def test_report_renders_links_counts_and_no_bad_plurals(dyad_store: Store) -> None:
    report = build_report(dyad_store, "USA", "RWA", freq="month")
    page = render_html(report)
    assert '<a href="https://example.org/1">Blinken in Kigali</a>' in page
    assert "javascript:" not in page, "only http(s) URLs become links"
    assert not re.search(r"\b1 (events|mentions|documents|change points)\b", page)
    assert "Not counted: 1 alleged, 1 announced, 1 hypothetical, 1 denied" in page
    md = render_markdown(report)
    assert "[Blinken in Kigali](https://example.org/1)" in md and "## Undated events" in md
    assert "**denied** 2008-02-20" in md and not re.search(r"\b1 (events|mentions)\b", md)


def test_report_chart_labels_are_readable_at_any_span(make_event) -> None:
    events = [_stored(make_event("USAGOV", "RWAGOV", "042", date=f"{y}-06-01", doc_id=f"d{y}"))
              for y in range(1994, 2026)]
    monthly = build_series(events, "USA", "RWA", directed=False, freq="month")
    assert len(monthly.points) > 370
    spec = relationship_chart(monthly, [])
    axis = spec["layer"][0]["encoding"]["x"]["axis"]
    assert len(axis["values"]) <= 60 and axis["values"][0] == "1994-06"
    yearly = relationship_chart(build_series(events, "USA", "RWA", directed=False, freq="year"), [])
    assert yearly["layer"][0]["encoding"]["x"]["axis"]["values"][:2] == ["1994", "1996"], "every other year fits"
    assert period_label(dt.date(2012, 7, 1), "quarter") == "2012 Q3"


def test_report_unknown_actor_is_an_error_with_suggestions(dyad_store: Store, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match=r"no stored event involves actor 'RWB'.*did you mean RWA"):
        build_report(dyad_store, "USA", "RWB")
    with pytest.raises(QueryError, match="did you mean RWA"):
        build_report(dyad_store, "USA", "Rwanda")
    result = CliRunner().invoke(app, ["report", "USA", "XYZ", "--db", dyad_store.path, "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "no stored event involves actor 'XYZ'" in result.stderr
    assert not (tmp_path / "r.html").exists()
    timeline = CliRunner().invoke(app, ["timeline", "USAA", "RWA", "--db", dyad_store.path])
    assert timeline.exit_code == 1 and "did you mean USA" in timeline.stderr
    network = CliRunner().invoke(app, ["network", "--actor", "RWX", "--db", dyad_store.path])
    assert network.exit_code == 1 and "did you mean RWA" in network.stderr
