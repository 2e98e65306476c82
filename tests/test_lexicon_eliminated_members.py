"""Eliminating members or leaders of an armed group is killing them (triggers.tsv: 'eliminate' with
member|leader, as with militant|fighter|commander|gunman -> 190): "Somali forces eliminated key members of
al-Shabab", the group named by the noun's "of" phrase. Must-not cases: the verb's other senses, where what is
eliminated is no person ("eliminated member states' vetoes", "eliminated the leader's privileges", "eliminated
tariffs"). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Somali forces": "SOMMIL", "al-Shabab": "SOMREB", "The Nigerian army": "NGAMIL", "Boko Haram": "NGAREB",
          "The EU": "IGOEU", "Kenya": "KEN", "Uganda": "UGA", "Russia": "RUS"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Somali forces eliminated key members of al-Shabab on Monday.", {("SOMMIL", "SOMREB", "190")}),
    ("The Nigerian army eliminated two leaders of Boko Haram on Monday.", {("NGAMIL", "NGAREB", "190")}),
    # must-not: nothing living is eliminated
    ("The EU eliminated member states' vetoes on Russia.", set()),
    ("Kenya eliminated the leader's privileges on Monday.", set()),
    ("Kenya eliminated tariffs on goods from Uganda.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_eliminated_members(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "19") == want
