"""Judges and prosecutors take the country of the court a document places ("a trial in Chicago"), and regions
that act stand for the body that acts for them ("Europe retaliated" is the European Union)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.actors.agents import court_country
from bilateral.nlp import split_sentences
from tests.resolving import codes_by_text

ON = dt.date(2023, 5, 4)


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``, with the whole text as its document."""
    context = kb.document_context(text, ON)
    sent = nlp(split_sentences(text)[-1].text)
    return {sent[m.start:m.end].text: m.actor.code for m in resolve_actors(sent, kb, ON, context)}


_PLOT = ("Two men went on trial in Chicago on Monday, accused of spying for Venezuela. Venezuela denied it. "
         "Venezuela recalled its consul. Venezuela said the men were innocent. ")


def test_actors_courts_court_country_from_the_place_of_the_trial(kb) -> None:  # type: ignore[no-untyped-def]
    assert court_country(kb, _PLOT) == "USA"
    assert court_country(kb, "The court in Nairobi adjourned. Lawyers left.") == "KEN"
    assert court_country(kb, "Kenya voted. The court ruled on Monday.") is None  # no place given
    assert court_country(kb, "A trial in Nairobi began. A court in Kampala ruled.") is None  # two countries


@pytest.mark.model
def test_actors_courts_prosecutors_are_the_trying_states(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, _PLOT + "Prosecutors said Caracas paid the men.").get("Prosecutors") == "USAJUD"
    found = _codes(nlp, kb, _PLOT + "Federal prosecutor John Hale said Caracas paid the men.")
    assert "USAJUD" in found.values()


@pytest.mark.model
def test_actors_courts_without_a_placed_court_the_documents_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    story = "NAIROBI — Kenya's police arrested a senator. Kenya's parliament met. Prosecutors said he took bribes."
    assert _codes(nlp, kb, story).get("Prosecutors") == "KENJUD"
    story = ("Officials left Nairobi for a trial in Chicago. Kenya's parliament met. Kenya voted. "
             "Officials said the talks failed.")
    assert _codes(nlp, kb, story).get("Officials") == "KENGOV"  # only the judiciary follows the court


@pytest.mark.model
def test_actors_courts_acting_region_is_its_body(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes_by_text(nlp, kb, "Europe retaliated with tariffs on Canadian steel.").get("Europe") == "IGOEU"
    found = codes_by_text(nlp, kb, "The Japanese side proposed a quota, but the European side refused.")
    assert found.get("European") == "IGOEU"
    assert codes_by_text(nlp, kb, "Canada imposed tariffs on European products.").get("European") == "IGOEU"


@pytest.mark.model
def test_actors_courts_region_as_a_place_is_no_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    for text in ("Prices of cheese rose across Europe in May.", "Canada imported cheese from Europe.",
                 "Many European consumers prefer cheaper cars."):
        assert "IGOEU" not in codes_by_text(nlp, kb, text).values(), text
