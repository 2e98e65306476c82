"""Bytes to text without altering it silently: UTF-8 first, byte-order marks honoured, UTF-16 without one
recognised, legacy code pages only when the bytes say so, binaries refused.

Three cases used to change text without a word, and each is handled here:

* UTF-8 text with a few invalid bytes (a truncated copy, one stray Windows-1252 quote) stays UTF-8: the
  invalid bytes become U+FFFD and their count is logged as a warning naming the file. Guessing a legacy
  code page for the whole file instead would mangle every correct name in it ("Félix" -> "FĂŠlix").
* A legacy code page is used only when the text holds no more valid UTF-8 sequences than invalid bytes.
  Accented letters standing alone between ASCII letters are a Western page (Windows-1252, a superset of
  Latin-1 in practice); runs of high bytes are left to charset-normalizer's guess (Cyrillic, Greek, CJK).
* UTF-16 without a byte-order mark (every other byte NUL in mostly-ASCII text) is text, not binary.

Anything else with NUL bytes, or that no encoding explains, is binary.
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from bilateral.errors import InputError

__all__ = ["BinaryInput", "decode_text", "detect_encoding", "warn_replaced"]

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_REPLACEMENT = "\ufffd"
_ENCODED_REPLACEMENT = _REPLACEMENT.encode()
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_UTF16_NUL_SHARE = 0.3
"""In UTF-16 text that is mostly ASCII, at least this share of one byte position is NUL."""


class BinaryInput(InputError):
    """The input is not text in any encoding we can identify."""


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when one byte of each pair is mostly NUL and the other almost never."""
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even, odd = sample[0: pairs * 2: 2].count(0), sample[1: pairs * 2: 2].count(0)
    if odd >= _UTF16_NUL_SHARE * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= _UTF16_NUL_SHARE * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _utf8_counts(sample: bytes, *, final: bool) -> tuple[int, int]:
    """(valid non-ASCII characters, invalid byte sequences) of ``sample`` read as UTF-8.

    Unless ``final``, a sequence cut by the end of the sample is neither.
    """
    text = codecs.getincrementaldecoder("utf-8")(errors="replace").decode(sample, final=final)
    replaced = text.count(_REPLACEMENT) - sample.count(_ENCODED_REPLACEMENT)
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - replaced, replaced


def _legacy_encoding(sample: bytes) -> str:
    """The code page of text that is not UTF-8: Windows-1252 for lone accented letters, else a guess."""
    runs = _HIGH_RUN.findall(sample)
    lone = sum(1 for r in runs if len(r) == 1)
    if runs and lone >= 0.8 * len(runs) and not _CP1252_UNDEFINED & set(b"".join(runs)):
        return "cp1252"
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        raise BinaryInput("binary file (not text in any known encoding)")
    return str(best.encoding)


def detect_encoding(sample: bytes, *, final: bool = False) -> str:
    """The encoding of ``sample`` (a file's first bytes, or all of them when ``final``).

    A BOM's encoding; ``utf-16-le``/``-be`` for BOM-less UTF-16; ``utf-8`` when the sample holds at
    least as many valid UTF-8 sequences as invalid bytes (the invalid ones are to be replaced and counted:
    see ``decode_text``); else a legacy code page. Raises ``BinaryInput`` when the bytes are not text.
    """
    bom = _bom_encoding(sample)
    if bom:
        return bom
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(sample)
        if utf16 is None:
            raise BinaryInput("binary file (contains NUL bytes)")
        return utf16
    valid, invalid = _utf8_counts(sample, final=final)
    if invalid == 0 or valid >= invalid:
        return "utf-8"
    encoding = _legacy_encoding(sample)
    log.debug("decoding as %s (%d invalid UTF-8 sequences, %d valid)", encoding, invalid, valid)
    return encoding


def warn_replaced(origin: str | None, count: int) -> None:
    """Log, as a warning naming the input, that ``count`` invalid bytes were replaced with U+FFFD."""
    if count:
        log.warning("%s: %d invalid UTF-8 byte sequence%s replaced with U+FFFD; the rest of the text is as written",
                    origin or "input", count, "" if count == 1 else "s")


def decode_text(data: bytes, origin: str | None = None) -> str:
    """``data`` as text; raises ``BinaryInput`` for binary data (NUL bytes, undecodable, control codes).

    Invalid bytes in UTF-8 text are replaced with U+FFFD and counted in a warning naming ``origin``.
    """
    encoding = detect_encoding(data, final=True)
    try:
        text = data.decode(encoding, errors="replace" if encoding == "utf-8" else "strict")
    except (UnicodeDecodeError, LookupError) as e:
        raise BinaryInput(f"binary file (cannot be decoded as {encoding})") from e
    if encoding == "utf-8":
        warn_replaced(origin, text.count(_REPLACEMENT) - data.count(_ENCODED_REPLACEMENT))
    if encoding.startswith("utf-8") and text.startswith("\ufeff"):
        text = text[1:]
    if text and len(_CONTROL.findall(text[:20_000])) > _MAX_CONTROL_SHARE * min(len(text), 20_000):
        raise BinaryInput("binary file (control characters in the text)")
    return text
