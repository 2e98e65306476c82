"""The trigger lexicon and frame rules of the rule coder, loaded from ``data/lexicon/`` and validated once.

``triggers.tsv`` maps verbs, light-verb constructions (verb + object noun), phrasal verbs and event nouns to
CAMEO codes; ``triggers_petrarch.tsv`` (with ``forms_petrarch.tsv``, irregular verb forms) holds entries
converted from PETRARCH-2's CAMEO verb dictionary by ``tools/convert_cameo_verbs.py``, below the project's
own entries (``merge_converted``: the project's entries win); ``frames.json`` says which verbs govern embedded
events (intent, refusal, appeals, speech, denial) and which words mark modality. All are data so analysts can
read and extend them; a bad line raises ``KnowledgeError`` naming the file and line.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from typing import Any, NamedTuple, TypeVar

from bilateral.codes import CodeTable, load_codes
from bilateral.errors import KnowledgeError
from bilateral.events.prefilter import Prefilter, build_prefilter, read_word_forms
from bilateral.models import CameoCode

_FLAGS = frozenset({"recip", "notarget", "nodobj", "weak", "experiencer", "domestic", "intransitive", "standing"})
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
class FrameRules:
    """Word lists and code maps from ``frames.json`` that drive embedding and modality."""

    version: str
    intent_verbs: Mapping[str, str]
    intent_codes: Mapping[str, Mapping[str, str]]
    addressee_intents: frozenset[str]
    object_control: frozenset[str]
    future_governors: frozenset[str]
    forecast_verbs: frozenset[str]
    """Verbs of expecting ("expect", "predict"): what others are expected to do did not happen; it is hypothetical."""
    topic_prepositions: frozenset[str]
    """A meeting's phrases with these ("talks about Iran", "a meeting on Syria") name its topic, not its partner."""
    press_sectors: frozenset[str]
    """Sectors of the press: talking to reporters is a statement (CAMEO 01x), not a consultation."""
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    speech_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    act_nouns: frozenset[str]
    """Nouns for an act of one side that another answers ("condemned the move by X", "backed X's decision"), beside
    the claim, proposal and statement nouns and the lexicon's event nouns (events/frames.py ``act_agents``)."""
    response_verbs: frozenset[str]
    """Verbs that answer another side's act named by their object ("rejected the plan announced by X", "condemned
    the threats made by X"): whoever did the act is the target. Not "deny" or "dismiss": denying an act denies
    doing it, not the doer (their claim nouns are answered as every verb's are)."""
    responsibility_verbs: frozenset[str]
    responsibility_nouns: frozenset[str]
    """"X claimed responsibility for the attack": the claimant owns the act (events/recalled.py)."""
    proposal_nouns: frozenset[str]
    feeling_adjectives: Mapping[str, str]
    """Adjectives of feeling and the experiencer verb each stands for ("concerned" -> concern)."""
    """Nouns for what one side puts to another ("an offer from Kabul"): their "from"/"by" names the target."""
    stance_adjectives: Mapping[str, str]
    """Adjectives of outlook and the statement code each states after a copula ("optimistic" -> 013)."""
    deliberation_verbs: Mapping[str, str]
    """Verbs that with a gerund weigh a policy option ("considering sending aid" -> 014; events/stances.py)."""
    allegation_adverbs: frozenset[str]
    noun_future_modifiers: frozenset[str]
    noun_hypothetical_modifiers: frozenset[str]
    noun_alleged_modifiers: frozenset[str]
    governing_verbs: frozenset[str]
    enabling_verbs: frozenset[str]
    """Verbs whose object is an act of others they bring about ("brokered talks between X and Y")."""
    performing_verbs: frozenset[str]
    """Governing verbs whose subject carries out the act their object names ("launched attacks on X", "raised
    tariffs on X"), unlike one that announces or orders it: as sure of its source as the act's own verb."""
    growth_nouns: frozenset[str]
    """Nouns of more of an act, which take the act's arguments ("a tariff increase on X", "U.S. tariff hikes on X"):
    coded as the act their event-noun modifier names (events/nominal.py)."""
    customs_charges: frozenset[str]
    """Event nouns for charges only the importing country levies ("tariffs", "duties"): "tariffs on Chinese imports
    to Canada" are Canada's (events/nominal.py)."""
    recipient_verbs: frozenset[str]
    """Verbs whose subject receives the act their object names ("received aid from X", "drew criticism from X"):
    the subject is that act's target, never its source (events/nominal.py)."""
    relative_pronouns: frozenset[str]
    member_nouns: frozenset[str]
    """Nouns for people who act for a group they are "from" ("members of parliament from Ghana's NPP")."""
    territorial_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    place_nouns: frozenset[str]
    question_verbs: frozenset[str]
    """Verbs that with an "if"/"whether" clause ask a question rather than request an act ("asked X if ...")."""
    """Nouns of places: a possessor of one places an act there ("in Syria's Idlib region")."""
    """Verbs whose "from V-ing" names an act kept from happening ("prevented X from contacting Y")."""
    state_acts: Mapping[str, str]
    """Acts only a state commits ("arrest", "deport") -> the sector that acts for it when no agent is named."""
    """Verbs that with an object predicate characterise rather than act ("called X a threat")."""
    """Verbs of taking that, with a place as object ("captured Goma", "seized Bukavu"), occupy territory (192)."""
    object_appeals: frozenset[str]
    """Verbs that with an object and an infinitive ask the object to act ("wants Germany to pay")."""
    statement_nouns: frozenset[str]
    """What is issued to speak ("issued a statement urging X to ..."): the issuer is who speaks (events/speech.py)."""
    appeal_objects: frozenset[str]
    """What a public appeal asks for ("called for reform", "urged for an end to X"): with such a "for" object an
    appeal that names no addressee is kept without a target (events/unaddressed.py)."""
    cognition_verbs: frozenset[str]
    """"X said Y must understand that ...": a clause of knowing is no demand for an act (events/embedding.py)."""
    address_verbs: frozenset[str]
    """"Speaking to lawmakers, X said ...": speaking as the setting of a statement is no consultation."""
    characterising_verbs: frozenset[str]
    disapproving_words: frozenset[str]
    """Calling something one of these ("called X's tariffs unacceptable", "described X's plan as a disaster") with
    one of the characterising verbs criticises it (events/speech.py)."""
    approving_words: frozenset[str]
    """Calling an actor or what it owns one of these ("calls Xi a dear friend", "called X's plan constructive")
    with one of the characterising verbs praises it (051, events/speech.py); neutral words ("a partner") say
    nothing."""
    peacekeeping_words: frozenset[str]
    peacekeeping_verbs: frozenset[str]
    """Sending or deploying peacekeepers is providing peacekeeping (074), not a visit or a mobilisation."""
    harm_verbs: frozenset[str]
    """A comma-set participle of one of these after an attack names whom it hit ("shelled the town, killing two
    soldiers", "stepped up attacks, inflicting casualties on X"): the attack's target when it has none."""
    aid_kinds: Mapping[str, str]
    """Modifier word -> kind of aid ("military aid" -> military)."""
    aid_codes: Mapping[str, Mapping[str, str]]
    """Aid code -> the finer code for each kind (162 + military -> 1622)."""
    meeting_counterparts: Mapping[str, str]
    """A meeting's code -> the code of the other party's part in it, for the meetings CAMEO defines as both sides'
    act: a call (041), a summit (044), a hosting, whose guest visits (043 -> 042; events/meetings.py)."""
    mutual_meetings: frozenset[str]
    """Generic consultation codes (040, 046) turned round only where the words make the meeting mutual
    (events/meetings.py)."""
    trip_verbs: frozenset[str]
    """Being or going somewhere "to meet Y": the meeting is the purpose of a trip, the traveller's visit."""
    scheduling_words: frozenset[str]
    """"Due", "scheduled": an announced meeting both sides fixed, both sides' intent (036)."""
    irregular_forms: Mapping[str, tuple[str, ...]]
    nonnews: tuple[re.Pattern[str], ...]

    def aid_code(self, cameo: str, words: Iterable[str]) -> CameoCode:
        """The finest code an aid event allows from the words that qualify its aid ("cut military aid": 1622)."""
        table = self.aid_codes.get(cameo)
        if table:
            for word in words:
                kind = self.aid_kinds.get(word)
                if kind is not None and kind in table:
                    return CameoCode(table[kind])
        return CameoCode(cameo)

    def intent_code(self, cls: str, cameo: str, plover: str) -> CameoCode:
        """The CAMEO code of an intent of class ``cls`` toward an act coded ``cameo`` ("threaten" + 163 -> 1312).

        The most specific key wins: the full code, its three- and two-digit roots, its PLOVER type, the default.
        """
        table = self.intent_codes[cls]
        return CameoCode(next(table[k] for k in (cameo, cameo[:3], cameo[:2], plover, "default") if k in table))


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
    rules = _load_rules(frames_path, codes)
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
    # "X called Y's tariffs unacceptable", "X said Y's plan is illegal": a characterising or speech verb counts only
    # beside a disapproving word
    heads.extend(("verb", word, rules.disapproving_words)
                 for word in (*rules.characterising_verbs, *rules.speech_verbs, "accord"))  # "according to X, ..."
    heads.extend(("verb", word, rules.approving_words) for word in rules.characterising_verbs)  # "calls Xi a friend"
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


