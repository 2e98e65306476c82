"""The trigger lexicon and frame rules of the rule coder, loaded from ``data/lexicon/`` and validated once.

``triggers.tsv`` maps verbs, light-verb constructions (verb + object noun), phrasal verbs and event nouns to
CAMEO codes; ``triggers_petrarch.tsv`` (with ``forms_petrarch.tsv``, irregular verb forms) holds entries
converted from PETRARCH-2's CAMEO verb dictionary by ``tools/convert_cameo_verbs.py``, below the project's
own entries (``merge_converted``: the project's entries win); ``frames.json`` (loaded by ``events.frame_rules``)
says which verbs govern embedded events (intent, refusal, appeals, speech, denial) and which words mark
modality. All are data so analysts can read and extend them; a bad line raises ``KnowledgeError`` naming the
file and line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import NamedTuple, TypeVar

from bilateral.codes import CodeTable, load_codes
from bilateral.errors import KnowledgeError
from bilateral.events.faced_charge_words import load_faced_charges
from bilateral.events.frame_rules import FrameRules
from bilateral.events.frame_rules_loading import load_frame_rules
from bilateral.events.prefilter import Prefilter, build_prefilter, read_word_forms, verb_forms
from bilateral.models import CameoCode

_FLAGS = frozenset({"recip", "notarget", "nodobj", "weak", "experiencer", "domestic", "intransitive", "standing",
                    "phrasal", "announced", "owned"})
_COLUMNS = 7
_V = TypeVar("_V")


class TriggerKey(NamedTuple):
    """What a trigger entry asks of a sentence: its word class, lemma, particle, object nouns, prepositions."""

    pos: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    preps: frozenset[str]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon line: a verb or noun trigger, its optional particle and object nouns, target prepositions."""

    pos: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    preps: frozenset[str]
    cameo: CameoCode
    flags: frozenset[str]
    line: int

    @property
    def specificity(self) -> int:
        """How much the entry requires: particle and object constraints make it win over a bare lemma."""
        return (2 if self.objects else 0) + (1 if self.particle else 0)

    @property
    def key(self) -> TriggerKey:
        """The entry without its code and flags."""
        return TriggerKey(self.pos, self.lemma, self.particle, self.objects, self.preps)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger entries indexed by (pos, lemma), the frame rules, and a cheap word-form pre-filter."""

    version: str
    entries: Mapping[tuple[str, str], tuple[TriggerEntry, ...]]
    rules: FrameRules
    prefilter: Prefilter

    @classmethod
    def load(cls) -> Lexicon:
        """The packaged lexicon (``data/lexicon/``), validated against the CAMEO table; cached per process."""
        return _load_packaged()

    def lookup(self, pos: str, lemma: str) -> tuple[TriggerEntry, ...]:
        """Entries for a verb or noun lemma (empty when it is no trigger)."""
        return self.entries.get((pos, lemma), ())

    def may_trigger(self, text: str) -> bool:
        """True when ``text`` contains a word form that may be a trigger (no false negatives, cheap)."""
        return self.prefilter.search(text)


def _root() -> Traversable:
    return resources.files("bilateral") / "data" / "lexicon"


@lru_cache(maxsize=1)
def _load_packaged() -> Lexicon:
    root = _root()
    return load_lexicon(root / "triggers.tsv", root / "frames.json",
                        converted=root / "triggers_petrarch.tsv", forms=root / "forms_petrarch.tsv",
                        word_forms=root / "word_forms.tsv")


def merge_converted(project: Iterable[TriggerKey], converted: Mapping[TriggerKey, _V]) -> tuple[
        dict[TriggerKey, _V], int]:
    """Converted entries that the project's own entries leave room for, and how many object nouns were lost.

    The project wins where the two disagree: a converted entry without object nouns is dropped when the project
    has any entry for the same word, class and particle (a verb the project codes only with certain objects
    stays so); a converted entry with object nouns loses those the project already has for that word and
    particle, and is dropped when none is left. Of two converted entries left with the same key the first wins.
    """
    known: dict[tuple[str, str, str | None], set[str]] = {}
    for key in project:
        known.setdefault((key.pos, key.lemma, key.particle), set()).update(key.objects)
    out: dict[TriggerKey, _V] = {}
    lost = 0
    for key, value in converted.items():
        nouns = known.get((key.pos, key.lemma, key.particle))
        if nouns is not None:
            if not key.objects:
                continue
            left = key.objects - nouns
            lost += len(key.objects) - len(left)
            if not left:
                continue
            key = key._replace(objects=frozenset(left))
        out.setdefault(key, value)
    return out, lost


def read_trigger_keys(path: Traversable) -> list[TriggerKey]:
    """The keys of a trigger file's entries, validated like the lexicon's (for tools that merge into it)."""
    return [entry.key for entry in _read_triggers(path, load_codes())]


def load_lexicon(triggers_path: Traversable, frames_path: Traversable, converted: Traversable | None = None,
                 forms: Traversable | None = None, word_forms: Traversable | None = None) -> Lexicon:
    """Load and validate a trigger file and a frame-rule file (KnowledgeError names the file and line).

    ``converted`` is a second trigger file of converted entries, merged below the first (``merge_converted``);
    ``forms`` lists irregular forms of its verbs for the pre-filter, ``word_forms`` those of English verbs and
    nouns (``tools/word_forms.py``).
    """
    codes = load_codes()
    rules = load_frame_rules(frames_path, codes)
    own = _read_triggers(triggers_path, codes)
    merged = list(own)
    # irregular forms for the pre-filter, from every source at once: English, the frame rules, the converted verbs
    known: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, listed in (read_word_forms(word_forms) if word_forms is not None else {}).items():
        known[key].update(listed)
    for lemma, listed in rules.irregular_forms.items():
        known[("verb", lemma)].update(listed)
    if converted is not None:
        read = _read_triggers(converted, codes, allow_empty=True)
        extra, _ = merge_converted((e.key for e in own), {e.key: e for e in read})
        merged.extend(replace(entry, objects=key.objects) for key, entry in extra.items())
        for lemma, listed in (_read_forms(forms) if forms is not None else {}).items():
            known[("verb", lemma)].update(listed)
    entries: dict[tuple[str, str], list[TriggerEntry]] = {}
    for entry in merged:
        entries.setdefault((entry.pos, entry.lemma), []).append(entry)
    frozen = {k: tuple(sorted(v, key=lambda e: -e.specificity)) for k, v in entries.items()}
    heads = [(e.pos, e.lemma, e.objects) for group in frozen.values() for e in group]
    # events coded without a trigger word of their own: "X plans to visit Y", "X said Y must withdraw",
    # "X wants Y to explain"
    none: frozenset[str] = frozenset()
    heads.extend(("verb", word, none) for word in (*rules.intent_verbs, *rules.object_appeals, "must", "should"))
    heads.extend(("noun", word, none) for word in rules.need_nouns)  # "stressed the need for X to ..."
    heads.extend(("verb", word, none) for word in rules.obligation_verbs)  # "said X needed to ..."
    heads.extend(("noun", word, none) for word in rules.obligation_nouns)  # "said X is under an obligation to ..."
    # "X called Y's tariffs unacceptable", "X said Y's plan is illegal": a characterising or speech verb counts only
    # beside a disapproving word
    heads.extend(("verb", word, rules.disapproving_words)
                 for word in (*rules.characterising_verbs, *rules.speech_verbs, "accord"))  # "according to X, ..."
    # "calls Xi a friend", "said X's accord with Y is a positive step"
    heads.extend(("verb", word, rules.approving_words | rules.approving_modifiers)
                 for word in (*rules.characterising_verbs, *rules.speech_verbs))
    # "X's trial began", "his trial has been ongoing": a trial noun counts only beside a word of going on
    trials = load_faced_charges()
    going = frozenset(f for word in trials.going_on for f in verb_forms(word, known))
    heads.extend(("noun", word, going) for word in trials.trial_nouns)
    version = f"{rules.version}+triggers/{len(frozen)}"
    return Lexicon(version, frozen, rules, build_prefilter(heads, known))


def _read_forms(path: Traversable) -> dict[str, tuple[str, ...]]:
    """Irregular verb forms, one verb a line: the lemma, a tab, the forms separated by ``|``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the verb forms: {e}") from e
    out: dict[str, tuple[str, ...]] = {}
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 2 or not cols[0].strip():
            raise KnowledgeError(f"{path}:{n}: expected a lemma, a tab and forms separated by '|'")
        out[cols[0].strip()] = tuple(w.strip() for w in cols[1].split("|") if w.strip())
    return out


