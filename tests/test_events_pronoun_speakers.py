"""A pronoun subject of a reported clause stands for the speaker (events/pronoun_speakers.py): "Peru says it will
retaliate" is Peru's act, also when the speech verb is coordinated after another verb of the same subject ("Peru
met the envoy and said it would ..."), where the parser gives the speech verb no subject of its own. A second
clause with a subject of its own speaks for that subject, and a hedged report stays hypothetical. Sentences written
for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

_ACTORS = {"The Zambian president": "ZMBGOV", "The Zambian government": "ZMBGOV", "Malawi": "MWI",
           "Chakwera": "MWIGOV", "Zambia": "ZMB"}

CASES: list[tuple[str, set[tuple[str, str | None, str, str]]]] = [
    ("The Zambian president met the visiting envoy and said he would travel to Malawi in June.",
     {("ZMBGOV", "MWI", "036", "future")}),
    ("The Zambian government thanked the donors and said it would hold talks with Malawi on the border.",
     {("ZMBGOV", "MWI", "036", "future")}),
    # must not: the second clause has a subject of its own, who speaks
    ("The Zambian president met the visiting envoy and Chakwera said he would travel to Zambia in June.",
     {("MWIGOV", "ZMB", "036", "future")}),
    ("The Zambian president met the visiting envoy and the minister said he would travel to Malawi in June.",
     set()),
    # must not: a hedged report is no announcement
    ("The Zambian president met the visiting envoy and said he might travel to Malawi in June.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:50] for c in CASES])
def test_events_pronoun_speakers_coordinated_speech(text: str, want: set[tuple[str, str | None, str, str]],
                                                    nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, _ACTORS) if e.modality in ("asserted", "future", "alleged")
           and e.cameo.startswith("03")}
    assert got == want


_PATIENT_ACTORS = {"The Zambian activist": "ZMBCVL", "Malawi": "MWI", "the Zambian minister": "ZMBGOV",
                   "Malawian police": "MWICOP"}

PATIENT_CASES: list[tuple[str, set[tuple[str, str | None]]]] = [
    # the speaker is the one the passive befell
    ("The Zambian activist told reporters that she was detained in Malawi in May.", {("MWICOP", "ZMBCVL")}),
    ("The Zambian activist said he had been arrested by Malawian police at the border.", {("MWICOP", "ZMBCVL")}),
    # must not: a pronoun with a speaker no actor, or a clause with a named patient of its own
    ("A witness told reporters that she was detained in Malawi in May.", set()),
    ("The Zambian activist said the Zambian minister was detained in Malawi in May.", {("MWICOP", "ZMBGOV")}),
]


@pytest.mark.parametrize("text,want", PATIENT_CASES, ids=[c[0][:50] for c in PATIENT_CASES])
def test_events_pronoun_speakers_the_speaker_is_the_passive_patient(text: str, want: set[tuple[str, str | None]],
                                                                    nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None)
           for e in coded_events(nlp, text, _PATIENT_ACTORS) if e.cameo == "173"}
    assert got == want
