"""The project's own gold codings of real news: VOA stories coded sentence by sentence.

The stories stay in ``../shared`` (never copied here); the gold is keyed by story id and sentence index, with
the sentence's offsets in the story and a short hash of its text, so that a change in sentence splitting is
detected instead of silently shifting every coding. One file per story (``eval/voa/<story id>.jsonl``), one
line per sentence, every sentence present (an empty ``events`` list says "coded: no event"):

``{"story", "sentence", "start", "end", "sha", "events": [{"source", "target", "cameo", "modality", "date",
"trigger", "context", "happening"}]}``

Actors are CAMEO actor codes (``USAGOV``, ``PAKREB``, ``IGOUNO``, ``---REB`` where the country is unknown); the
PLOVER type is derived from the CAMEO code by the project's table, so the two can never disagree. The coding
rules are in ``docs/gold-guidelines.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bilateral.codes import load_codes
from bilateral.errors import InputError

MODALITIES = frozenset({"asserted", "alleged", "negated", "future", "hypothetical"})
SCORED_MODALITIES = frozenset({"asserted", "alleged", "future"})
"""Gold events that count in precision and recall: what happened, was alleged, or was announced (coded as the
intent or threat CAMEO makes of it). Negated and hypothetical ones are kept for the modality figures only."""
_ACTOR = re.compile(r"^(?:[A-Z]{3}|---)[A-Z0-9]{0,12}$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class SentenceKey:
    """Where one sentence sits in its story, and a hash of its text (no text is stored)."""

    index: int
    start: int
    end: int
    sha: str


@dataclass(frozen=True, slots=True)
class VoaEvent:
    """One gold event: CAMEO actor codes, CAMEO code (PLOVER type derived), modality, date, provenance."""

    source: str
    target: str | None
    cameo: str
    plover: str
    modality: str
    date: str | None
    trigger: str | None
    context: bool
    happening: str | None

    @property
    def scored(self) -> bool:
        """Whether the event counts in precision and recall."""
        return self.modality in SCORED_MODALITIES


@dataclass(frozen=True, slots=True)
class VoaSentence:
    """The gold of one sentence."""

    story: str
    key: SentenceKey
    events: tuple[VoaEvent, ...]


def sentence_hash(text: str) -> str:
    """First 10 hex digits of the SHA-1 of a sentence's whitespace-normalised text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:10]


def sentence_keys(text: str) -> list[SentenceKey]:
    """The keys of a story's sentences as the project splits them."""
    from bilateral.nlp import split_sentences

    return [SentenceKey(s.index, s.start, s.end, sentence_hash(s.text)) for s in split_sentences(text)]


def country_of(code: str | None) -> str | None:
    """An actor code at the level scoring uses: its country, ``IGO``/``NGO`` for international bodies, ``---``
    where the country is unknown; None for no actor."""
    if not code:
        return None
    return code[:3]


def _event(raw: Mapping[str, object], where: str) -> VoaEvent:
    codes = load_codes()
    source, target = raw.get("source"), raw.get("target")
    cameo = str(raw.get("cameo") or "")
    if not isinstance(source, str) or not _ACTOR.match(source):
        raise ValueError(f"{where}: source {source!r} is not a CAMEO actor code (USAGOV, ---REB)")
    if target is not None and (not isinstance(target, str) or not _ACTOR.match(target)):
        raise ValueError(f"{where}: target {target!r} is not a CAMEO actor code or null")
    if cameo not in codes or codes.get(cameo).plover is None:
        raise ValueError(f"{where}: cameo {cameo!r} is not a CAMEO code with a PLOVER type (3 or 4 digits, not 01x)")
    modality = raw.get("modality", "asserted")
    if modality not in MODALITIES:
        raise ValueError(f"{where}: modality {modality!r} is not one of {sorted(MODALITIES)}")
    date = raw.get("date")
    if date is not None and (not isinstance(date, str) or not _DATE.match(date)):
        raise ValueError(f"{where}: date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if isinstance(date, str):
        dt.date.fromisoformat({4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date), date))  # a real calendar day
    plover = codes.get(cameo).plover
    assert plover is not None
    trigger, happening = raw.get("trigger"), raw.get("happening")
    return VoaEvent(source, target, cameo, str(plover), str(modality), date,
                    str(trigger) if trigger else None, bool(raw.get("context", False)),
                    str(happening) if happening else None)


def read_story_gold(path: Path) -> list[VoaSentence]:
    """The gold sentences of one story file; InputError names the file and line of a bad record."""
    out: list[VoaSentence] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read the gold file: {e}", path=str(path)) from e
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            key = SentenceKey(int(raw["sentence"]), int(raw["start"]), int(raw["end"]), str(raw["sha"]))
            events = tuple(_event(e, f"event {i}") for i, e in enumerate(raw.get("events") or []))
            out.append(VoaSentence(str(raw["story"]), key, events))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise InputError(f"bad gold line ({e})", path=str(path), line=n) from e
    return out


def read_gold_folder(folder: Path) -> dict[str, list[VoaSentence]]:
    """Every story file of a gold folder, by story id."""
    if not folder.is_dir():
        raise InputError("no such gold folder", path=str(folder))
    out: dict[str, list[VoaSentence]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        sentences = read_story_gold(path)
        if sentences:
            out[sentences[0].story] = sentences
    return out


def read_stories(path: Path) -> dict[str, dict[str, str]]:
    """The stories of a VOA JSON Lines file, by id (fields id, title, text, published, url, section)."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read the stories: {e}", path=str(path)) from e
    return {str(r["id"]): r for r in rows}


def check_story(story: str, gold: Iterable[VoaSentence], keys: list[SentenceKey]) -> Iterator[str]:
    """Problems of one story's gold against the sentences the project splits it into."""
    by_index = {s.key.index: s for s in gold}
    for key in keys:
        found = by_index.pop(key.index, None)
        if found is None:
            yield f"{story}: sentence {key.index} is not coded"
        elif found.key != key:
            yield f"{story}: sentence {key.index} is keyed {found.key}, the story now splits as {key}"
    for index in sorted(by_index):
        yield f"{story}: sentence {index} is not in the story as now split"
