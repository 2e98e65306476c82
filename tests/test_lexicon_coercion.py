"""Coercion vocabulary added to the trigger lexicon (data/lexicon/triggers.tsv): a police or security agency that
breaks up or dismantles a cell, network, ring or gang arrests its members (173); measures imposed on or against a
people restrict them (172), as controls and limits do. Each entry is checked on the sense it codes and on uses where
it must code nothing; a book, film or website banned is censorship (1721) in the source's own country unless its
owner is named; looting is seizing property (171). Sentences written for these tests; actors marked by exact string,
as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Want = set[tuple[str, str | None, str]]

CASES: list[tuple[str, dict[str, str], Want]] = [
    # a cell, network, ring or gang broken up or dismantled: its members arrested (173)
    ("The Moroccan police broke up a terrorist cell in Rabat last week.",
     {"Moroccan police": "MARCOP", "terrorist cell": "MARREB"}, {("MARCOP", "MARREB", "173")}),
    ("Spanish police dismantled a jihadist network in Ceuta.",
     {"Spanish police": "ESPCOP", "jihadist network": "ESPREB"}, {("ESPCOP", "ESPREB", "173")}),
    ("Kenyan police dismantled a smuggling ring run by Somali militants.",
     {"Kenyan police": "KENCOP", "smuggling ring": "SOMREB"}, {("KENCOP", "SOMREB", "173")}),
    # not a group: a company broken up, a stadium dismantled
    ("The Spanish government broke up the state telecom monopoly.",
     {"Spanish government": "ESPGOV", "state telecom monopoly": "ESPBUS"}, set()),
    ("Moroccan workers dismantled the old stadium.", {"Moroccan workers": "MARLAB"}, set()),
    # measures imposed on or against a people restrict them (172); measures with no one they fall on code nothing
    ("The Iranian government has imposed strict measures against women.",
     {"Iranian government": "IRNGOV", "women": "IRNCVL"}, {("IRNGOV", "IRNCVL", "172")}),
    ("The Chinese government imposed new measures on Uyghur farmers.",
     {"Chinese government": "CHNGOV", "Uyghur farmers": "CHNCVL"}, {("CHNGOV", "CHNCVL", "172")}),
    ("The Chinese government imposed measures to curb inflation.", {"Chinese government": "CHNGOV"}, set()),
    # books, films, websites banned (1721): censorship in the source's own country, unless the owner is named
    ("The Iranian government banned her latest novel.", {"Iranian government": "IRNGOV"}, {("IRNGOV", "IRN", "1721")}),
    ("The novel was among the books banned by the Iranian government.",
     {"Iranian government": "IRNGOV"}, {("IRNGOV", "IRN", "1721")}),
    ("The Russian government banned Ukrainian websites.",
     {"Russian government": "RUSGOV", "Ukrainian": "UKR"}, {("RUSGOV", "UKR", "1721")}),
    # looting is seizing property (171), not destroying it (1712), and sure enough to code as a listed gerund
    ("The Chadian militia looted Sudanese traders near the border.",
     {"Chadian militia": "TCDREB", "Sudanese traders": "SDNBUS"}, {("TCDREB", "SDNBUS", "171")}),
    ("The Chadian militia kept burning, looting and displacing Sudanese herders.",
     {"Chadian militia": "TCDREB", "Sudanese herders": "SDNCVL"},
     {("TCDREB", "SDNCVL", "171"), ("TCDREB", "SDNCVL", "201")}),
    # no political actor looted or was looted: nothing
    ("Thieves looted the museum overnight.", {}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_coercion(text: str, actors: dict[str, str], want: Want, nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.modality == "asserted"}
    assert got == want


@pytest.mark.parametrize("text", [
    "The Moroccan police will dismantle the terrorist cell.",
    "The Moroccan police did not break up the terrorist cell.",
    "The Iranian government lifted the measures against women.",
    "The Iranian government lifted the ban on her novel.",
    "The Iranian government did not ban her novel.",
    "The Chadian militia did not loot Sudanese traders.",
    "The Iranian government can't silence critics by banning her novel, the writer said.",
    "The Iranian government cannot silence critics by banning her novel, the writer said.",
])
def test_coercion_not_done_is_not_asserted(text: str, nlp: Language) -> None:
    """A break-up announced or denied, measures or a ban lifted, a ban denied, a ban
    in a clause that can't (frames.json hypothetical_aux has "ca", the first token spaCy makes of "can't"):
    no asserted coercion."""
    actors = {"Moroccan police": "MARCOP", "terrorist cell": "MARREB", "Iranian government": "IRNGOV",
              "women": "IRNCVL", "Chadian militia": "TCDREB", "Sudanese traders": "SDNBUS"}
    assert not any(e.cameo.startswith("17") and e.modality == "asserted" for e in coded_events(nlp, text, actors))
