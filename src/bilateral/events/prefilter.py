"""The trigger pre-filter: may a sentence hold one of the lexicon's triggers, judged from its words alone?

Parsing is most of an ingest's cost, so a sentence is parsed only when it names an actor and holds a word
form that may be a trigger (``candidates.candidate_sentences``). The test has no false negatives by design,
and must stay selective as the lexicon grows: a light verb ("hold", "take", "head") is a trigger only
with one of its object nouns or prepositions ("hold talks", "head to"), so its forms count only when one of
those objects is in the sentence too. Counting either word alone would pass nearly every news sentence
(the object list of converted entries holds "to", "on" and "government").

Forms are built once at load: each lemma with its regular inflections (s, es, ed, ing, ies, ied, doubled
final consonants; plurals for nouns) plus its irregular forms (``word_forms.tsv``, from the spaCy
lemmatizer's exception tables, and the lexicon's own lists). A sentence is split into words, each looked up
in a set, so the cost does not grow with the lexicon; forms that are not one word ("pull-out") go to a
small regex and count alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from importlib.abc import Traversable

from bilateral.errors import KnowledgeError

__all__ = ["Prefilter", "WordForms", "build_prefilter", "read_word_forms"]

WordForms = Mapping[tuple[str, str], Collection[str]]
"""(word class, lemma) -> irregular forms: ("verb", "hold") -> ("held",)."""

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Prefilter:
    """Word forms that may be a trigger on their own, forms that need one of their object words beside them,
    and a regex for forms that are not one word."""

    alone: frozenset[str]
    paired: Mapping[str, tuple[frozenset[str], ...]]
    """Form of a light verb -> the forms of each of its entries' object words (one of a set must be present)."""
    phrases: re.Pattern[str] | None

    def search(self, text: str) -> bool:
        """True when ``text`` may hold a trigger: a lone form, or a paired form with one of its objects."""
        words = set(_WORDS.findall(text.lower()))
        return self._holds(words, words, text)

    def knows(self, trigger: str, sentence: str) -> bool:
        """Whether a trigger written as in ``sentence`` ("imposed", "held talks") is one of the lexicon's there: one
        of its words counts alone, or is a light verb one of whose object words is in the sentence."""
        words = set(_WORDS.findall(trigger.lower()))
        return self._holds(words, words | set(_WORDS.findall(sentence.lower())), trigger)

    def _holds(self, words: set[str], around: set[str], text: str) -> bool:
        """A form of ``words`` that counts alone, or a paired one with an object word in ``around``."""
        if not self.alone.isdisjoint(words):
            return True
        for word in words:
            needs = self.paired.get(word)
            if needs is not None and any(not objects.isdisjoint(around) for objects in needs):
                return True
        return self.phrases is not None and self.phrases.search(text) is not None


def verb_forms(lemma: str, irregular: WordForms) -> set[str]:
    """A verb's regular inflections and listed irregular forms ("ease" -> eased, easing; "hold" -> held)."""
    lemma = lemma.lower()
    tails: tuple[str, ...]
    if len(lemma) > 3 and lemma[-1] == "e":
        stem, tails = lemma[:-1], ("e", "es", "ed", "ing", "eing")
    elif len(lemma) > 3 and lemma[-1] == "y":
        stem, tails = lemma[:-1], ("y", "ies", "ied", "ying", "ys", "yed")
    else:
        stem, tails = lemma, ("", "s", "es", "d", "ed", "ing", lemma[-1] + "ed", lemma[-1] + "ing")
    return {stem + tail for tail in tails} | set(irregular.get(("verb", lemma), ()))


def noun_forms(lemma: str, irregular: WordForms) -> set[str]:
    """A noun with its plurals, regular and listed ("unit" -> units, but never "united"; "crisis" -> crises;
    "spy" -> spies, but "envoy" -> envoys: a "y" after a vowel takes a plain "s")."""
    lemma = lemma.lower()
    if len(lemma) > 1 and lemma[-1] == "y" and lemma[-2] not in "aeiou":
        regular = {lemma, lemma[:-1] + "ies"}
    elif lemma[-1:] == "y":
        regular = {lemma, lemma + "s"}
    else:
        regular = {lemma, lemma + "s", lemma + "es"}
    return regular | set(irregular.get(("noun", lemma), ()))


def build_prefilter(heads: Iterable[tuple[str, str, frozenset[str]]], irregular: WordForms) -> Prefilter:
    """The pre-filter for trigger heads given as (word class, lemma, object words; empty when none needed)."""
    alone: set[str] = set()
    paired: dict[str, set[frozenset[str]]] = {}
    for pos, lemma, objects in heads:
        forms = verb_forms(lemma, irregular) if pos == "verb" else noun_forms(lemma, irregular)
        needs = frozenset(f for obj in objects for f in noun_forms(obj, irregular))
        if not objects or any(not _WORDS.fullmatch(f) for f in needs):
            alone.update(forms)  # no object needed, or one the word test cannot see: the form counts alone
            continue
        for form in forms:
            paired.setdefault(form, set()).add(needs)
    # a form that is not one word ("pull-out") cannot be looked up word by word: the regex finds it, alone
    others = sorted({f for f in alone | paired.keys() if not _WORDS.fullmatch(f)}, key=len, reverse=True)
    phrases = re.compile(r"\b(?:" + "|".join(map(re.escape, others)) + r")\b", re.IGNORECASE) if others else None
    return Prefilter(frozenset(alone.difference(others)),
                     {form: tuple(needs) for form, needs in paired.items() if form not in others}, phrases)


def read_word_forms(path: Traversable) -> dict[tuple[str, str], tuple[str, ...]]:
    """Irregular forms, one lemma a line: word class (verb or noun), lemma, forms separated by ``|``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the word forms: {e}") from e
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 3 or cols[0] not in ("verb", "noun") or not cols[1].strip():
            raise KnowledgeError(f"{path}:{n}: expected verb or noun, a tab, a lemma, a tab and forms separated "
                                 "by '|'")
        out[(cols[0], cols[1].strip())] = tuple(w.strip() for w in cols[2].split("|") if w.strip())
    return out
