"""A show of force or a deployment (CAMEO 15x) on the source's own soil is aimed at no one: "sent troops to its
northern border" has no target, while troops sent to another country's border face that country. Sentences written
for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The Mexican president sent 4,000 soldiers to Mexico's southern border on Monday.",
     {"Mexican president": "MEXGOV", "Mexico": "MEX"}, {("MEXGOV", None, "154")}),
    ("The Russian army sent troops to Ukraine's eastern border on Monday.",
     {"Russian army": "RUSMIL", "Ukraine": "UKR"}, {("RUSMIL", "UKR", "154")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_home_ground_deployment_has_no_target(text: str, actors: dict[str, str],
                                              want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, actors, "15") == want
