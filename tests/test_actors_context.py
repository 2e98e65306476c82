"""Document people and their short names (actors/context.py, coreference.py): family names written first, whole
names, and a short name that is also a town."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

pytestmark = pytest.mark.model

ON = dt.date(2024, 5, 2)


def _coded(nlp: Any, kb: KnowledgeBase, document: str, sentence: str) -> list[tuple[str, str, str]]:
    context = kb.document_context(document, ON)
    return [(m.actor.text, m.actor.code, m.resolved_by) for m in resolve_actors(nlp(sentence), kb, ON, context)]


def test_actors_context_a_family_name_written_first_is_the_short_name(nlp: Any, kb: KnowledgeBase) -> None:
    later = "Officials in Hanoi later met with Kim."
    document = "North Korean leader Kim Jong Un arrived in Hanoi on Monday. " + later
    assert ("Kim", "PRKGOV", "coreference") in _coded(nlp, kb, document, later)
    context = kb.document_context(document, ON)
    assert "Kim" in context.surnames
    assert not any(p.name == "Kim Jong" for p in context.people)  # the title's reading is the same person


def test_actors_context_given_names_and_shared_family_names_stay_unresolved(kb: KnowledgeBase) -> None:
    kenya = kb.document_context("Kenyan Foreign Minister Peter Mwangale visited Kampala. Mwangale met Ugandan "
                                "officials.", ON)
    assert "Mwangale" in kenya.surnames and "Peter" not in kenya.surnames
    two = kb.document_context("South Korean Foreign Minister Kim Sung-han met South Korean Defence Minister Kim "
                              "Tae-ho in Seoul. Kim later left.", ON)
    assert "Kim" not in two.surnames


def test_actors_context_a_name_used_in_full_is_one_mention(nlp: Any, kb: KnowledgeBase) -> None:
    later = "Tran Quoc Hai later accused Laos of lying."
    document = "Vietnamese Foreign Minister Tran Quoc Hai arrived in Vientiane. " + later
    found = _coded(nlp, kb, document, later)
    assert [f for f in found if f[2] == "coreference"] == [("Tran Quoc Hai", "VNMGOV", "coreference")]


def test_actors_context_a_body_description_is_the_story_s_own_body_among_several(nlp: Any,
                                                                                   kb: KnowledgeBase) -> None:
    later = "The two countries accused the regional body of ignoring them."
    lead = ("SADC ministers met in Lusaka on Monday. SADC said the talks went well. Malawi and Zambia quit SADC "
            "in May and joined the African Union's new trade council. ")
    assert ("the regional body", "IGOSADC", "coreference") in _coded(nlp, kb, lead + later, later)
    # named as often as the other body: which one is meant is unclear
    even = ("SADC ministers met in Lusaka on Monday. Malawi and Zambia quit SADC and joined the African Union's "
            "council, and the African Union welcomed them. ")
    assert not any(c.startswith("IGO") for _, c, _ in _coded(nlp, kb, even + later, later))
    # named twice only: no body is the story's own
    few = "SADC ministers met in Lusaka. Malawi and Zambia quit SADC and joined the African Union's council. "
    assert not any(c.startswith("IGO") for _, c, _ in _coded(nlp, kb, few + later, later))


def test_actors_context_countries_and_armed_groups_are_never_taken_by_salience(nlp: Any,
                                                                                 kb: KnowledgeBase) -> None:
    later = "The country later accused the militant group of killing civilians."
    lead = ("Somalia said al-Shabab attacked a base. Somalia said al-Shabab fled. Somalia and Kenya said al-Shabab "
            "and the Islamic State group were both active in the region. ")
    coded = _coded(nlp, kb, lead + later, later)
    assert not any(b == "coreference" for _, _, b in coded)  # several countries, several groups: no referent


def test_actors_context_a_group_accused_of_a_deed_is_still_the_group_named_before(nlp: Any,
                                                                                    kb: KnowledgeBase) -> None:
    later = "Somalia accused the militant group of killing civilians."
    coded = _coded(nlp, kb, "Al-Shabab fighters stormed a hotel in Mogadishu on Monday. " + later, later)
    assert ("the militant group", "SOMREB", "coreference") in coded
    # "the state of emergency": an "of" phrase that names what the noun is stays no reference
    assert not any(b == "coreference" for _, _, b in _coded(
        nlp, kb, "Kenya declared a state of emergency. Kenya lifted the state of emergency.",
        "Kenya lifted the state of emergency."))


def test_actors_context_the_judges_are_the_international_court_named_before(nlp: Any, kb: KnowledgeBase) -> None:
    later = "The judges said Venezuela must halt any move in the disputed region."
    lead = "The ICJ opened hearings on the border quarrel between Guyana and Venezuela on Monday. "
    assert ("The judges", "IGOICJ", "coreference") in _coded(nlp, kb, lead + later, later)
    later = "The court said Venezuela must halt any move in the disputed region."
    assert ("The court", "IGOICJ", "coreference") in _coded(nlp, kb, lead + later, later)
    # must not: with no court named before, or only a body that is no court, the judges stay no court's
    later = "The judges said the police must free the activists."
    assert not any(c.startswith("IGO") for _, c, _ in _coded(nlp, kb, "Kenya's High Court heard the case. " + later,
                                                             later))
    assert not any(c.startswith("IGO") for _, c, _ in _coded(
        nlp, kb, "The UN sent envoys to Kenya on Monday. " + later, later))
