"""Reading every input format into Documents: fields, ids, dates, directories, gzip, stdin, duplicates."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest

from bilateral.ingest import read_inputs
from bilateral.ingest.jsonl import json_depth
from bilateral.models import Document, Failure
from bilateral.settings import Settings, load_settings

DATA = Path(__file__).parent / "data" / "ingest"

ARTICLE = (
    "Rwanda and Burundi agree to reopen border\n\n"
    "KIGALI, Feb 2 — Rwanda's foreign minister met his Burundian counterpart in Kigali on Friday and both "
    "governments agreed to reopen the main border crossing.\n\n"
    "The ministers said a joint commission would meet again in Bujumbura next month.\n"
)


def _settings(**changes: Any) -> Settings:
    return load_settings(overrides=changes) if changes else Settings()


def _read(paths: list[str], stdin: bytes | None = None, **changes: Any) -> list[Document | Failure]:
    return list(read_inputs(paths, _settings(**changes), stdin=io.BytesIO(stdin) if stdin is not None else None))


def _docs(items: list[Document | Failure]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _failures(items: list[Document | Failure]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def test_ingest_text_header_block(tmp_path: Path) -> None:
    path = tmp_path / "border-deal.txt"
    path.write_text("Title: Rwanda and Burundi reopen border\nDATE: 2024-02-02\nsource: Example Wire\n"
                    "url: https://wire.example.net/2024/02/02/border\n\n" + ARTICLE.split("\n\n", 1)[1])
    [doc] = _read([str(path)])
    assert isinstance(doc, Document)
    assert doc.id == "border-deal"
    assert doc.title == "Rwanda and Burundi reopen border"
    assert doc.published == dt.date(2024, 2, 2)
    assert doc.source == "Example Wire"
    assert doc.url == "https://wire.example.net/2024/02/02/border"
    assert doc.text.startswith("KIGALI, Feb 2")
    assert doc.language == "en"
    assert doc.origin == str(path)


def test_ingest_text_title_line_and_undated(tmp_path: Path) -> None:
    path = tmp_path / "border.md"
    path.write_text(ARTICLE)
    [doc] = _docs(_read([str(path)]))
    assert doc.title == "Rwanda and Burundi agree to reopen border"
    assert doc.text.startswith("Rwanda and Burundi agree")
    assert doc.published is None  # a dateline without a year does not date it


def test_ingest_text_first_line_sentence_is_not_title(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Uganda sent troops into eastern Congo on Tuesday.\nThe army said it would stay.")
    (tmp_path / "b.txt").write_text("By Amina Yusuf, East Africa correspondent\n\nKenya and Somalia restored ties.")
    (tmp_path / "c.txt").write_text("Menu Close\n\nKenya and Somalia restored diplomatic ties on Monday.")
    assert [d.title for d in _docs(_read([str(tmp_path)]))] == [None, None, None]


def test_ingest_non_utf8_text_is_decoded(tmp_path: Path) -> None:
    body = ("Le président congolais Félix Tshisekedi a reçu à Kinshasa l’envoyé spécial de l’Union africaine, "
            "qui a exprimé « une préoccupation sérieuse » — selon un communiqué publié dimanche.\n")
    (tmp_path / "cp1252.txt").write_bytes(body.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes(body.replace("’", "'").replace("—", "-").encode("latin-1"))
    docs = _docs(_read([str(tmp_path)]))
    assert [d.id for d in docs] == ["cp1252", "latin1"]
    assert "Félix Tshisekedi" in docs[0].text and "l’envoyé" in docs[0].text and "—" in docs[0].text
    assert "préoccupation sérieuse" in docs[1].text


def test_ingest_directory_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "second.txt").write_text("Kenya recalled its ambassador from Kinshasa on Monday.")
    (tmp_path / "a" / "first.text").write_text("Tanzania signed a trade accord with Uganda on Friday.")
    (tmp_path / "a" / "README").write_text("Ethiopia and Eritrea restored flights between their capitals.")
    (tmp_path / ".cache" / "hidden.txt").write_text("This must not be read.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00")
    items = _read([str(tmp_path)])
    assert _failures(items) == []
    assert [d.id for d in _docs(items)] == ["a/README", "a/first", "b/second"]


def test_ingest_ids_stable_across_reads(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "border.txt").write_text(ARTICLE)
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"text": "Uganda and Kenya signed a pipeline deal in Nairobi on Monday."}) + "\n"
        + json.dumps({"text": "Kenya's president visited Kampala.", "url": "https://Example.com/a/b/?x=1"}) + "\n")
    first = [d.id for d in _docs(_read([str(tmp_path)]))]
    second = [d.id for d in _docs(_read([str(tmp_path)]))]
    assert first == second
    assert first[0] == "news/border"
    assert first[1].startswith("wire-") and len(first[1]) == len("wire-") + 12
    assert first[2] == "example.com/a/b-x-1"  # host lowercased, www and trailing slash dropped


def test_ingest_jsonl_id_survives_line_moves(tmp_path: Path) -> None:
    a = {"text": "Angola's president hosted talks between Congo and Rwanda in Luanda."}
    b = {"text": "The East African Community summit opened in Arusha on Thursday."}
    (tmp_path / "one.jsonl").write_text(json.dumps(a) + "\n" + json.dumps(b) + "\n")
    before = {d.text: d.id for d in _docs(_read([str(tmp_path / "one.jsonl")]))}
    (tmp_path / "one.jsonl").write_text("\n" + json.dumps(b) + "\n" + json.dumps(a) + "\n")
    after = {d.text: d.id for d in _docs(_read([str(tmp_path / "one.jsonl")]))}
    assert before == after


def test_ingest_jsonl_fields(tmp_path: Path) -> None:
    record = {"id": 42, "title": "AU suspends Niger", "text": "The African Union suspended Niger on Tuesday.",
              "url": "https://x.example/au", "source": "Desk", "date": "2023-08-22T10:00:00Z", "lang": "fr-FR"}
    (tmp_path / "r.ndjson").write_text(json.dumps(record) + "\n")
    [doc] = _docs(_read([str(tmp_path / "r.ndjson")]))
    assert (doc.id, doc.title, doc.url, doc.source) == ("42", "AU suspends Niger", "https://x.example/au", "Desk")
    assert doc.published == dt.date(2023, 8, 22)
    assert doc.language == "fr"
    assert doc.origin == f"{tmp_path / 'r.ndjson'}:1"


def test_ingest_jsonl_bad_published_falls_back_to_text(tmp_path: Path) -> None:
    record = {"id": "x", "published": "last week",
              "text": "NAIROBI, Kenya — Tuesday 3 May 2022 — Kenya's president urged calm in Goma."}
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n")
    [doc] = _docs(_read([str(tmp_path / "r.jsonl")]))
    assert doc.published == dt.date(2022, 5, 3)


def test_ingest_csv_rows_and_multiline_cells(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text(
        "ID,Title,Text,Published\n"
        'c1,Talks,"Rwanda and Congo resumed talks in Doha.\n\nQatar hosted them.",2025-03-18\n'
        "c2,Sanctions,The EU sanctioned three M23 commanders.,2024-12-16\n", encoding="utf-8-sig")
    docs = _docs(_read([str(path)]))
    assert [(d.id, d.published) for d in docs] == [("c1", dt.date(2025, 3, 18)), ("c2", dt.date(2024, 12, 16))]
    assert "\n\nQatar hosted them." in docs[0].text
    assert docs[1].origin == f"{path}:5"


def test_ingest_tsv_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    path.write_bytes("id\ttext\nt1\tKenya’s Ruto met Félix Tshisekedi in Nairobi.\n".encode("cp1252"))
    [doc] = _docs(_read([str(path)]))
    assert doc.text == "Kenya’s Ruto met Félix Tshisekedi in Nairobi."


def test_ingest_html_main_text_and_metadata() -> None:
    [doc] = _read([str(DATA / "kinshasa-talks.html")])
    assert isinstance(doc, Document)
    assert doc.id == "kinshasa-talks"
    assert doc.title == "Congo and Angola agree to revive Luanda talks"
    assert doc.published == dt.date(2024, 3, 14)
    assert "Felix Tshisekedi and Angolan President Joao Lourenco" in doc.text
    assert "Subscribe now" not in doc.text and "Football results" not in doc.text
    assert doc.url == "https://www.example-times.com/africa/congo-angola-luanda-talks"
    assert doc.language == "en"


def test_ingest_html_falls_back_to_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_text("<html><head><title>Envoy visit</title><script>var x = 1;</script></head>"
                    "<body>Envoy arrives in Juba.</body></html>")
    [doc] = _docs(_read([str(path)]))
    assert doc.text == "Envoy arrives in Juba."
    assert doc.title == "Envoy visit"


def test_ingest_rss_entries() -> None:
    items = _read([str(DATA / "great-lakes.rss")])
    first, second = _docs(items)
    assert first.id == "wire.example.net/2025/02/03/burundi-reopens-border"
    assert first.title == "Burundi reopens border crossings with Rwanda"
    assert first.published == dt.date(2025, 2, 3)
    assert first.text.startswith("Burundi reopened two border crossings")  # full content, not the teaser
    assert "\n\nRwanda's government said" in first.text
    assert first.source == "Example Wire: Great Lakes"
    assert second.id == "wire-uganda-defence-chiefs-0204"
    assert second.published == dt.date(2025, 2, 4)  # the writer's local date, not shifted to UTC
    assert second.text.startswith("Ugandan army chief") and "<p>" not in second.text


def test_ingest_atom_and_xml_feed(tmp_path: Path) -> None:
    (tmp_path / "au.xml").write_bytes((DATA / "au-summit.atom").read_bytes())
    [doc] = _docs(_read([str(tmp_path / "au.xml")]))
    assert doc.id == "urn:example:desk:au:2023-02-19-suspensions"
    assert doc.url == "https://desk.example.org/au/2023/02/19/suspensions"
    assert doc.published == dt.date(2023, 2, 19)
    assert doc.text.startswith("The African Union upheld")


def test_ingest_gzip_transparent(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"g{i}", "text": f"Item {i}: Kenya and Somalia held border talks."}) for i in range(3)]
    (tmp_path / "batch.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    items = _read([str(tmp_path)])
    assert [d.id for d in _docs(items)] == ["g0", "g1", "g2", "story"]
    assert _failures(items) == []


def test_ingest_stdin_sniffs_format() -> None:
    jsonl = (json.dumps({"id": "s1", "text": "Ethiopia recalled its envoy."}) + "\n").encode()
    assert [d.id for d in _docs(_read(["-"], stdin=jsonl))] == ["s1"]
    html = (DATA / "kinshasa-talks.html").read_bytes()
    [page] = _docs(_read(["-"], stdin=html))
    assert page.title == "Congo and Angola agree to revive Luanda talks" and page.published == dt.date(2024, 3, 14)
    [text] = _docs(_read(["-"], stdin=ARTICLE.encode()))
    assert text.id.startswith("stdin-") and text.origin == "-"
    [gz] = _docs(_read(["-"], stdin=gzip.compress(jsonl)))
    assert gz.id == "s1"


def test_ingest_exact_duplicates_yielded_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("\n\n", "\n   \n"))  # same text once whitespace is normalised
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "a", "text": "Sudan's army shelled Omdurman."}) + "\n")
    items = _read([str(tmp_path)])
    assert [d.id for d in _docs(items)] == ["a", "a~" + _docs(items)[1].content_hash[:8]]
    assert _failures(items) == []


def test_ingest_json_depth_counts_outside_strings() -> None:
    assert json_depth(b'{"a": [1, {"b": "[[[[{{{{"}]}') == 3
    assert json_depth(b'{"t": "he said \\"[[\\" twice"}') == 1
    assert json_depth(b"42") == 0


def test_ingest_shared_corpus_reads_cleanly() -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not available")
    items = list(read_inputs([str(corpus)], Settings()))
    assert _failures(items) == []
    docs = _docs(items)
    assert docs and all(d.text.strip() and d.id for d in docs)
    assert len({d.id for d in docs}) == len(docs)
