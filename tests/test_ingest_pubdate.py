"""Publication dates found in the input: header lines, datelines, HTML metadata, URLs; None otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.ingest.pubdate import find_publication_date, parse_date_string


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI, Kenya — Tuesday 3 May 2022 — Kenya's president urged calm in Goma.", dt.date(2022, 5, 3)),
        ("KAMPALA, Jan. 9, 2024 (Reuters) - Uganda deployed troops.", dt.date(2024, 1, 9)),
        ("WASHINGTON (AP) — March 3, 2021 — The State Department said talks resumed.", dt.date(2021, 3, 3)),
        ("Kagame meets envoy\n\nKIGALI, 14 February 2023 - Rwanda's president met the envoy.",
         dt.date(2023, 2, 14)),
        ("date: 2022-08-11\n\nBlinken arrived in Kigali.", dt.date(2022, 8, 11)),
        ("Published 5 June 2019\nThe AU suspended Sudan.", dt.date(2019, 6, 5)),
        (" date 2021-11-30 Uganda and Congo began joint strikes on rebel camps.", dt.date(2021, 11, 30)),
    ],
)
def test_ingest_pubdate_from_text(text: str, expected: dt.date) -> None:
    assert find_publication_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "KIGALI, Aug 11 (Reuters) - Rwanda rejected the UN report.",  # no year anywhere
        "Rwanda said yesterday it would reopen the border.",
        "The talks in Luanda on 3 May 2022 ended without agreement.",  # a date in the story, not a dateline
        "Published 03/05/2022\nThe envoys met.",  # day and month could be swapped
        "No date is given in this article about the Burundi border.",
    ],
)
def test_ingest_pubdate_none_when_not_stated(text: str) -> None:
    assert find_publication_date(text) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example-news.com/world/africa/2022/08/11/blinken-kagame/", dt.date(2022, 8, 11)),
        ("https://example.org/news/rwanda-talks-2025-05-04.html", dt.date(2025, 5, 4)),
        ("https://example.org/africa/20230325/rusesabagina-freed", dt.date(2023, 3, 25)),
        ("https://example.org/africa/rusesabagina-freed", None),
        ("https://example.org/2022/13/45/not-a-date", None),
    ],
)
def test_ingest_pubdate_from_url(url: str, expected: dt.date | None) -> None:
    assert find_publication_date("The envoys met in Kigali.", url=url) == expected


def test_ingest_pubdate_yearless_dateline_takes_year_from_url() -> None:
    text = "KIGALI, Aug 11 (Reuters) - Rwanda rejected the UN report."
    assert find_publication_date(text, url="https://example.com/world/2022/08/rwanda-report") == dt.date(2022, 8, 11)
    assert find_publication_date(text, url="https://example.com/world/2022/09/rwanda-report") is None


def test_ingest_pubdate_from_html_metadata() -> None:
    html = ('<html><head><meta property="article:published_time" content="2009-06-10T08:00:00Z">'
            "</head><body><p>American instructors trained Rwandan soldiers.</p></body></html>")
    assert find_publication_date("American instructors trained Rwandan soldiers.", html=html) == dt.date(2009, 6, 10)


def test_ingest_pubdate_html_without_metadata_is_none() -> None:
    html = "<html><head><title>Talks</title></head><body><p>Envoys met on 3 May 2019 in Addis.</p></body></html>"
    assert find_publication_date("Envoys met on 3 May 2019 in Addis.", html=html) is None


def test_ingest_pubdate_header_beats_url() -> None:
    text = "date: 2012-07-22\n\nWASHINGTON — The US cut military aid."
    assert find_publication_date(text, url="https://example.com/2012/07/25/aid") == dt.date(2012, 7, 22)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-08-11", dt.date(2022, 8, 11)),
        ("2022-08-11T23:30:00-05:00", dt.date(2022, 8, 11)),
        ("Wed, 01 Dec 2021 09:00:00 GMT", dt.date(2021, 12, 1)),
        ("Sunday, May 4, 2025", dt.date(2025, 5, 4)),
        ("25/12/2020", dt.date(2020, 12, 25)),
        ("05/05/2020", dt.date(2020, 5, 5)),
        ("04/05/2020", None),
        ("yesterday", None),
        ("3 days ago", None),
        ("May 2022", None),
        ("2999-01-01", None),
        ("1850-01-01", None),
        ("", None),
    ],
)
def test_ingest_pubdate_parse_date_string(value: str, expected: dt.date | None) -> None:
    assert parse_date_string(value) == expected
