"""A country's name listed with another country's regions is that country's region (``actors/listed_regions.py``):
"farms in Ohio, Georgia and Iowa" name the U.S. state. Must-not cases: a list of countries, a name standing alone,
regions of two countries in the list, a country the other country has no region of. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilateral.actors.knowledge import KnowledgeBase
from tests.marking import story_codes

ON = dt.date(2024, 5, 1)


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    return story_codes(nlp, kb, text, ON)


def test_actors_listed_regions_a_country_name_among_states(nlp: Any, kb: KnowledgeBase) -> None:
    codes = _codes(nlp, kb, "The new duties fall on peaches from Ohio, Georgia and Iowa, traders said.")
    assert codes.get("Georgia") == "USA"


def test_actors_listed_regions_a_list_of_countries_stays(nlp: Any, kb: KnowledgeBase) -> None:
    codes = _codes(nlp, kb, "Moscow sent envoys to Georgia and Armenia on Monday.")
    assert codes.get("Georgia") == "GEO"


def test_actors_listed_regions_a_name_alone_stays(nlp: Any, kb: KnowledgeBase) -> None:
    codes = _codes(nlp, kb, "Talks with Georgia on a visa deal resumed on Monday.")
    assert codes.get("Georgia") == "GEO"


def test_actors_listed_regions_regions_of_two_countries(nlp: Any, kb: KnowledgeBase) -> None:
    codes = _codes(nlp, kb, "The new duties fall on peaches from Ohio, Ontario and Georgia, traders said.")
    assert codes.get("Georgia") != "USA"
