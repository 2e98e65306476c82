"""Counting the documents of an ingest's inputs before reading them, when that is cheap, for a progress bar
with a total and an estimated time left.

A text or HTML file is one document; a JSON Lines file holds one per non-blank line and a feed one per
``<item>`` or ``<entry>``, both counted from the raw bytes without parsing. Anything else (stdin, gzip, CSV
whose quoted fields may span lines, a format told only by sniffing) makes the count unknown, and the bar
shows no total rather than a wrong one. A line that will fail to read is still counted: the total is an
estimate, corrected when the run ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bilateral.ingest.sources import Source, expand_paths

__all__ = ["count_documents"]

MAX_SCAN_BYTES = 256 << 20
"""Scan at most this much of JSONL and feed files; past it the count is unknown."""

_FEED_ENTRY = re.compile(rb"<(?:\w+:)?(?:item|entry)[\s>/]")


def _count(source: Source, budget: list[int]) -> int | None:
    if source.path is None or source.path.name.lower().endswith(".gz"):
        return None
    if source.fmt in ("text", "html"):
        return 1
    if source.fmt not in ("jsonl", "feed"):
        return None
    try:
        size = source.path.stat().st_size
        budget[0] -= size
        if budget[0] < 0:
            return None
        data = source.path.read_bytes()
    except OSError:
        return 0  # reading it will fail and be reported as such
    if source.fmt == "jsonl":
        return sum(1 for line in data.splitlines() if line.strip())
    return len(_FEED_ENTRY.findall(data))


def count_documents(paths: Sequence[str]) -> int | None:
    """How many documents the inputs hold, or None when it cannot be told cheaply (see the module docstring)."""
    total = 0
    budget = [MAX_SCAN_BYTES]
    for source in expand_paths(list(paths)):
        if not isinstance(source, Source):
            continue  # a path that cannot be read is a failure of the run, not a document
        n = _count(source, budget)
        if n is None:
            return None
        total += n
    return total
