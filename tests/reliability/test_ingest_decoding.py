"""Text is never altered without a word: stray bytes in UTF-8 are replaced and counted (a warning naming the
file and the count), legacy code pages are used only when no UTF-8 is in sight, UTF-16 without a byte-order
mark is text, and a CSV row with broken quoting is a failure naming its line rather than a merged row."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bilateral.ingest import read_inputs
from bilateral.ingest.decoding import decode_text
from bilateral.models import Document, Failure
from bilateral.settings import Settings

ARTICLE = ("President Félix Tshisekedi met Paul Kagame in Luanda on Monday to discuss the M23 rebellion. "
           "Angola's João Lourenço hosted the talks.\n")


def _read(path: Path) -> tuple[list[Document], list[Failure]]:
    items = list(read_inputs([str(path)], Settings()))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


def test_decoding_stray_byte_in_utf8_is_replaced_and_counted(tmp_path: Path,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    data = ARTICLE.encode() * 3
    data = data[:40] + b"\xff" + data[40:150] + b"\x92" + data[150:]
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING, logger="bilateral.ingest"):
        docs, failures = _read(path)
    assert not failures and len(docs) == 1
    text = docs[0].text
    assert "Félix Tshisekedi" in text and "João Lourenço" in text
    assert text.count("\ufffd") == 2
    assert any(str(path) in r.getMessage() and "2 " in r.getMessage() for r in caplog.records), caplog.text


def test_decoding_legacy_code_page_when_no_utf8_in_sight(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    docs, failures = _read(path)
    assert not failures and "Félix Tshisekedi" in docs[0].text and "\ufffd" not in docs[0].text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decoding_utf16_without_bom_is_text(tmp_path: Path, codec: str) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(ARTICLE.encode(codec))
    docs, failures = _read(path)
    assert not failures, failures
    assert docs[0].text.strip() == ARTICLE.strip()


def test_decoding_binary_with_nul_bytes_is_still_binary() -> None:
    from bilateral.ingest.decoding import BinaryInput

    with pytest.raises(BinaryInput):
        decode_text(bytes(range(256)) * 8)


def test_decoding_csv_unterminated_quote_does_not_merge_rows(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text('id,text,date\n'
                    'r1,"Kenya hosted talks between Rwanda and Congo on Monday.,2024-01-01\n'
                    'r2,"Uganda recalled its ambassador from Rwanda.",2024-01-02\n'
                    'r3,"Burundi closed its border with Rwanda.",2024-01-03\n', encoding="utf-8")
    docs, failures = _read(path)
    assert all("Uganda" not in d.text or d.id == "r2" for d in docs), [d.text for d in docs]
    assert [f.line for f in failures] == [2], failures
    assert "quot" in failures[0].reason
    assert "r3" in [d.id for d in docs]


def test_decoding_csv_unquoted_comma_is_a_failure_not_lost_text(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text('id,text,date\n'
                    'r1,Kenya, Uganda and Rwanda met in Arusha on Monday.,2024-01-01\n'
                    'r2,"Uganda recalled its ambassador from Rwanda.",2024-01-02\n'
                    'r3,Burundi closed its border with Rwanda.,2024-01-03,,\n', encoding="utf-8")
    docs, failures = _read(path)
    assert [d.id for d in docs] == ["r2", "r3"]
    assert [f.line for f in failures] == [2] and "4 cells" in failures[0].reason


def test_decoding_csv_unterminated_quote_at_end_of_file(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text('id,text\nr1,"Kenya hosted talks between Rwanda and Congo.\n', encoding="utf-8")
    docs, failures = _read(path)
    assert not docs and [f.line for f in failures] == [2], failures


def test_decoding_csv_multiline_quoted_cells_still_read(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text('id,text\nr1,"Kenya hosted talks.\n\nRwanda and Congo attended, ""at last""."\n'
                    'r2,Uganda recalled its ambassador.\n', encoding="utf-8")
    docs, failures = _read(path)
    assert not failures and [d.id for d in docs] == ["r1", "r2"]
    assert 'attended, "at last"' in docs[0].text


def test_decoding_csv_stray_byte_is_replaced_and_counted(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes(("id,text\nr1,\"" + ARTICLE.strip() + "\"\n").encode().replace(b"Monday", b"Mon\xffday")
                     + b"r2,Uganda recalled its ambassador.\n")
    with caplog.at_level(logging.WARNING, logger="bilateral.ingest"):
        docs, failures = _read(path)
    assert not failures and [d.id for d in docs] == ["r1", "r2"]
    assert "Félix" in docs[0].text and "Mon\ufffdday" in docs[0].text
    assert any(str(path) in r.getMessage() and "1 " in r.getMessage() for r in caplog.records), caplog.text
