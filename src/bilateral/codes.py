"""CAMEO and PLOVER code tables: names, CAMEO→PLOVER type, quad class and Goldstein weight.

The table lives in ``data/cameo.json`` (CAMEO 1.1b3 codes with the codebook's Goldstein weights and the
PLOVER 2021 conversion). CAMEO 01x (public statements: comments, claims and denials of responsibility,
condolences, accord) has no PLOVER type; the coder still codes them, as ICEWS and GDELT do, with ``event_type``
None (``is_statement``). 02x (appeals) is REQUEST, as in PLOVER.

Quad class follows the CAMEO root, as GDELT and most analysts use it (DESIGN.md): 01-05 verbal
cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. Tying it to the
PLOVER type instead put cooperative appeals (02x, Goldstein +3) among verbal conflict. The PLOVER split
survives only as ``plover_quad``, which the coder's rules read (PLOVER counts an appeal as a demand).
Phoenix files carry a "PentaClass" that is the quad class with 0 for the neutral roots 01-02.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from bilateral.errors import KnowledgeError
from bilateral.models import CameoCode, PloverType

PLOVER_TYPES: tuple[PloverType, ...] = tuple(
    PloverType(t)
    for t in (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    )
)

PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

"""PLOVER's own cooperation/conflict split by type (appeals, REQUEST, among verbal conflict); not the quad class."""

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
}

_QUAD_LAST_ROOT = ((5, 1), (8, 2), (13, 3), (20, 4))
"""Each quad class with the last CAMEO root it holds (01-05, 06-08, 09-13, 14-20)."""


def quad_class_of(code: str) -> int:
    """The quad class (1-4) of a CAMEO code, by its root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(code[:2]) if code[:2].isdigit() else 0
    for last, quad in _QUAD_LAST_ROOT:
        if 1 <= root <= last:
            return quad
    raise KnowledgeError(f"unknown CAMEO code {code!r}: its root must be 01-20")


STATEMENT_ROOT = "01"
"""The CAMEO root of public statements, the one root PLOVER leaves without a type."""


UNTYPED = "UNTYPED"
"""The type filter (``--type UNTYPED``, ``?type=UNTYPED``) that selects the untyped CAMEO 01x statements; never an
``event_type`` value, which stays null for them."""
UNTYPED_LABEL = "statement (no PLOVER type)"
"""How tables, reports and the dashboard name the type of an untyped CAMEO 01x statement."""


def type_label(event_type: str | None) -> str:
    """An event's type for people to read: its PLOVER type, or ``UNTYPED_LABEL`` for a 01x statement."""
    return event_type or UNTYPED_LABEL


def is_statement(code: str) -> bool:
    """True for a CAMEO 01x code: a public statement, coded as an event with no PLOVER type (untyped)."""
    return code[:2] == STATEMENT_ROOT


def penta_class_of(code: str) -> int:
    """Phoenix's PentaClass of a CAMEO code: 0 for the neutral roots 01-02, else the quad class."""
    return 0 if code[:2] in ("01", "02") else quad_class_of(code)


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One CAMEO code with its name, Goldstein weight and PLOVER type (None for 01x statements)."""

    code: CameoCode
    name: str
    goldstein: float
    plover: PloverType | None

    @property
    def quad_class(self) -> int:
        """Quad class 1-4 by the CAMEO root (GDELT's convention)."""
        return quad_class_of(self.code)

    @property
    def plover_quad(self) -> int | None:
        """PLOVER's split of the code's type (see ``PLOVER_QUAD``), or None when the code has no PLOVER type."""
        return PLOVER_QUAD[self.plover] if self.plover else None


@dataclass(frozen=True, slots=True)
class CodeTable:
    """All CAMEO codes, looked up by code string."""

    version: str
    entries: dict[str, CameoEntry]

    def get(self, code: str) -> CameoEntry:
        """The entry for ``code``; KnowledgeError names the code when it is not CAMEO."""
        try:
            return self.entries[code]
        except KeyError:
            raise KnowledgeError(f"unknown CAMEO code {code!r}: use a 2-4 digit code from CAMEO 1.1b3") from None

    def __contains__(self, code: object) -> bool:
        return code in self.entries

    def codable(self, code: str) -> bool:
        """True when the coder may emit ``code``: a CAMEO code with a PLOVER type, or a 01x statement (untyped).
        The other roots' bare two-digit codes ("03", "19") have no PLOVER type and are too coarse to code."""
        return code in self.entries and (self.entries[code].plover is not None or is_statement(code))


def cameo_to_plover(code: str, table: CodeTable | None = None) -> PloverType | None:
    """The PLOVER type of a CAMEO code under the PLOVER 2021 conversion."""
    return (table or load_codes()).get(code).plover


@lru_cache(maxsize=1)
def load_codes() -> CodeTable:
    """Load and validate the packaged code table (once per process)."""
    path = resources.files("bilateral") / "data" / "cameo.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise KnowledgeError(f"{path}: cannot load the CAMEO table: {e}") from e
    entries: dict[str, CameoEntry] = {}
    for code, row in raw["codes"].items():
        plover = row.get("plover")
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise KnowledgeError(f"{path}: bad CAMEO code {code!r}")
        if plover is not None and plover not in PLOVER_QUAD:
            raise KnowledgeError(f"{path}: code {code} has unknown PLOVER type {plover!r}")
        entries[code] = CameoEntry(CameoCode(code), row["name"], float(row["goldstein"]),
                                   PloverType(plover) if plover else None)
    return CodeTable(version=raw["version"], entries=entries)
