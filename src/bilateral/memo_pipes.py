"""spaCy's attribute ruler and rule lemmatizer, memoised: the same annotations as the stock components, faster.

``nlp.load_nlp`` puts these in place of the stock components of the loaded pipeline. Each outcome is a function
of a few attributes of one token, so it is worked out once per combination and looked up after; kept apart from
``nlp`` (loading and parsing) because they are components of their own, registered with spaCy by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["MemoAttributeRuler", "MemoLemmatizer"]


_KEY_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT",
                        "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "LIKE_NUM"})
"""Token attributes a memoised single-token rule may test: each is read from the token itself."""
_MAX_MEMO = 200_000


@dataclass(frozen=True, slots=True)
class _RuleIndex:
    usable: bool
    single: Matcher
    first: Matcher
    multi: Matcher
    key_ids: tuple[int, ...]
    memo: dict[tuple[int, ...], tuple[tuple[int, ...], dict[int, int], bool]]


class MemoAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with the same patterns and the same annotations, an order of magnitude faster.

    The stock component runs a Matcher with every pattern (about 180 in the English pipelines: tag to POS and
    morphology, a few words) over every token, which costs more than the tagger. Almost all patterns test one
    token's own attributes, so their outcome is memoised per combination of those attributes; the Matcher
    runs only for the few multi-token patterns, and only on texts holding a token that may start one. Rules
    apply in pattern order, later ones overriding earlier ones, as in the stock component. Patterns this
    cannot memoise exactly (extension attributes, other token attributes, operators on a first token) make
    it fall back to the stock behaviour.
    """

    _memo_index: _RuleIndex | None = None

    def add(self, patterns: Iterable[Any], attrs: dict[Any, Any], index: int = 0) -> None:
        """Add patterns as the stock component does (and forget what was memoised)."""
        self._memo_index = None
        super().add(patterns, attrs, index)

    def clear(self) -> None:
        """Remove all patterns (and what was memoised)."""
        self._memo_index = None
        super().clear()

    def _rule_index(self) -> _RuleIndex:
        if self._memo_index is not None:
            return self._memo_index
        single, first, multi = (Matcher(self.vocab, validate=False) for _ in range(3))
        tested: set[str] = set()
        usable = all("_" not in attrs for attrs in self.attrs)
        for i in range(len(self.attrs)):
            for pattern in self.matcher.get(str(i))[1]:
                if len(pattern) == 1 and "OP" not in pattern[0] and self.indices[i] in (0, -1):
                    single.add(str(i), [pattern])
                else:
                    multi.add(str(i), [pattern])
                    first.add("first", [pattern[:1]])
                    usable = usable and "OP" not in pattern[0]
                tested |= {str(k).upper() for k in pattern[0]}
        usable = usable and tested <= _KEY_ATTRS
        key_ids = tuple(IDS["ORTH" if k == "TEXT" else k] for k in sorted(tested & _KEY_ATTRS))
        index = _RuleIndex(usable, single, first, multi, key_ids, {})
        self._memo_index = index
        return index

    def _rules_of(self, matches: Iterable[tuple[int, int, int]]) -> set[int]:
        return {int(self.vocab.strings[m_id]) for m_id, _, _ in matches}

    def _merged(self, rules: Iterable[int]) -> dict[int, int]:
        merged: dict[int, int] = {}
        for i in sorted(rules):
            merged.update(self.attrs[i])
        return merged

    def __call__(self, doc: Doc) -> Doc:
        index = self._rule_index()
        if not index.usable or not len(doc):
            return super().__call__(doc)
        rows = doc.to_array(list(index.key_ids)).tolist() if index.key_ids else [[] for _ in doc]
        found = []
        may_span = False
        for i, row in enumerate(rows):
            key = tuple(row)
            hit = index.memo.get(key)
            if hit is None:
                token = doc[i:i + 1]
                matched = self._rules_of(index.single(token, allow_missing=True, as_spans=False))
                if len(index.memo) >= _MAX_MEMO:
                    index.memo.clear()
                hit = index.memo[key] = (tuple(matched), self._merged(matched),
                                         bool(index.first(token, allow_missing=True, as_spans=False)))
            found.append(hit)
            may_span = may_span or hit[2]
        spanning: dict[int, set[int]] = {}
        if may_span:
            for m_id, start, end in index.multi(doc, allow_missing=True, as_spans=False):
                rule = int(self.vocab.strings[m_id])
                at = (start if self.indices[rule] >= 0 else end) + self.indices[rule]
                if not start <= at < end:
                    return super().__call__(doc)  # the stock component raises its own error here
                spanning.setdefault(at, set()).add(rule)
        for i, (rules, merged, _) in enumerate(found):
            if i in spanning:
                set_token_attrs(doc[i], self._merged({*rules, *spanning[i]}))
            elif merged:
                set_token_attrs(doc[i], merged)
        return doc


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    """Verb forms the rule lemmatizer cuts to a shorter word ("hoped" -> "hop"), from data/lexicon/lemma_fixes.tsv."""
    from importlib import resources

    text = (resources.files("bilateral") / "data" / "lexicon" / "lemma_fixes.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {form.strip(): lemma.strip() for form, lemma in rows}


class MemoLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, memoised per (word, POS, morphology): the same lemmas, faster, and
    right for the few verb forms it cuts to a shorter word ("hoped" is "hope", not "hop": ``_lemma_fixes``).

    The stock component already caches, but not the common case of a base form ("talks" NOUN plural is
    cached, "talk" NOUN singular is worked out again each time, reading its morphology as a dict).
    A lemma is a function of the word, its POS and its morphology, so every outcome is memoised.
    """

    _memo: dict[tuple[int, int, int], int] | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if self._memo is None or len(self._memo) >= _MAX_MEMO:
            self._memo = {}
        memo = self._memo
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas: Any = rows[:, 3].copy()  # uint64 hashes, one per token
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if self.overwrite or lemma == 0:
                    value = memo.get((orth, pos, morph))
                    if value is None:
                        text = self.lemmatize(doc[i])[0]
                        if doc[i].pos_ in ("VERB", "AUX"):
                            text = _lemma_fixes().get(doc[i].lower_, text)
                        value = memo[(orth, pos, morph)] = self.vocab.strings.add(text)
                    lemmas[i] = value
            if len(doc):
                doc.from_array([LEMMA], lemmas)  # one write for the sentence, not a Token object per word
        except Exception as e:  # noqa: BLE001 - the stock component hands errors to its error handler too
            self.get_error_handler()(self.name, self, [doc], e)
        return doc


@Language.factory("bilateral_memo_lemmatizer", default_config={"overwrite": False})
def _make_memo_lemmatizer(nlp: Language, name: str, overwrite: bool) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, None, name, mode="rule", overwrite=overwrite)


@Language.factory("bilateral_memo_attribute_ruler")
def _make_memo_attribute_ruler(nlp: Language, name: str) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.vocab, name)
