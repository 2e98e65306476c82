"""Exports load in analysis tools as the codebook says: ISO dates, CAMEO codes as text, flat actor columns, the
document's URL, title and outlet, and a Phoenix file with the published 26 columns in order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from bilateral.cli import app
from bilateral.store import Store
from bilateral.store.export import COLUMN_TYPES, FLAT_COLUMNS, PHOENIX_COLUMNS, date_bounds

CODEBOOK = Path(__file__).resolve().parents[1] / "docs" / "codebook.md"

PUBLISHED_PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
]
"""The Phoenix event data columns as the Open Event Data Alliance published them (phoenixdata.org), in order."""

runner = CliRunner()


def _export(store: Store, fmt: str, path: Path, *extra: str) -> Path:
    result = runner.invoke(app, ["events", "--db", store.path, "--format", fmt, "-o", str(path), *extra])
    assert result.exit_code == 0, result.output
    return path


def _snippets(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", CODEBOOK.read_text(encoding="utf-8"), flags=re.S)


def test_export_phoenix_has_the_published_columns_in_order(dyad_store: Store, tmp_path: Path) -> None:
    assert list(PHOENIX_COLUMNS) == PUBLISHED_PHOENIX_COLUMNS
    lines = _export(dyad_store, "phoenix", tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == PUBLISHED_PHOENIX_COLUMNS
    rows = [dict(zip(PUBLISHED_PHOENIX_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == 10
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert (visit["Date"], visit["Year"], visit["Month"], visit["Day"]) == ("20220811", "2022", "8", "11")
    assert (visit["SourceActorFull"], visit["SourceActorEntity"], visit["SourceActorRole"]) == ("USAGOV", "USA", "GOV")
    assert (visit["EventRootCode"], visit["PentaClass"], visit["URLs"], visit["NewsSources"]) == (
        "04", "1", "https://example.org/1", "VOA")
    appeal = next(r for r in rows if r["EventCode"] == "020")
    assert appeal["PentaClass"] == "0", "Phoenix's neutral class for roots 01-02"
    year_only = next(r for r in rows if r["EventCode"] == "1621")
    assert (year_only["Date"], year_only["Year"], year_only["Month"], year_only["Day"]) == ("20120101", "2012", "", "")
    headless = _export(dyad_store, "phoenix", tmp_path / "h.tsv", "--no-header").read_text().splitlines()
    assert headless == lines[1:]


def test_export_csv_and_phoenix_load_in_pandas_with_the_codebook_dtypes(dyad_store: Store, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    _export(dyad_store, "csv", tmp_path / "events.csv")
    _export(dyad_store, "phoenix", tmp_path / "events.tsv")
    _export(dyad_store, "parquet", tmp_path / "events.parquet")
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    (snippet,) = _snippets("python")
    exec(snippet, scope)  # the codebook's own loading code
    events, phoenix = scope["events"], scope["phoenix"]
    assert list(events.columns) == list(FLAT_COLUMNS) and len(events) == 10
    assert sorted(events["cameo"].dropna()) == sorted(["042", "020", "036", "1621", "112", "163", "057", "190",
                                                        "190", "0831"])
    for col in ("date_start", "date_end", "published"):
        assert pd.api.types.is_datetime64_any_dtype(events[col]), col
    assert events["quad_class"].dtype == "int64" and events["goldstein"].dtype == "float64"
    assert set(events.loc[events["cameo"] == "020", "quad_class"]) == {1}, "an appeal is verbal cooperation"
    visit = events[events["cameo"] == "042"].iloc[0]
    assert (visit["url"], visit["title"], visit["outlet"]) == ("https://example.org/1", "Blinken in Kigali", "VOA")
    assert (visit["source_code"], visit["source_country"], visit["target_code"]) == ("USAGOV", "USA", "RWAGOV")
    assert str(visit["date_start"].date()) == "2022-08-11"
    assert list(phoenix.columns) == PUBLISHED_PHOENIX_COLUMNS and len(phoenix) == 10
    assert pd.api.types.is_datetime64_any_dtype(phoenix["Date"]) and str(phoenix["Day"].dtype) == "Int64"
    assert "0831" in set(phoenix["EventCode"]) and str(phoenix["Year"].dtype) == "Int64"
    parquet = pd.read_parquet("events.parquet")
    assert parquet["cameo"].map(type).eq(str).all() and len(scope["yearly"]) > 0


def test_export_parquet_and_jsonl_types(dyad_store: Store, tmp_path: Path) -> None:
    table = pq.read_table(_export(dyad_store, "parquet", tmp_path / "e.parquet"))
    assert table.column_names == list(FLAT_COLUMNS)
    types = {f.name: str(f.type) for f in table.schema}
    assert types["cameo"] == "string" and types["date_start"] == "date32[day]" and types["quad_class"] == "int64"
    lines = _export(dyad_store, "jsonl", tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    year_only = next(r for r in records if r["cameo"] == "1621")
    assert (year_only["date"], year_only["date_start"], year_only["date_end"]) == ("2012", "2012-01-01", "2012-12-31")
    assert year_only["document"] == {"url": "https://example.org/2", "title": "Aid cut", "outlet": "VOA",
                                     "published": "2012-07-23"}
    undated = next(r for r in records if r["cameo"] == "0831")
    assert undated["date_start"] is None and undated["document"]["url"] is None


def test_export_duckdb_snippets_of_the_codebook_run(dyad_store: Store, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _export(dyad_store, "csv", tmp_path / "events.csv")
    _export(dyad_store, "phoenix", tmp_path / "events.tsv")
    monkeypatch.chdir(tmp_path)
    (r_snippet,) = _snippets("r")
    queries = re.findall(r'dbGetQuery\(con, "(.*?)"\)', r_snippet)
    assert len(queries) == 2
    con = duckdb.connect()
    events = con.execute(queries[0].replace("\\t", "\t")).fetchdf()
    assert "042" in set(events["cameo"])
    phoenix = con.execute(queries[1].replace("\\t", "\t")).fetchdf()
    assert "0831" in set(phoenix["EventCode"]) and str(phoenix["Date"].dropna().iloc[0])[:4].isdigit()


def test_export_codebook_describes_every_column() -> None:
    text = CODEBOOK.read_text(encoding="utf-8")
    missing = [c for c in COLUMN_TYPES if f"`{c}`" not in text and not c.startswith(("target_", "location_l"))]
    assert not missing, f"columns the codebook does not describe: {missing}"
    described = [c for c in PHOENIX_COLUMNS if f"`{c}`" in text or c.startswith("TargetActor")]
    assert described == list(PHOENIX_COLUMNS), set(PHOENIX_COLUMNS) - set(described)


@pytest.mark.parametrize(("date", "start", "end"), [
    ("2012", "2012-01-01", "2012-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("1994-04-22", "1994-04-22", "1994-04-22")])
def test_export_date_bounds(date: str, start: str, end: str) -> None:
    assert tuple(d.isoformat() for d in date_bounds(date) if d) == (start, end)


def test_export_csv_on_stdout_is_never_wrapped(dyad_store: Store) -> None:
    result = runner.invoke(app, ["events", "--db", dyad_store.path, "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == ",".join(FLAT_COLUMNS)
    assert "\x1b[" not in result.stdout
