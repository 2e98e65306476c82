"""Guards for parsers that hostile markup can stall: a time limit, and refusal of XML entity declarations.

XML inputs that declare their own entities (``<!DOCTYPE x [<!ENTITY ...>]>``) are how "billion laughs"
and external-entity attacks start; news feeds and pages never need them, so they are refused before any
parser sees them. The time limit uses ``SIGALRM``, which exists only on Unix and only in the main thread;
elsewhere parsing runs unguarded (logged once per call at debug level).
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TypeVar

from bilateral.errors import InputError

__all__ = ["ParseTimeout", "refuse_entity_declarations", "run_with_time_limit"]

log = logging.getLogger(__name__)

T = TypeVar("T")

_ENTITY_DECL = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)
_SCAN_BYTES = 65536


class ParseTimeout(InputError):
    """Parsing one input took longer than ``read_timeout_s``."""


def refuse_entity_declarations(data: bytes, origin: str) -> None:
    """Raise ``InputError`` when the document's DOCTYPE declares entities (entity-expansion attacks)."""
    head = data[:_SCAN_BYTES]
    if _ENTITY_DECL.search(head) or (b"<!ENTITY" in head.upper() and b"<!DOCTYPE" in head.upper()):
        raise InputError("declares XML entities in its DOCTYPE (refused: entity expansion attack)", path=origin)


def run_with_time_limit(func: Callable[[], T], seconds: float, origin: str) -> T:
    """``func()``, interrupted with ``ParseTimeout`` after ``seconds`` where SIGALRM is available."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        log.debug("%s: parsing without a time limit (not in the main thread)", origin)
        return func()

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise ParseTimeout(f"parsing took longer than read_timeout_s={seconds:g}", path=origin)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    pending, interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return func()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if pending > 0:  # someone else's timer was running: give it back what is left of it
            left = max(pending - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, left, interval)
