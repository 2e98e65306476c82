"""A cell, ring or gang broken up, dismantled or rounded up (CAMEO 173: "dismantle", "break up", "round up"), told
in the passive with no agent, is the act of the police of the state where it happened (``state_acts`` in
frames.json, ``implied.implied_agents``), as "arrested in X" is. Must-not cases: a camp or a programme dismantled
(no custody act: no 17x code), a cell broken up by someone named, talks broken off. Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Italy": "ITA", "jihadist cell": "ITAREB", "smuggling ring": "GRCCRM", "Greece": "GRC",
          "opposition supporters": "BLROPP", "Belarus": "BLR", "protest camp": "BLROPP", "Libya": "LBY",
          "weapons programme": "LBYGOV", "Greek coast guard": "GRCMIL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("A jihadist cell was dismantled in Italy last month.", {("ITACOP", "ITAREB", "173")}),
    ("A smuggling ring was broken up in Greece on Friday.", {("GRCCOP", "GRCCRM", "173")}),
    ("Dozens of opposition supporters were rounded up in Belarus on Sunday.", {("BLRCOP", "BLROPP", "173")}),
    # must-not: a camp taken down is no custody act
    ("The protest camp was dismantled in Belarus on Sunday.", set()),
    # must-not: a programme given up is no custody act
    ("The weapons programme was dismantled in Libya in 2004.", set()),
    # must-not: the agent is named
    ("A smuggling ring was broken up by the Greek coast guard in Greece.", {("GRCMIL", "GRCCRM", "173")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_broken_up_cells(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "17") == want
