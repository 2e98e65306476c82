"""A participle of stance after "be" with its own preposition ("Chile is opposed to the plan") is the subject's
stance, not a passive (events/stance_participles.py): the subject opposes the preposition's object, and a "by"
phrase after it names whose act that object is ("opposed to mediation by Peru"). Opposing mediation is rejecting
it (126). Must-not cases: a real passive with no "to" phrase ("Chile was opposed by Peru") keeps the agent as the
opposer; a participle with no "be" ("rebels opposed to the government") is no stance act. Sentences written for
these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.roles import is_passive
from tests.marking import coded_triples

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "Peruvian": "PERGOV", "Bolivia": "BOLGOV", "rebels": "CHLREB"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Chile is opposed to Peru.", {("CHLGOV", "PERGOV", "110")}),
    ("Chile is opposed to mediation by Peru, an aide said on Monday.", {("CHLGOV", "PERGOV", "126")}),
    ("Chile is opposed to Peruvian mediation in its dispute with Bolivia.", {("CHLGOV", "PERGOV", "126")}),
    ("Chile opposes Peruvian mediation.", {("CHLGOV", "PERGOV", "126")}),
    # must-not: a passive with its agent and no "to" phrase
    ("Chile was opposed by Peru in the vote.", {("PERGOV", "CHLGOV", "110")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_stance_participles_subject_holds_the_stance(text: str, want: set[tuple[str, str | None, str]],
                                                     nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "1") == want


def test_stance_participles_are_not_passive(nlp: Language) -> None:
    doc = nlp("Chile is opposed to the plan.")
    assert not is_passive(doc[2])
    doc = nlp("Chile was opposed by Peru in the vote.")
    assert is_passive(doc[2])


def test_stance_participles_need_be(nlp: Language) -> None:
    found = coded_triples(nlp, "The rebels opposed to Peru left the town on Monday.", ACTORS, "1")
    assert not any(s == "CHLREB" for s, _, _ in found)
