"""Group nouns of the sector data (sectors.json) for people news names as actors by what they do: clergy (monks,
nuns, pastors, rabbis: REL), aid and relief workers (NGO, not labour), voters (CVL), returnees and evacuees (REF),
conscripts, reservists and snipers, and security sources, who speak for the forces (MIL). A demonym gives them
their country. Must-not cases: the same words as names ("Pastor" as a first name, "Monk" as a surname) are no
group; settlers are no group here (their country is seldom the place they live in, and a place would give it)."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from tests.resolving import codes_by_text

CASES: list[tuple[str, str, str]] = [
    ("Estonian police arrested three Lithuanian monks on Monday.", "Lithuanian monks", "LTUREL"),
    ("Guatemalan pastors urged calm on Sunday.", "Guatemalan pastors", "GTMREL"),
    ("Gunmen abducted two Kenyan aid workers on Monday.", "Kenyan aid workers", "KENNGO"),
    ("Georgian voters went to the polls on Sunday.", "Georgian voters", "GEOCVL"),
    ("Sudanese returnees crossed the border on Friday.", "Sudanese returnees", "SDNREF"),
    ("Belarusian conscripts were sent to the border.", "Belarusian conscripts", "BLRMIL"),
    ("Malian security sources said the convoy was ambushed.", "Malian security sources", "MLIMIL"),
]


@pytest.mark.parametrize("text,mention,code", CASES, ids=[c[1] for c in CASES])
def test_actors_sector_nouns_take_the_demonyms_country(text: str, mention: str, code: str, nlp: Any,
                                                       kb: KnowledgeBase) -> None:
    assert codes_by_text(nlp, kb, text).get(mention) == code


@pytest.mark.parametrize("text", ["Pastor Maldonado raced for Venezuela in Monaco.",
                                  "The Chilean pianist played Monk standards in Lima."])
def test_actors_sector_nouns_names_are_no_group(text: str, nlp: Any, kb: KnowledgeBase) -> None:
    assert not any(code.endswith("REL") for code in codes_by_text(nlp, kb, text).values())


def test_actors_sector_nouns_settlers_take_no_country_from_their_place(nlp: Any, kb: KnowledgeBase) -> None:
    codes = codes_by_text(nlp, kb, "Settlers in the Moldovan town of Soroca burned a Ukrainian flag.")
    assert not any(code.startswith("MDA") and code.endswith("CVL") for code in codes.values())
