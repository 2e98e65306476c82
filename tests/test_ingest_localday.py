"""The publication day is the local day where the story was written: dateline place, else outlet, else as written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bilateral.ingest import read_inputs
from bilateral.ingest.localday import dateline_zone, local_day, outlet_zone, parse_instant
from bilateral.models import Document
from bilateral.settings import Settings

OUTLET = "https://www.voanews.com/a/example-story/123.html"


@pytest.mark.parametrize(
    ("value", "utc"),
    [
        ("2025-03-13 01:40:00Z", dt.datetime(2025, 3, 13, 1, 40, tzinfo=dt.timezone.utc)),
        ("2025-03-13T04:40:00+03:00", dt.datetime(2025, 3, 13, 1, 40, tzinfo=dt.timezone.utc)),
        ("Thu, 13 Mar 2025 01:40:00 +0000", dt.datetime(2025, 3, 13, 1, 40, tzinfo=dt.timezone.utc)),
    ],
)
def test_localday_instant_with_time_and_zone(value: str, utc: dt.datetime) -> None:
    assert parse_instant(value) == utc


@pytest.mark.parametrize("value", ["2025-03-13", "2025-03-13 01:40", "13 March 2025", "last week", ""])
def test_localday_no_instant_without_time_or_zone(value: str) -> None:
    assert parse_instant(value) is None


def test_localday_late_evening_at_the_outlet_is_the_previous_day() -> None:
    late = dt.datetime(2025, 3, 13, 1, 40, tzinfo=dt.timezone.utc)  # 21:40 in Washington on the 12th
    assert local_day(late, "The envoy met the minister on Tuesday.", OUTLET) == dt.date(2025, 3, 12)
    assert local_day(late, "The envoy met the minister.", None, "Voice of America") == dt.date(2025, 3, 12)
    midday = dt.datetime(2025, 3, 13, 15, 0, tzinfo=dt.timezone.utc)
    assert local_day(midday, "The envoy met the minister.", OUTLET) == dt.date(2025, 3, 13)


def test_localday_dateline_place_wins_over_the_outlet() -> None:
    early = dt.datetime(2025, 3, 13, 2, 0, tzinfo=dt.timezone.utc)
    # east of UTC the day stands: 07:00 in Islamabad, not 22:00 the evening before in Washington
    assert local_day(early, "ISLAMABAD — Police detained two men.", OUTLET) == dt.date(2025, 3, 13)
    assert local_day(early, "NAIROBI, Kenya — The talks resumed.", OUTLET) == dt.date(2025, 3, 13)
    # west of UTC it moves back
    assert local_day(early, "BOGOTA, Colombia — The talks resumed.") == dt.date(2025, 3, 12)
    assert str(dateline_zone("KABUL/ISLAMABAD — Talks resumed.")) == "Asia/Kabul"


@pytest.mark.parametrize("text", ["U.S. officials said on Monday — and again today — that talks resumed.",
                                  "NATO — the alliance — met on Monday.", "The talks resumed on Monday."])
def test_localday_no_dateline_place(text: str) -> None:
    assert dateline_zone(text) is None


def test_localday_unknown_outlet_keeps_the_written_day() -> None:
    assert outlet_zone("https://news.example.org/a/b", "Example Desk") is None
    assert outlet_zone("https://editions.voanews.com/x", None) is not None  # a subdomain of a known host
    written = dt.datetime(2025, 2, 4, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert local_day(written, "The ministers met.", "https://news.example.org/a/b") == dt.date(2025, 2, 4)
    utc = dt.datetime(2025, 2, 4, 1, 0, tzinfo=dt.timezone.utc)
    assert local_day(utc, "The ministers met.") == dt.date(2025, 2, 4)


def _published(tmp_path: Path, record: dict[str, str]) -> dt.date | None:
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n")
    [doc] = read_inputs([str(tmp_path / "r.jsonl")], Settings())
    assert isinstance(doc, Document)
    return doc.published


def test_localday_records_read_their_timestamp_at_the_outlet(tmp_path: Path) -> None:
    text = "The ministers met in Geneva on Monday."
    assert _published(tmp_path, {"text": text, "url": OUTLET, "published": "2025-03-13 01:40:00Z"}) \
        == dt.date(2025, 3, 12)
    assert _published(tmp_path, {"text": text, "url": OUTLET, "published": "2025-03-13"}) == dt.date(2025, 3, 13)
    assert _published(tmp_path, {"text": text, "published": "2025-03-13 01:40:00Z"}) == dt.date(2025, 3, 13)
