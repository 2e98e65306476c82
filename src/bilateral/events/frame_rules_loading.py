"""Reading ``data/lexicon/frames.json`` into the coder's ``FrameRules``, checked against the CAMEO table.

Every plain word list is the ``frozenset[str]`` field of ``FrameRules`` of the same name; the code maps are checked
to name codable CAMEO codes, so a bad entry fails at load with ``KnowledgeError`` naming the file and the key,
never later while coding.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields
from importlib.abc import Traversable
from typing import Any

from bilateral.codes import CodeTable
from bilateral.errors import KnowledgeError
from bilateral.events.frame_rules import FrameRules

__all__ = ["load_frame_rules"]


_WORD_SETS = tuple(f.name for f in fields(FrameRules) if f.type == "frozenset[str]")
"""The rules that are plain word lists: every ``frozenset[str]`` field, read from the key of its own name."""


def load_frame_rules(path: Traversable, codes: CodeTable) -> FrameRules:
    """The frame rules in ``path``, validated against the CAMEO table ``codes``."""
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{path}: cannot load the frame rules: {e}") from e
    try:
        intent_verbs = {str(k): str(v) for k, v in raw["intent_verbs"].items()}
        intent_codes = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw["intent_codes"].items()}
        nonnews = tuple(re.compile(p) for p in raw["nonnews_patterns"])
        sets = {name: frozenset(raw[name]) for name in _WORD_SETS}
        irregular = {str(k): tuple(v) for k, v in raw["irregular_forms"].items()}
        aid_kinds = {str(w): str(kind) for kind, words in raw["aid_kinds"].items() for w in words}
        aid_codes = {str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw["aid_codes"].items()}
        feelings = {str(k): str(v) for k, v in raw["feeling_adjectives"].items()}
        stances = {str(k): str(v) for k, v in raw["stance_adjectives"].items()}
        deliberation = {str(k): str(v) for k, v in raw["deliberation_verbs"].items()}
        state_acts = {str(k): str(v) for k, v in raw["state_acts"].items()}
        counterparts = {str(k): str(v) for k, v in raw["meeting_counterparts"].items()}
        by_sector = {str(k): str(v) for k, v in raw["sector_cooperation"].items()}
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
    for sector, code in by_sector.items():
        if not codes.codable(code):
            raise KnowledgeError(f"{path}: sector_cooperation[{sector!r}] = {code!r} is not a codable CAMEO code")
    for code in sets["mutual_acts"]:
        if not codes.codable(code):
            raise KnowledgeError(f"{path}: mutual_acts code {code!r} is not a codable CAMEO code")
    for cls_name, table in intent_codes.items():
        for key, code in table.items():
            if not codes.codable(code):
                raise KnowledgeError(f"{path}: intent_codes[{cls_name!r}][{key!r}] = {code!r} is not a CAMEO code "
                                     f"with a PLOVER type nor a 01x statement")
    return FrameRules(version=version, intent_verbs=intent_verbs, intent_codes=intent_codes,
                      irregular_forms=irregular, nonnews=nonnews, feeling_adjectives=feelings, aid_kinds=aid_kinds,
                      stance_adjectives=stances, deliberation_verbs=deliberation,
                      state_acts=state_acts, meeting_counterparts=counterparts,
                      aid_codes=aid_codes, sector_cooperation=by_sector, **sets)
