"""The charge phrase that the parser hangs on the accused noun, not on the accusing verb (frames.controller and
modality's climb): "accused the militia group of attacking X" is often parsed with "of" under "group", and the
accused noun, the object of an object-control verb (accuse, blame, charge ...), still does what it is charged with,
alleged. Must-not cases: a noun that is no object of such a verb ("the record of the group of ..."), and one
named as no actor ("criticised the practice of detaining X": no doer). Also the verbs of such charges that the
lexicon lacked: maiming people (182) and driving them from their homes (displacing them, 201); not what displaces
people with no one doing it ("floods displaced ..."). Sentences written for these tests; actors marked by exact
string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Kenya": "KEN", "the Somali militia group": "SOMREB", "the rebel group": "SOMREB",
          "Kenyan motorists": "KENCVL", "Kenyan traders": "KENBUS"}

Quad = tuple[str, str | None, str, str]

CASES: list[tuple[str, set[Quad]]] = [
    ("Kenya accused the Somali militia group of attacking Kenyan motorists.",
     {("SOMREB", "KENCVL", "190", "alleged")}),
    ("Kenya accuses the rebel group of abducting Kenyan traders near the border.",
     {("SOMREB", "KENBUS", "181", "alleged")}),
    ("Kenya blames the rebel group for maiming and displacing Kenyan traders.",
     {("SOMREB", "KENBUS", "182", "alleged"), ("SOMREB", "KENBUS", "201", "alleged")}),
    ("Heavy floods displaced Kenyan traders last week.", set()),
    # must-not: no actor holds the charge phrase; a verb that controls no object
    ("Kenya criticised the practice of detaining Kenyan traders.", set()),
    ("Kenya studied the record of the rebel group of abducting Kenyan traders.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_charge_on_object(text: str, want: set[Quad], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS) if e.cameo[:2] in ("17", "18", "19", "20")}
    assert got == want
