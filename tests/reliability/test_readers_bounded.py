"""Hostile inputs read within a time and a memory bound: each gives documents or one clear error per
input, never a crash, a hang or a blown heap. Each case runs ``read_inputs`` in a child process with an
address-space limit (RLIMIT_AS) and a wall-clock timeout, with the default settings."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

MEMORY_LIMIT = 1536 * 1024 * 1024
TIME_LIMIT_S = 90

CHILD = f"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
from bilateral.ingest import read_inputs
from bilateral.models import Document
from bilateral.settings import load_settings
t = time.perf_counter()
docs, failures = 0, []
for item in read_inputs([sys.argv[1]], load_settings(overrides=json.loads(sys.argv[2]))):
    if isinstance(item, Document):
        docs += 1
    else:
        failures.append({{"origin": item.origin, "line": item.line, "reason": item.reason}})
print(json.dumps({{"documents": docs, "failures": failures, "seconds": time.perf_counter() - t,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""

LAUGHS = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))


def _long_line(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        chunk = "Rwanda and Uganda agreed to reopen the border " * 1000
        for _ in range(100 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)


def _long_jsonl(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "ok", "text": "Kenya hosted talks between Rwanda and Congo."}) + "\n")
        f.write('{"id": "huge", "text": "')
        chunk = "x" * 1_000_000
        for _ in range(100):
            f.write(chunk)
        f.write('"}\n')
        f.write(json.dumps({"id": "after", "text": "Uganda recalled its ambassador from Rwanda."}) + "\n")


def _laughing_feed(path: Path) -> None:
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">{LAUGHS}]>'
                    '<rss version="2.0"><channel><title>t</title><item><title>&l9;</title>'
                    '<description>Rwanda and Burundi held talks.</description></item></channel></rss>',
                    encoding="utf-8")


def _nested_html(path: Path) -> None:
    path.write_text("<html><body>" + "<div>" * 200_000 + "Kenya sent troops to Congo." + "</div>" * 200_000
                    + "</body></html>", encoding="utf-8")


def _nested_json(path: Path) -> None:
    path.write_text('{"id": "deep", "text": "Rwanda met Kenya.", "meta": ' + "[" * 100_000 + "]" * 100_000
                    + "}\n", encoding="utf-8")


def _truncated_xml(path: Path) -> None:
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Rwanda and Uganda',
                    encoding="utf-8")


def _bad_bytes(path: Path) -> None:
    path.write_bytes(b"Rwanda \xff\xfe and \x00 Uganda \xc3\x28 agreed to talks.\x00\x00 " * 2000)


def _bomb(path: Path) -> None:
    with gzip.open(path, "wb", compresslevel=9) as f:
        block = b"\0" * (1024 * 1024)
        for _ in range(2048):  # 2 GB of zeros, a few MB on disk
            f.write(block)


RAISED = {"max_file_bytes": 300_000_000}
"""File limit raised past 100 MB, so the line and document limits are what is tested."""

CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "100 MB single line (text), default limits": ("line.txt", _long_line),
    "100 MB single line (text), file limit raised": ("line.txt", _long_line),
    "100 MB single line (JSONL), default limits": ("line.jsonl", _long_jsonl),
    "100 MB single line (JSONL), file limit raised": ("line.jsonl", _long_jsonl),
    "entity expansion in a feed": ("laughs.rss", _laughing_feed),
    "200k nested HTML elements": ("nested.html", _nested_html),
    "100k nested JSON arrays": ("nested.jsonl", _nested_json),
    "truncated XML feed": ("cut.xml", _truncated_xml),
    "invalid UTF-8 and NUL bytes": ("bytes.txt", _bad_bytes),
    "gzip bomb (2 GB of zeros)": ("bomb.txt.gz", _bomb),
}


@pytest.mark.parametrize("case", list(CASES))
def test_readers_bounded_hostile_input(case: str, tmp_path: Path) -> None:
    name, make = CASES[case]
    path = tmp_path / name
    make(path)
    overrides = RAISED if "raised" in case else {}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), json.dumps(overrides)], capture_output=True,
                          text=True, timeout=TIME_LIMIT_S)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["documents"] + len(result["failures"]) >= 1
    for failure in result["failures"]:
        assert failure["origin"] == str(path) and len(failure["reason"]) > 10
    if case == "100 MB single line (JSONL), file limit raised":
        assert result["documents"] == 2 and len(result["failures"]) == 1  # the records around it are kept
        assert result["failures"][0]["line"] == 2
    assert result["seconds"] < 60 and result["peak_mb"] < MEMORY_LIMIT / 2**20
    print(f"{case}: {result['documents']} documents, {len(result['failures'])} failures "
          f"({'; '.join(f['reason'][:80] for f in result['failures'])}), {result['seconds']:.1f} s, "
          f"peak {result['peak_mb']:.0f} MB")


def _page_49mb(path: Path) -> None:
    para = "<p>Rwanda and Uganda agreed to reopen the border at Gatuna after talks in Luanda on Monday.</p>\n"
    with path.open("w", encoding="utf-8") as f:
        f.write("<html><head><title>Border talks</title></head><body><article>")
        for _ in range(49_000_000 // len(para)):
            f.write(para)
        f.write("</article></body></html>")


def _gzip_190mb(path: Path) -> None:
    line = b"Rwanda and Uganda agreed to reopen the border at Gatuna after talks in Luanda on Monday.\n"
    with gzip.open(path, "wb", compresslevel=6) as f:
        for _ in range(190_000_000 // len(line)):
            f.write(line)


STREAMED = """
import json, resource, sys
from bilateral.ingest import read_inputs
from bilateral.settings import Settings
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
items = list(read_inputs([sys.argv[1]], Settings()))
print(json.dumps({"reasons": [getattr(i, "reason", "document") for i in items], "base_mb": base,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@pytest.mark.parametrize("name, make", [("page.html", _page_49mb), ("inflates.txt.gz", _gzip_190mb)])
def test_readers_bounded_whole_inputs_stop_at_their_limit(tmp_path: Path, name: str,
                                                          make: Callable[[Path], None]) -> None:
    """A page or text under max_file_bytes, or a gzip under max_decompressed_bytes, is still read only up
    to what one document may hold: refused with one failure, its memory bounded by that limit."""
    path = tmp_path / name
    make(path)
    proc = subprocess.run([sys.executable, "-c", STREAMED, str(path)], capture_output=True, text=True,
                          timeout=TIME_LIMIT_S)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert len(result["reasons"]) == 1 and "larger than" in result["reasons"][0], result["reasons"]
    assert result["peak_mb"] - result["base_mb"] < 64, result
