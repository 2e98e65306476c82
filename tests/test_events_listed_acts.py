"""Hostile acts listed as one verb's object (events.listed_acts, coder): "carried out bombings and gun attacks",
"launched raids and air strikes" tell several acts, each coded as its own event with the verb's parties. Must-not
cases: a verb and its own act noun with an outcome ("launched an attack ... and killed"), a list of things seized,
not acts, and a cooperative verb's list ("held talks and consultations": one meeting told twice); an act noun coded
by itself lists its fellows the same way ("kidnappings and bombings of X"), not a fellow with the noun's own code.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Al-Shabaab": "SOMREB", "Kenya": "KEN", "The rebels": "MLIREB", "Mali": "MLI",
          "Malian troops": "MLIMIL", "The militants": "NGAREB", "Nigerian villagers": "NGACVL"}

Quad = tuple[str, str | None, str, str]

CASES: list[tuple[str, list[Quad]]] = [
    ("Al-Shabaab frequently carries out bombings and gun attacks in Kenya.",
     [("SOMREB", "KEN", "190", "asserted")] * 2),
    ("The rebels launched raids and air strikes on Malian troops.",
     [("MLIREB", "MLIMIL", "190", "asserted"), ("MLIREB", "MLIMIL", "195", "asserted")]),
    ("The militants conducted kidnappings and bombings against Nigerian villagers.",
     [("NGAREB", "NGACVL", "190", "asserted"), ("NGAREB", "NGACVL", "181", "asserted")]),
    # must-not: things seized are no acts; one attack and its outcome; a meeting told twice
    ("The militants seized weapons and ammunition from Nigerian villagers.",
     [("NGAREB", "NGACVL", "1711", "asserted")]),
    ("The rebels launched an attack on Malian troops and killed 18 of them.",
     [("MLIREB", "MLIMIL", "190", "asserted")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_listed_acts_each_coded(text: str, want: list[Quad], nlp: Language) -> None:
    got = [(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS)]
    assert Counter(got) == Counter(want)


def test_listed_acts_two_events_for_two_listed_attacks(nlp: Language) -> None:
    events = coded_events(nlp, "Al-Shabaab frequently carries out bombings and gun attacks in Kenya.", ACTORS)
    assert [e.trigger for e in events] == ["carries out bombings", "attacks"]


def test_listed_acts_cooperative_list_one_event(nlp: Language) -> None:
    events = coded_events(nlp, "The rebels held talks and consultations with Mali.", ACTORS)
    assert sorted((e.source.code, e.target.code if e.target else None, e.cameo) for e in events) == [
        ("MLI", "MLIREB", "040"), ("MLIREB", "MLI", "040")]


NOUN_CASES: list[tuple[str, list[Quad]]] = [
    # an act noun coded by itself lists its fellows: each member with its own act code is its own act
    ("The militants' kidnappings and bombings of Nigerian villagers went on for months.",
     [("NGAREB", "NGACVL", "181", "asserted"), ("NGAREB", "NGACVL", "195", "asserted")]),
    # must-not: a member with the noun's own code is the act told twice; a member that is no material act
    ("The militants' attacks and raids on Nigerian villagers went on for months.",
     [("NGAREB", "NGACVL", "190", "asserted")]),
    ("The militants' kidnappings and threats of Nigerian villagers went on for months.",
     [("NGAREB", "NGACVL", "181", "asserted")]),
]


@pytest.mark.parametrize("text,want", NOUN_CASES, ids=[c[0][:40] for c in NOUN_CASES])
def test_listed_acts_noun_lists_its_fellows(text: str, want: list[Quad], nlp: Language) -> None:
    got = [(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS)]
    assert Counter(got) == Counter(want)
