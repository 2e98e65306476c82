"""A deployment told in the passive with no agent has the deployed force as its doer (events/deployed_forces.py),
and a deployment's target is whom its purpose clause faces (events/targets.py, the "faced" search): "troops were
deployed to push back the rebels" -> the troops against the rebels. Must-not cases: a purpose that serves its object
("to protect civilians"), an agent named, a patient that is no armed force. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Chadian troops": "TCDMIL", "Chadian police": "TCDCOP", "rebels": "TCDREB", "villagers": "TCDCVL",
          "Chad": "TCD", "Chadian government": "TCDGOV", "Chadian teachers": "TCDEDU"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Several hundred Chadian troops were deployed to the border on Monday to push back the rebels.",
     {("TCDMIL", "TCDREB", "154")}),
    ("Chad deployed troops to the border on Monday to drive out the rebels.", {("TCD", "TCDREB", "154")}),
    # must-not: a force sent to protect the villagers does not face them
    ("Several hundred Chadian troops were deployed to the region on Monday to protect the villagers.",
     {("TCDMIL", None, "154")}),
    # must-not: the agent is named: it deploys the force
    ("Several hundred Chadian troops were deployed to the border by the Chadian government on Monday.",
     {("TCDGOV", "TCDMIL", "154")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_deployed_forces(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "15") == want
