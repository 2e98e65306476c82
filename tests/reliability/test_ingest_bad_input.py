"""Bad inputs: each gives exactly one Failure naming the file (and line), and the rest of the batch is read."""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from bilateral.ingest import read_inputs
from bilateral.ingest.guard import ParseTimeout, run_with_time_limit
from bilateral.models import Document, Failure
from bilateral.settings import Settings, load_settings

GOOD = "Tanzania and Kenya signed an agreement on cross-border trade in Arusha on Thursday.\n"

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>&lol9;</title><guid>x1</guid><description>&lol9;</description></item>
</channel></rss>
"""


def _read_batch(tmp_path: Path, bad_name: str, bad: bytes, **changes: Any) -> tuple[list[Document], list[Failure]]:
    """Read a folder holding one bad input between two good ones."""
    (tmp_path / "a-good.txt").write_text(GOOD)
    (tmp_path / bad_name).write_bytes(bad)
    (tmp_path / "z-good.txt").write_text(GOOD.replace("Arusha", "Mombasa"))
    settings = load_settings(overrides=changes) if changes else Settings()
    items = list(read_inputs([str(tmp_path)], settings))
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [d.id for d in docs if d.id in ("a-good", "z-good")] == ["a-good", "z-good"]
    return docs, failures


def _one_failure(tmp_path: Path, bad_name: str, bad: bytes, **changes: Any) -> Failure:
    _, failures = _read_batch(tmp_path, bad_name, bad, **changes)
    assert len(failures) == 1, failures
    assert failures[0].origin == str(tmp_path / bad_name)
    assert failures[0].stage == "read"
    return failures[0]


def test_ingest_bad_binary_file(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(512))
    assert "binary" in failure.reason


def test_ingest_bad_binary_unknown_extension(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    assert "binary" in failure.reason


def test_ingest_bad_empty_file(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "blank.txt", b"  \n\n\t \n")
    assert failure.reason.startswith("empty")


def test_ingest_bad_truncated_gzip(tmp_path: Path) -> None:
    whole = gzip.compress((GOOD * 200).encode())
    failure = _one_failure(tmp_path, "cut.txt.gz", whole[: len(whole) // 2])
    assert "truncated gzip" in failure.reason


def test_ingest_bad_gzip_bomb(tmp_path: Path) -> None:
    bomb = gzip.compress(b"\n" * 5_000_000)
    assert len(bomb) < 20_000
    failure = _one_failure(tmp_path, "bomb.jsonl.gz", bomb, max_decompressed_bytes=1_000_000)
    assert "inflates past 1000000 bytes" in failure.reason


def test_ingest_bad_gzip_bomb_in_text_file(tmp_path: Path) -> None:
    bomb = gzip.compress(b"a " * 2_000_000)
    failure = _one_failure(tmp_path, "bomb.txt.gz", bomb, max_decompressed_bytes=100_000)
    assert "inflates past" in failure.reason


def test_ingest_bad_oversized_file(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "long.txt", (GOOD * 10).encode(), max_file_bytes=500)
    assert "max_file_bytes=500" in failure.reason


def test_ingest_bad_oversized_stdin() -> None:
    items = list(read_inputs(["-"], load_settings(overrides={"max_file_bytes": 100}),
                             stdin=io.BytesIO(GOOD.encode() * 5)))
    assert len(items) == 1 and isinstance(items[0], Failure) and "stdin" in items[0].reason


def test_ingest_bad_document_too_long(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "long.txt", (GOOD * 10).encode(), max_document_chars=200)
    assert failure.reason.startswith("too large")


def test_ingest_bad_jsonl_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "text": "Ghana's president visited Abuja."}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "title": "Headline only"}),
        json.dumps({"id": "blank-text", "text": "   "}),
        json.dumps({"id": "deep", "text": "x", "meta": json.loads("[" * 80 + "]" * 80)}),
        "[" * 200_000 + "]" * 200_000,
        json.dumps(["an", "array"]),
        json.dumps({"id": "long", "text": "y" * 5000}),
        json.dumps({"id": "ok-2", "text": "Nigeria recalled its ambassador to Niamey."}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = list(read_inputs([str(path)], load_settings(overrides={"max_line_bytes": 4000})))
    assert [i.id for i in items if isinstance(i, Document)] == ["ok-1", "ok-2"]
    failures = {f.line: f.reason for f in items if isinstance(f, Failure)}
    assert all(f.origin == str(path) for f in items if isinstance(f, Failure))
    assert sorted(failures) == [2, 3, 4, 5, 6, 7, 8]
    assert failures[2].startswith("malformed JSON")
    assert "no 'text'" in failures[3]
    assert failures[4].startswith("empty") or "no 'text'" in failures[4]
    assert "max_json_depth=64" in failures[5]
    assert "max_line_bytes=4000" in failures[6]  # 400k brackets: refused by length before depth
    assert "not an object" in failures[7]
    assert "max_line_bytes=4000" in failures[8]


def test_ingest_bad_deep_json_within_line_limit(tmp_path: Path) -> None:
    deep = '{"text": "x", "n": ' + "[" * 50_000 + "]" * 50_000 + "}"
    failure = _one_failure(tmp_path, "deep.jsonl", deep.encode() + b"\n")
    assert failure.line == 1 and "max_json_depth" in failure.reason


def test_ingest_bad_csv_missing_text_column(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "table.csv", b"id,headline,published\n1,AU summit opens,2024-02-17\n")
    assert "no 'text' column" in failure.reason and "headline" in failure.reason
    assert failure.line == 1


def test_ingest_bad_csv_row_without_text(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("id,text\nr1,Mali expelled the French ambassador.\nr2,\nr3,Niger closed its airspace.\n")
    items = list(read_inputs([str(path)], Settings()))
    assert [i.id for i in items if isinstance(i, Document)] == ["r1", "r3"]
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.line == 3 and "text" in failure.reason


def test_ingest_bad_billion_laughs_feed(tmp_path: Path) -> None:
    started = time.perf_counter()
    failure = _one_failure(tmp_path, "lol.rss", BILLION_LAUGHS.encode())
    assert time.perf_counter() - started < 2.0
    assert "entit" in failure.reason


def test_ingest_bad_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "config.xml", b'<?xml version="1.0"?><settings><a>1</a></settings>')
    assert "not an RSS or Atom feed" in failure.reason


def test_ingest_bad_missing_path(tmp_path: Path) -> None:
    items = list(read_inputs([str(tmp_path / "nope.txt"), "-"], Settings(), stdin=io.BytesIO(GOOD.encode())))
    assert isinstance(items[0], Failure) and "no such file" in items[0].reason
    assert isinstance(items[1], Document)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_ingest_bad_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    [failure] = list(read_inputs([str(tmp_path / "pipe")], Settings()))
    assert isinstance(failure, Failure) and "not a regular file" in failure.reason


def test_ingest_bad_parse_time_limit() -> None:
    started = time.perf_counter()
    with pytest.raises(ParseTimeout, match="read_timeout_s=0.05"):
        run_with_time_limit(lambda: time.sleep(2), 0.05, "slow.html")
    assert time.perf_counter() - started < 1.0
    assert run_with_time_limit(lambda: 7, 0.05, "fast.html") == 7
    time.sleep(0.1)  # the alarm was disarmed: nothing fires after a fast parse


def test_ingest_bad_html_declaring_entities(tmp_path: Path) -> None:
    page = BILLION_LAUGHS.replace("<rss", "<html><body><p>&lol9;</p></body></html><rss").encode()
    failure = _one_failure(tmp_path, "lol.html", page)
    assert "entit" in failure.reason


def test_ingest_stdin_is_left_open() -> None:
    stdin = io.BytesIO(GOOD.encode())
    [doc] = list(read_inputs(["-"], Settings(), stdin=stdin))
    assert isinstance(doc, Document)
    assert not stdin.closed


def test_ingest_bad_text_without_words(tmp_path: Path) -> None:
    failure = _one_failure(tmp_path, "marks.html", b"<<<>>> &&& ;;; 2024")
    assert failure.reason.startswith("empty")


def test_ingest_bad_time_limit_restores_outer_timer() -> None:
    import signal

    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.3)
        assert run_with_time_limit(lambda: "parsed", 5.0, "page.html") == "parsed"
        time.sleep(0.5)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
