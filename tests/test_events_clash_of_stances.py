"""A clash of stances is no fight (events/recoding.py ``clash_of_stances``). A fight verb of both sides
("clashed", "battled") whose subject or partner is a stance noun (``opinion_nouns``: position, view, demand, call,
interest ...) is a disagreement: the stances' owners are not made fighters, nor is the place it happened in.
Must-not cases: parties keep their fight, also when a possessor names whose they are ("Kenya's army"). Sentences
written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "Iran": "IRN", "Oman": "OMN", "Somalia": "SOM", "Paris": "FRA",
          "Kenyan troops": "KENMIL", "Ugandan forces": "UGAMIL", "al-Shabab": "SOMREB", "Washington": "USAGOV"}

STANCES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Kenya's position and Uganda's views clashed at the summit.", set()),
    ("Washington's demand for a freeze and Iran's call for sanctions relief clashed again in Oman.", set()),
    ("Kenya's interests clash with Uganda's proposal on the border.", set()),
    ("The views of Kenya and Uganda clashed sharply during the talks.", set()),
]

FIGHTS: list[tuple[str, tuple[str, str | None, str]]] = [
    # must-not: parties fight, also when a possessor names whose they are
    ("Kenyan troops clashed with Ugandan forces on Tuesday.", ("KENMIL", "UGAMIL", "190")),
    ("Kenya's army clashed with Uganda's militia near the border.", ("KEN", "UGA", "190")),
    ("Kenya's soldiers battled al-Shabab near the border.", ("KEN", "SOMREB", "190")),
]


@pytest.mark.parametrize("text,want", STANCES, ids=[c[0][:40] for c in STANCES])
def test_clash_of_stances_is_no_fight(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "19") == want


@pytest.mark.parametrize("text,want", FIGHTS, ids=[c[0][:40] for c in FIGHTS])
def test_parties_keep_their_fight(text: str, want: tuple[str, str | None, str], nlp: Language) -> None:
    assert want in coded_triples(nlp, text, ACTORS, "19")
