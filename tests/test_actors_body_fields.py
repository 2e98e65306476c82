"""A state body named by its field and no country ("the Ministry of Public Health", "the provincial Directorate of
Culture and Information") is the document's country's government (actors/agents.py ``document_agents``,
group_phrases.py ``names_field``): its "of" complement names what it does, not a country. Invented sentences, with
the cases where it must not fire: a body of a country named on it, a complement that is a name, a one-sentence text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.actors import resolve_actors

pytestmark = pytest.mark.model

_STORY = ("Somali police detained three journalists in Mogadishu on Monday. Somalia's government said the "
          "reporters had broken the press law. Somalia has jailed several reporters in Mogadishu since January. ")


def _last(nlp, kb, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Mention text -> code of a document's last sentence, resolved with the document's context."""
    from bilateral.nlp import split_sentences

    on = dt.date(2024, 6, 1)
    last = split_sentences(text)[-1].text
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(last), kb, on, kb.document_context(text, on))}


def test_actors_body_fields_a_body_named_by_its_field_is_the_documents_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _last(nlp, kb, _STORY + "A printer said the provincial Directorate of Culture and Information warned "
                                    "newspapers on Tuesday.")
    assert "SOMGOV" in found.values()
    found = _last(nlp, kb, _STORY + "The Ministry of Public Health closed two private clinics on Tuesday.")
    assert found.get("Ministry of Public Health") == "SOMGOV"


def test_actors_body_fields_not_a_body_of_a_country_named_on_it(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _last(nlp, kb, _STORY + "Kenya's Ministry of Public Health sent doctors to Mogadishu on Tuesday.")
    assert "SOMGOV" not in found.values() and "KENGOV" in found.values()
    found = _last(nlp, kb, _STORY + "The Ministry of Information of Djibouti warned newspapers on Tuesday.")
    assert "SOMGOV" not in found.values()


def test_actors_body_fields_not_a_complement_that_is_a_name_nor_a_single_sentence(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _last(nlp, kb, _STORY + "The Directorate of Hassan Farah warned newspapers on Tuesday.")
    assert "SOMGOV" not in found.values()
    found = _last(nlp, kb, "The Ministry of Public Health closed two private clinics on Tuesday.")
    assert "SOMGOV" not in found.values()