def _load_rules(path: Traversable, codes: CodeTable) -> FrameRules:
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{path}: cannot load the frame rules: {e}") from e
    try:
        intent_verbs = {str(k): str(v) for k, v in raw["intent_verbs"].items()}
        intent_codes = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw["intent_codes"].items()}
        nonnews = tuple(re.compile(p) for p in raw["nonnews_patterns"])
        sets = {name: frozenset(raw[name]) for name in (
            "addressee_intents", "object_control", "future_governors", "forecast_verbs", "topic_prepositions",
            "press_sectors", "future_aux",
            "hypothetical_aux", "hypothetical_marks", "speech_verbs", "denial_verbs", "claim_nouns", "proposal_nouns",
            "act_nouns", "response_verbs",
            "responsibility_verbs", "responsibility_nouns",
            "allegation_adverbs", "noun_future_modifiers", "noun_hypothetical_modifiers", "noun_alleged_modifiers",
            "governing_verbs", "enabling_verbs", "recipient_verbs", "performing_verbs", "growth_nouns",
            "customs_charges", "relative_pronouns", "member_nouns",
            "territorial_verbs",
            "object_appeals", "peacekeeping_words", "peacekeeping_verbs", "harm_verbs", "naming_verbs",
            "preventing_verbs",
            "place_nouns", "question_verbs", "statement_nouns", "characterising_verbs", "cognition_verbs",
            "address_verbs", "disapproving_words", "approving_words", "appeal_objects", "mutual_meetings",
            "trip_verbs", "scheduling_words")}
        irregular = {str(k): tuple(v) for k, v in raw["irregular_forms"].items()}
        aid_kinds = {str(w): str(kind) for kind, words in raw["aid_kinds"].items() for w in words}
        aid_codes = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw["aid_codes"].items()}
        feelings = {str(k): str(v) for k, v in raw["feeling_adjectives"].items()}
        stances = {str(k): str(v) for k, v in raw["stance_adjectives"].items()}
        deliberation = {str(k): str(v) for k, v in raw["deliberation_verbs"].items()}
        state_acts = {str(k): str(v) for k, v in raw["state_acts"].items()}
        counterparts = {str(k): str(v) for k, v in raw["meeting_counterparts"].items()}
        version = str(raw["version"])
    except KeyError as e:
        raise KnowledgeError(f"{path}: missing key {e} in the frame rules") from e
    except re.error as e:
        raise KnowledgeError(f"{path}: bad pattern in nonnews_patterns: {e}") from e
    for cls_name in set(intent_verbs.values()):
        if cls_name not in intent_codes or "default" not in intent_codes[cls_name]:
            raise KnowledgeError(f"{path}: intent class {cls_name!r} needs an intent_codes entry with a 'default'")
    for base, table in aid_codes.items():
        for kind, code in table.items():
            if code not in codes or codes.get(code).plover is None:
                raise KnowledgeError(f"{path}: aid_codes[{base!r}][{kind!r}] = {code!r} is not a CAMEO code with a "
                                     f"PLOVER type")
    for name, table in (("stance_adjectives", stances), ("deliberation_verbs", deliberation)):
        for word, code in table.items():
            if not codes.codable(code):
                raise KnowledgeError(f"{path}: {name}[{word!r}] = {code!r} is not a codable CAMEO code")
    for code in {*counterparts, *counterparts.values(), *sets["mutual_meetings"]}:
        if code not in codes or codes.get(code).plover != "CONSULT":
            raise KnowledgeError(f"{path}: meeting_counterparts code {code!r} is not a CAMEO consultation (04x)")
    for cls_name, table in intent_codes.items():
        for key, code in table.items():
            if not codes.codable(code):
                raise KnowledgeError(f"{path}: intent_codes[{cls_name!r}][{key!r}] = {code!r} is not a CAMEO code "
                                     f"with a PLOVER type nor a 01x statement")
    return FrameRules(version=version, intent_verbs=intent_verbs, intent_codes=intent_codes,
                      irregular_forms=irregular, nonnews=nonnews, feeling_adjectives=feelings, aid_kinds=aid_kinds,
                      stance_adjectives=stances, deliberation_verbs=deliberation,
                      state_acts=state_acts, meeting_counterparts=counterparts,
                      aid_codes=aid_codes, **sets)
