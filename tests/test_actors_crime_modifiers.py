"""Crime-group modifiers of a generic title (sectors.json ``modifiers`` CRM): "a gang leader", "the cartel boss"
head a criminal group, not the state, as "opposition leader" heads the opposition. Must-not cases: a bare
"leader" or a country's leader stays the government, and a title that is no generic head ("security minister")
keeps its own sector. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.resolving import codes_by_text

pytestmark = pytest.mark.model

CASES: list[tuple[str, str]] = [
    ("Salvadoran police arrested a gang leader in San Miguel on Monday.", "SLVCRM"),
    ("A Mexican cartel leader was extradited on Friday.", "MEXCRM"),
    ("Italian prosecutors charged a mafia chief with extortion.", "ITACRM"),
]


@pytest.mark.parametrize("text,code", CASES, ids=[c[0][:30] for c in CASES])
def test_actors_crime_modifiers_make_the_title_a_criminal(text: str, code: str, nlp: Any,
                                                          kb: KnowledgeBase) -> None:
    found = codes_by_text(nlp, kb, text)
    assert code in found.values()
    assert code[:3] + "GOV" not in found.values()  # the title is no office of the state


@pytest.mark.parametrize("text,mention,code", [
    ("The Salvadoran leader visited San Miguel on Monday.", "Salvadoran leader", "SLVGOV"),
    ("The Salvadoran security minister vowed to fight the gangs.", "Salvadoran security minister", "SLVGOV"),
])
def test_actors_crime_modifiers_leave_other_titles_alone(text: str, mention: str, code: str, nlp: Any,
                                                         kb: KnowledgeBase) -> None:
    assert codes_by_text(nlp, kb, text).get(mention) == code
