"""Arbitrary bytes in any format never escape ``read_inputs`` as an exception: a Document or a Failure."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.ingest import read_inputs
from bilateral.models import Document, Failure
from bilateral.settings import load_settings

NAMES = ["a.txt", "a.jsonl", "a.csv", "a.tsv", "a.html", "a.rss", "a.xml", "a.bin", "a.jsonl.gz"]
PIECES = [b"{", b"}", b"[", b"]", b'"text": ', b'"', b",", b"\n", b"\t", b"<", b">", b"<rss>", b"<item>",
          b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&a;", b"\x00", b"\xff\xfe", b"\xe9", b"text,id\n",
          b"Kenya's army said", b"KIGALI, Aug 11, 2022 - ", b"date: 2022-08-11\n\n", b"\x1f\x8b"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), parts=st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=40)),
                                                    max_size=30))
def test_ingest_fuzz_never_raises(name: str, parts: list[bytes]) -> None:
    data = b"".join(parts)
    if name.endswith(".gz"):
        data = gzip.compress(data)[: max(1, len(data))]  # sometimes truncated
    limits = load_settings(overrides={"max_line_bytes": 200, "max_json_depth": 8, "max_document_chars": 500,
                                      "read_timeout_s": 5.0})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = list(read_inputs([str(path)], limits))
    assert all(isinstance(i, (Document, Failure)) for i in items)
    for item in items:
        if isinstance(item, Document):
            assert item.text.strip() and item.id and len(item.text) <= 500
        else:
            assert item.origin == str(path) and item.reason