def _read_triggers(path: Traversable, codes: CodeTable, allow_empty: bool = False) -> list[TriggerEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the trigger lexicon: {e}") from e
    out: list[TriggerEntry] = []
    seen: set[tuple[str, str, str | None, frozenset[str], frozenset[str]]] = set()
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != _COLUMNS:
            raise KnowledgeError(f"{path}:{n}: expected {_COLUMNS} tab-separated columns, got {len(cols)}")
        pos, lemma, particle, objects, preps, cameo, flags = (c.strip() for c in cols)
        if pos not in ("verb", "noun"):
            raise KnowledgeError(f"{path}:{n}: pos must be 'verb' or 'noun', got {pos!r}")
        if not lemma or lemma != lemma.lower() or " " in lemma:
            raise KnowledgeError(f"{path}:{n}: lemma must be one lower-case word, got {lemma!r}")
        if cameo not in codes:
            raise KnowledgeError(f"{path}:{n}: unknown CAMEO code {cameo!r}")
        if not codes.codable(cameo):
            raise KnowledgeError(f"{path}:{n}: CAMEO code {cameo} has no PLOVER type and is no 01x statement")
        flag_set = frozenset() if flags == "-" else frozenset(f.strip() for f in flags.split(","))
        if not flag_set <= _FLAGS:
            raise KnowledgeError(f"{path}:{n}: unknown flag(s) {sorted(flag_set - _FLAGS)}; use {sorted(_FLAGS)}")
        obj_set = _words(objects)
        prep_set = _words(preps)
        key = (pos, lemma, None if particle == "-" else particle, obj_set, prep_set)
        if key in seen:
            raise KnowledgeError(f"{path}:{n}: duplicate entry for {pos} {lemma!r}")
        seen.add(key)
        out.append(TriggerEntry(pos, lemma, key[2], obj_set, prep_set, CameoCode(cameo), flag_set, n))
    if not out and not allow_empty:
        raise KnowledgeError(f"{path}: the trigger lexicon has no entries")
    return out


def _words(col: str) -> frozenset[str]:
    return frozenset() if col == "-" else frozenset(w.strip() for w in col.split("|") if w.strip())
