"""Acts whose object names two fields at once, each field its own act: "vowed to keep up its trade and security
ties with X" (economic and military cooperation), "asked Y for economic and military aid" (economic and military
aid).

CAMEO codes cooperation, aid and appeals for them by field (061 economic, 062 military cooperation; 0231 economic,
0232 military aid), and one event per act (docs/gold-guidelines.md, Unit): a field list in the object's modifiers
tells one act per field. The frame keeps the first field's code, and each other field is a frame of its own
triggered by its modifier word, so that the coder keeps them apart. Fields and codes are data
(``data/lexicon/domain_codes.json``).

Not fired: acts CAMEO does not split by field ("economic and political sanctions" is one sanction), modifiers of
one field ("defense and security cooperation"), a field list on a noun event with no verb ("close political and
security ties" names a state, not an act), a modifier that names no field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.errors import KnowledgeError
from bilateral.events.arguments import conjuncts
from bilateral.events.frames import Frame
from bilateral.models import CameoCode

__all__ = ["domain_acts"]

_MODIFIERS = frozenset({"amod", "nmod", "compound"})
_MAX_MEMBERS = 6


@dataclass(frozen=True, slots=True)
class DomainCodes:
    """The words of each field, and for an act's code (or root) the code of that act in each field."""

    fields: Mapping[str, str]
    """Modifier word -> field."""
    codes: Mapping[str, Mapping[str, str]]


def domain_acts(frames: Sequence[Frame]) -> list[Frame]:
    """New frames, one per field after the first that a frame's object names; the frame itself takes the first
    field's code."""
    table = _domain_codes()
    out: list[Frame] = []
    for frame in frames:
        codes = next((table.codes[k] for k in (frame.cameo, frame.cameo[:3], frame.cameo[:2]) if k in table.codes),
                     None)
        objects = [w for w in frame.words if w.pos_ == "NOUN" and w != frame.trigger]
        if codes is None or not objects or frame.trigger.pos_ != "VERB":
            continue  # cheap exit: most frames are no act split by field
        found = _fields(objects[0], table.fields)
        if len(found) < 2 or any(field not in codes for _, field in found):
            continue
        (_, first), *rest = found
        for word, field in rest:
            out.append(replace(frame, trigger=word, words=[*frame.words, word], cameo=CameoCode(codes[field]),
                               sources=list(frame.sources), targets=list(frame.targets), extra=[], statement=None))
        frame.cameo = CameoCode(codes[first])
    return out


def _fields(noun: Token, fields: Mapping[str, str]) -> list[tuple[Token, str]]:
    """The fields the modifiers of ``noun`` name, each once, in order, with the word that names it: the modifiers
    and their conjuncts ("trade and security relations": trade, security)."""
    words: list[Token] = []
    for child in noun.children:
        if child.dep_ in _MODIFIERS and child.lower_ in fields:
            words += conjuncts(child, _MAX_MEMBERS)
    out: list[tuple[Token, str]] = []
    for word in sorted(words, key=lambda w: w.i):
        field = fields.get(word.lower_)
        if field is not None and all(field != f for _, f in out):
            out.append((word, field))
    return out


@lru_cache(maxsize=1)
def _domain_codes() -> DomainCodes:
    """``data/lexicon/domain_codes.json``, read once."""
    path = resources.files("bilateral") / "data" / "lexicon" / "domain_codes.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        fields = {str(w): str(field) for field, ws in raw["domains"].items() for w in ws}
        codes = {str(k): {str(f): str(c) for f, c in v.items()} for k, v in raw["codes"].items()}
    except (OSError, json.JSONDecodeError, KeyError, AttributeError) as e:
        raise KnowledgeError(f"{path}: cannot load the field codes: {e}") from e
    unknown = sorted(c for v in codes.values() for c in v.values() if not load_codes().codable(c))
    if unknown:
        raise KnowledgeError(f"{path}: codes with no PLOVER type in data/cameo.json: {', '.join(unknown)}")
    return DomainCodes(fields, codes)
