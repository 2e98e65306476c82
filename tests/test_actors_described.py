"""People a document introduces by a description (actors/described.py): "Jane Doe, the leader of the ... gang"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

ON = dt.date(2024, 5, 2)
STORY = ("Haitian police said on Monday that gangs attacked a police station in Haiti's capital. Haiti has long "
         "struggled with gangs, and Haiti's police are stretched thin. ")


def _people(kb: KnowledgeBase, text: str) -> dict[str, str]:
    return {p.name: f"{p.country}{p.sector}" for p in kb.document_context(text, ON).people if not p.known}


def test_actors_described_a_leader_of_a_body_is_coded_by_the_body_s_noun(kb: KnowledgeBase) -> None:
    text = STORY + "Jean Baptiste, the notorious leader of the Delmas gang, was arrested on Tuesday."
    assert _people(kb, text)["Jean Baptiste"] == "HTICRM"


def test_actors_described_a_profession_takes_its_title_s_sector_and_a_named_country(kb: KnowledgeBase) -> None:
    assert _people(kb, STORY + "Marie Pierre, a 33-year-old journalist, was detained.")["Marie Pierre"] == "HTIMED"
    # the description's own country beats the story's
    assert _people(kb, STORY + "Paul Okello, a Kenyan lawmaker, said.")["Paul Okello"] == "KENLEG"
    # a modifier before the title says whose spokesperson
    assert _people(kb, STORY + "Luc Andre, a police spokesperson, said so.")["Luc Andre"] == "HTICOP"


def test_actors_described_must_not_fire(kb: KnowledgeBase) -> None:
    found = _people(kb, STORY + "Luc Andre, a former journalist, said so. Anne Fils, a senior fellow at the "
                    "institute, agreed. Tom Roy, a firefighter from Edmonton, left. Policy Institute, a think "
                    "tank, wrote. Jean Noel, the shadow justice secretary for the opposition party, spoke.")
    assert not {"Luc Andre", "Anne Fils", "Tom Roy", "Policy Institute", "Jean Noel"} & set(found)
    # no main country and none in the description: no country to code
    assert "Marie Pierre" not in _people(kb, "Marie Pierre, a journalist, was detained on Monday in a city.")


def test_actors_described_a_description_before_the_name_codes_it_too(kb: KnowledgeBase) -> None:
    text = STORY + "Among them was the Kenyan journalist, Jane Wambui, who left in May."
    assert _people(kb, text)["Jane Wambui"] == "KENMED"


def test_actors_described_one_of_a_civilian_noun_s_people_is_a_civilian_of_the_named_country(
        kb: KnowledgeBase) -> None:
    assert _people(kb, STORY + "A Ghanaian citizen, Kofi Mensah, was held.")["Kofi Mensah"] == "GHACVL"
    assert _people(kb, STORY + "Kofi Mensah, a Ghanaian national, was held.")["Kofi Mensah"] == "GHACVL"
    assert _people(kb, STORY + "Aba Owusu, a Nairobi resident, said so.")["Aba Owusu"] == "KENCVL"


def test_actors_described_a_civilian_noun_must_not_code_without_its_own_country(kb: KnowledgeBase) -> None:
    found = _people(kb, STORY + "A resident, Kofi Mensah, said so. Aba Owusu, a resident of Ghana, agreed. "
                    "A former Ghanaian citizen, Ama Boateng, left. In a statement on Monday, Yaw Darko said so. "
                    "The citizens, Esi Asante, spoke.")
    assert not {"Kofi Mensah", "Aba Owusu", "Ama Boateng", "Yaw Darko", "Esi Asante"} & set(found)


@pytest.mark.model
def test_actors_described_the_surname_later_is_the_person(nlp: Any, kb: KnowledgeBase) -> None:
    later = "Police arrested Baptiste in the north."
    context = kb.document_context(STORY + "Jean Baptiste, the leader of the Delmas gang, escaped. " + later, ON)
    coded = [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(later), kb, ON, context)]
    assert ("Baptiste", "HTICRM") in coded


@pytest.mark.model
def test_actors_described_a_civilian_named_first_by_description_is_the_surname_later(nlp: Any,
                                                                                      kb: KnowledgeBase) -> None:
    later = "Police detained Mensah at the border."
    context = kb.document_context(STORY + "A Ghanaian citizen, Kofi Mensah, crossed on Monday. " + later, ON)
    coded = [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(later), kb, ON, context)]
    assert ("Mensah", "GHACVL") in coded
