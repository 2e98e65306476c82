"""Bytes to text: UTF-8 first, byte-order marks honoured, other encodings detected, binaries refused.

Newsroom exports are often Windows-1252 or Latin-1; decoding them as UTF-8 with replacement characters
would mangle names ("Félix Tshisekedi"), so an input that is not UTF-8 goes to charset-normalizer.
Anything with NUL bytes (other than UTF-16/32 with a BOM) or that no encoding explains is binary.
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from bilateral.errors import InputError

__all__ = ["BinaryInput", "decode_text", "detect_encoding"]

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01


class BinaryInput(InputError):
    """The input is not text in any encoding we can identify."""


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def detect_encoding(sample: bytes) -> str:
    """The encoding of ``sample`` (a file's first bytes): a BOM, UTF-8, else charset-normalizer's guess.

    Raises ``BinaryInput`` when the bytes are not text. A sample cut in the middle of a UTF-8 sequence
    still counts as UTF-8.
    """
    bom = _bom_encoding(sample)
    if bom:
        return bom
    if b"\x00" in sample:
        raise BinaryInput("binary file (contains NUL bytes)")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        raise BinaryInput("binary file (not text in any known encoding)")
    log.debug("decoding as %s", best.encoding)
    return best.encoding


def decode_text(data: bytes) -> str:
    """``data`` as text; raises ``BinaryInput`` for binary data (NUL bytes, undecodable, control codes)."""
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise BinaryInput(f"binary file (cannot be decoded as {encoding})") from e
    if encoding.startswith("utf-8") and text.startswith("\ufeff"):
        text = text[1:]
    if text and len(_CONTROL.findall(text[:20_000])) > _MAX_CONTROL_SHARE * min(len(text), 20_000):
        raise BinaryInput("binary file (control characters in the text)")
    return text
