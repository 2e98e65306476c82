"""Loss of life caused or inflicted (CAMEO 190): casualties, deaths or bloodshed caused to or among X, losses
inflicted on X, and a loss the modifier 'human' marks as loss of life. Beside each case the same verbs with a loss of
money or goods, or with damage, code nothing: a policy that causes financial losses or damage is no use of force.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Eritrean troops caused heavy casualties among Tigrayan civilians.",
     {"Eritrean troops": "ERIMIL", "Tigrayan civilians": "ETHCVL"}, {("ERIMIL", "ETHCVL", "190")}),
    ("The Sudanese army caused great human and material loss to the villagers of Darfur.",
     {"Sudanese army": "SDNMIL", "villagers of Darfur": "SDNCVL"}, {("SDNMIL", "SDNCVL", "190")}),
    ("Ukrainian forces inflicted heavy losses on Russian units near Bakhmut.",
     {"Ukrainian forces": "UKRMIL", "Russian units": "RUSMIL"}, {("UKRMIL", "RUSMIL", "190")}),
    ("The Polish grain ban caused financial losses to Ukrainian farmers.",
     {"Polish": "POLGOV", "Ukrainian farmers": "UKRAGR"}, set()),
    ("Chile's new tax caused material damage to Peruvian exporters.",
     {"Chile": "CHLGOV", "Peruvian exporters": "PERBUS"}, set()),
    ("The dispute caused a delay to Norway's plans.", {"Norway": "NORGOV"}, set()),
]


@pytest.mark.parametrize(("text", "actors", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_casualties_coded(nlp: Language, text: str, actors: dict[str, str],
                                  expected: set[tuple[str, str | None, str]]) -> None:
    assert coded_triples(nlp, text, actors, "19") == expected
