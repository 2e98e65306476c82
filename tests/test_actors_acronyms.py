"""Acronyms a document defines (actors/acronyms.py): invented stories, must-fire and must-not cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.actors.acronyms import document_acronyms

ON = dt.date(2021, 6, 1)
STORY = ("PORT-AU-PRINCE — The Haitian National Police (HNP) arrested six men on Monday. The Syrian Democratic "
         "Forces (SDF) held talks. A reporter for the Agence France-Presse (AFP) was there. The Harbour "
         "Workers Guild (HWG) wrote a report. Later the United States gave money to the HNP.")


def test_actors_acronyms_defined_for_dictionary_names(kb: KnowledgeBase) -> None:
    found = {k: v.code for k, v in document_acronyms(kb, STORY, ON).items()}
    assert found["HNP"] == "HTICOP" and found["SDF"] == "SYRREB"
    # must not: a name no dictionary codes, nor an acronym that is not the name's initials
    assert "AFP" not in found and "HWG" not in found
    assert document_acronyms(kb, "Kenya's police (KDF) deployed.", ON) == {}


def test_actors_acronyms_two_meanings_define_nothing(kb: KnowledgeBase) -> None:
    assert document_acronyms(kb, "The Kenyan Police (KP) met.", ON)["KP"].code == "KENCOP"
    assert "KP" not in document_acronyms(kb, "The Kenyan Police (KP) met. The Kenya Parliament (KP) met.", ON)


@pytest.mark.model
def test_actors_acronyms_later_mention_is_the_named_actor(nlp: Any, kb: KnowledgeBase) -> None:
    context = kb.document_context(STORY, ON)
    later = [(m.actor.text, m.actor.code) for m in resolve_actors(
        nlp("Later the United States gave money to the HNP."), kb, ON, context)]
    assert ("HNP", "HTICOP") in later
    # must not: the definition's own bracket is no second actor, nor is the acronym outside the story
    first = [m.actor.text for m in resolve_actors(
        nlp("The Haitian National Police (HNP) arrested six men on Monday."), kb, ON, context)]
    assert "HNP" not in first
    alone = resolve_actors(nlp("The United States gave money to the HNP."), kb, ON, None)
    assert all(m.actor.text != "HNP" for m in alone)
