"""Standing with or behind a party is support (triggers.tsv: verb stand with|behind 051), at a plain verb's
confidence: a pledge of solidarity is mostly told of a people or a side the document names only by description
("vowed to keep standing with the people"), whose mention is less sure, and the weak factor put such pledges under
the floor. Must-not cases: standing with or behind no party (a thing, a place) is no event. Sentences written for
these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.frames import DIRECT
from tests.marking import coded_events

ACTORS = {"Zambia": "ZMBGOV", "the Zambian people": "ZMBCVL", "Malawi": "MWIGOV", "The envoy": "MWIGOV"}


def test_a_pledge_to_stand_with_a_people_is_an_intent_of_support(nlp: Language) -> None:
    got = coded_events(nlp, "Malawi will continue to stand with the Zambian people, the envoy said.", ACTORS)
    assert any((e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
               == ("MWIGOV", "ZMBCVL", "032", "future") for e in got)


def test_standing_behind_a_party_is_support_at_full_confidence(nlp: Language) -> None:
    got = [e for e in coded_events(nlp, "Malawi stood behind Zambia in the border dispute.", ACTORS)
           if e.cameo == "051"]
    assert got and all(e.target is not None and e.target.code == "ZMBGOV" for e in got)
    assert all(e.confidence >= DIRECT - 0.01 for e in got)


@pytest.mark.parametrize("text", [
    "The envoy stood with his back to the crowd outside the ministry.",
    "The envoy stood behind the podium for an hour.",
])
def test_standing_with_no_party_is_no_support(text: str, nlp: Language) -> None:
    assert not any(e.cameo == "051" for e in coded_events(nlp, text, ACTORS))
