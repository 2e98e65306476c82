"""The vocabulary of event merging, read from ``data/merging.json`` and validated once.

It holds CAMEO's announcement codes with the act each announces (so "Blinken will visit Kigali", 036, meets
"Blinken arrived in Kigali", 042), the words that say nothing about what happened (function words; titles,
reporting verbs and calendar words, since actors and dates are compared on their own), and the words that show
who is named and who spoke: titles a person's name follows ("Prime Minister Shehbaz Sharif"), verbs whose subject
is the speaker ("Leavitt called", "..., said Casin") and the capitalised words that open such a sentence without
naming anyone ("Officials said"). Keeping them as data lets a user read and extend them without touching the
clustering code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from bilateral.errors import KnowledgeError
from bilateral.models import Event

__all__ = ["MergeVocabulary", "load_merge_vocabulary", "merge_type", "own_type", "realised_type"]

_CAMEO = re.compile(r"\d{3,4}")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class MergeVocabulary:
    """Announcement codes with the code of the act each announces, the words that carry no content, and the words
    that show who is named or who spoke."""

    announced_acts: dict[str, str]
    stop_words: frozenset[str]
    titles: frozenset[str] = frozenset()
    """Words a person's name follows ("President", "Minister", "Mr")."""
    speaker_verbs: frozenset[str] = frozenset()
    """Verbs whose capitalised subject right before them names the speaker ("Bugti said", "Leavitt called")."""
    inverted_speaker_verbs: frozenset[str] = frozenset()
    """Verbs a speaker's name may follow at the end of a clause ("..., said Casin.")."""
    generic_speakers: frozenset[str] = frozenset()
    """Capitalised words that may open a sentence before a speaker verb without naming anyone ("Officials")."""


def _packaged() -> Path:
    return Path(str(resources.files("bilateral") / "data" / "merging.json"))


def _words(raw: dict[str, Any], name: str, path: Path) -> frozenset[str]:
    words = raw.get(name)
    if not isinstance(words, list) or not all(isinstance(w, str) and _WORD.fullmatch(w) for w in words):
        raise KnowledgeError(f"{path}: {name!r} must be a list of lower-case words (a-z); fix the file")
    return frozenset(words)


def _announced(raw: dict[str, Any], path: Path) -> dict[str, str]:
    table = raw.get("announced_acts")
    if not isinstance(table, dict) or not table:
        raise KnowledgeError(f"{path}: 'announced_acts' must map CAMEO announcement codes to the code they announce")
    for announced, done in table.items():
        if not (isinstance(done, str) and _CAMEO.fullmatch(announced) and _CAMEO.fullmatch(done)):
            raise KnowledgeError(f"{path}: 'announced_acts' entry {announced!r}: {done!r} must pair two CAMEO codes "
                                 "of 3-4 digits, e.g. \"036\": \"040\"")
        if announced[:2] not in ("03", "13"):
            raise KnowledgeError(f"{path}: 'announced_acts' entry {announced!r} is not an intent (03x) or threat "
                                 "(13x) code")
    return dict(table)


def read_merge_vocabulary(path: Path) -> MergeVocabulary:
    """A merge vocabulary file, validated; a KnowledgeError names the file and the bad entry."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{path}: cannot read the merge vocabulary ({e}); reinstall bilateral or fix the file"
                             ) from e
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: the merge vocabulary must be a JSON object")
    return MergeVocabulary(_announced(raw, path),
                           _words(raw, "function_words", path) | _words(raw, "speech_words", path),
                           _words(raw, "titles", path), _words(raw, "speaker_verbs", path),
                           _words(raw, "inverted_speaker_verbs", path), _words(raw, "generic_speakers", path))


@lru_cache(maxsize=1)
def load_merge_vocabulary() -> MergeVocabulary:
    """The packaged merge vocabulary (read once)."""
    return read_merge_vocabulary(_packaged())


@lru_cache(maxsize=1)
def _realised() -> dict[str, str]:
    """PLOVER type of the act each announcement code announces (codes missing from the code table left out)."""
    from bilateral.codes import load_codes

    codes = load_codes()
    out = {}
    for announced, done in load_merge_vocabulary().announced_acts.items():
        plover = codes.entries[done].plover if done in codes else None
        if plover is not None:
            out[announced] = str(plover)
    return out


@lru_cache(maxsize=4096)
def realised_type(cameo: str) -> str | None:
    """The PLOVER type of the act an announcement code (an intent 03x, a threat 13x) announces, or None."""
    table = _realised()
    for n in range(len(cameo), 2, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def own_type(event_type: str | None, cameo: str) -> str:
    """The type a mention merges under by itself: its PLOVER type, or for a CAMEO 01x statement, which has none,
    its three-digit code, so condolences (018) meet condolences and never a claim of responsibility (015)."""
    return str(event_type) if event_type else cameo[:3]


def merge_type(event: Event) -> str:
    """The type a mention merges under: an announced act (modality ``future``) under the type of the act it
    announces, so "Blinken will visit Kigali" (036) meets "Blinken arrived in Kigali" (042); else its own."""
    own = own_type(event.event_type, str(event.cameo))
    if event.modality == "future":
        return realised_type(str(event.cameo)) or own
    return own


def announces(event: Event) -> bool:
    """Whether a mention announces an act of another type than its own (it merges under the announced type)."""
    return merge_type(event) != own_type(event.event_type, str(event.cameo))
