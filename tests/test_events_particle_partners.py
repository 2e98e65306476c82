"""A phrasal verb's partner named by the preposition the parser hangs on its particle (events/matching.py
``particle_objects``, the ``phrasal`` flag of triggers.tsv): "would go along with X" is X's support, the "with" under
"along". Must-not cases: the same preposition on the verb is the other sense ("went along with the troops to the
border": keeping company), and a verb with no particle entry keeps its own prepositions only. Sentences written for
these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.lexicon import Lexicon
from bilateral.events.matching import particle_objects
from tests.marking import coded_events

ACTORS = {"Lima": "PERGOV", "Peru": "PERGOV", "Ecuador": "ECUGOV", "Quito": "ECUGOV",
          "Peruvian soldiers": "PERMIL", "Ecuadorean troops": "ECUMIL", "Peruvian fishermen": "PERCVL"}


def _coded(nlp: Language, text: str) -> set[tuple[str, str | None, str, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


def test_going_along_with_a_partner_is_support(nlp: Language) -> None:
    assert ("PERGOV", "ECUGOV", "051", "asserted") in _coded(nlp, "Peru went along with Quito on the fishing quota.")


def test_an_announced_going_along_is_an_intent(nlp: Language) -> None:
    got = _coded(nlp, "Lima said Peru would go along with Ecuador on the fishing quota.")
    assert ("PERGOV", "ECUGOV", "032", "future") in got


@pytest.mark.parametrize("text", [
    "Peruvian soldiers went along with Ecuadorean troops to the border.",  # keeping company
    "Peruvian fishermen sailed along the coast with Ecuadorean troops.",  # no particle of an entry
])
def test_company_or_a_route_is_no_support(text: str, nlp: Language) -> None:
    assert not any(cameo.startswith(("05", "03")) for _, _, cameo, _ in _coded(nlp, text))


def test_only_the_entry_particle_carries_partners(nlp: Language) -> None:
    lexicon = Lexicon.load()
    doc = nlp("Peru went along with Quito on the fishing quota.")
    verb = next(t for t in doc if t.lemma_ == "go")
    along = [e for e in lexicon.lookup("verb", "go") if e.particle == "along"]
    others = [e for e in lexicon.lookup("verb", "go") if e.particle != "along"]
    assert along and [t.text for t in particle_objects(verb, along[0])] == ["Quito"]
    assert all(particle_objects(verb, e) == [] for e in others)
