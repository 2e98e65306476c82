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


def _story(text: str) -> set[tuple[int, str, str | None, str | None]]:
    import datetime as dt

    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


_STORMED = "Pakistani Taliban militants stormed a school in Pakistan's Sindh province on Tuesday, officials said. "
_DISPATCHED = "Pakistani security forces had been dispatched to the town, officials said."


@pytest.mark.model
def test_events_deployed_forces_a_states_deployment_faces_the_storys_own_rebels() -> None:
    assert (1, "PAKMIL", "PAKREB", "MOBILIZE") in _story(_STORMED + _DISPATCHED)
    assert (1, "PAK", "PAKREB", "MOBILIZE") in _story(
        _STORMED + "Pakistan sent troops to the town on Tuesday night, officials said.")


@pytest.mark.model
def test_events_deployed_forces_no_story_group_with_two_groups_a_foreign_one_or_none() -> None:
    got = _story(_STORMED + "Afghan militants attacked a checkpoint near the border on Tuesday, officials said. "
                 + _DISPATCHED)
    assert (2, "PAKMIL", None, "MOBILIZE") in got  # two groups attacked: which one the forces face is open
    got = _story(_STORMED.replace("Pakistani Taliban", "Afghan Taliban") + _DISPATCHED)
    assert (1, "PAKMIL", None, "MOBILIZE") in got
    assert _story(_DISPATCHED) == {(0, "PAKMIL", None, "MOBILIZE")}
    got = _story(_STORMED + "Pakistani security forces had been dispatched to the Indian border, officials said.")
    assert not any(e[0] == 1 and e[2] == "PAKREB" for e in got)  # another country named: it may be faced
