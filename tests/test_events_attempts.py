"""An attack its source tried to make is an attempt made, not an announced one (a threat): "tried to kill X" is an
attempted assassination (185), "attempted to storm Y" an attack (190), asserted or, when someone else says so,
alleged. One it will try to make ("will try to kill X") is still announced: a threat (138). A coercion tried ("tried
to arrest X", "attempting to deport them") is the same: the act attempted, not a threat (events/coder.py
``_ATTEMPTABLE``). Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str, str, str]]]] = [
    ("Somali militants tried to kill the Kenyan governor last year.",
     {"Somali militants": "SOMREB", "Kenyan governor": "KENGOV"}, {("SOMREB", "KENGOV", "185", "asserted")}),
    ("Somali militants attempted to storm the Kenyan embassy.",
     {"Somali militants": "SOMREB", "Kenyan embassy": "KENGOV"}, {("SOMREB", "KENGOV", "190", "asserted")}),
    ("Kenyan police said Somali militants tried to kill the Kenyan governor.",
     {"Kenyan police": "KENCOP", "Somali militants": "SOMREB", "Kenyan governor": "KENGOV"},
     {("SOMREB", "KENGOV", "185", "alleged")}),
    # must not: an attempt still to come is a threat
    ("Somali militants will try to kill the Kenyan governor.",
     {"Somali militants": "SOMREB", "Kenyan governor": "KENGOV"}, {("SOMREB", "KENGOV", "138", "asserted")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_attempts(text: str, actors: dict[str, str], want: set[tuple[str, str, str, str]],
                         nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else "", e.cameo, e.modality)
           for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("13", "18", "19")}
    assert got == want


COERCION: list[tuple[str, dict[str, str], set[tuple[str, str, str, str]]]] = [
    ("Ecuadorian police tried to arrest the Colombian smuggler on Sunday.",
     {"Ecuadorian police": "ECUCOP", "Colombian smuggler": "COLCRM"}, {("ECUCOP", "COLCRM", "173", "asserted")}),
    ("The rights group said Ecuadorian police had attempted to detain the Colombian smuggler.",
     {"rights group": "ECUNGO", "Ecuadorian police": "ECUCOP", "Colombian smuggler": "COLCRM"},
     {("ECUCOP", "COLCRM", "173", "alleged")}),
]


@pytest.mark.parametrize("text,actors,want", COERCION, ids=[c[0][:40] for c in COERCION])
def test_events_attempts_a_coercion_tried_is_made(text: str, actors: dict[str, str],
                                                 want: set[tuple[str, str, str, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else "", e.cameo, e.modality)
           for e in coded_events(nlp, text, actors) if e.cameo[:2] in ("13", "17")}
    assert got == want


def test_events_attempts_a_coercion_still_to_try_is_a_threat(nlp: Language) -> None:
    got = [e for e in coded_events(nlp, "Ecuadorian police will try to arrest the Colombian smuggler.",
                                   {"Ecuadorian police": "ECUCOP", "Colombian smuggler": "COLCRM"})
           if e.target is not None and e.target.code == "COLCRM"]
    assert got and all(e.cameo.startswith("13") and e.event_type == "THREATEN" for e in got)
