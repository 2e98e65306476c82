"""A news subhead run into the sentence after it ("Review of ties Lima's government froze ...") hides the
sentence's subject from the parser: the subject becomes a second object of the heading's "of", or the sentence's
present finite verb hangs subjectless on the heading's verbs with its subject read as their object
(``events.run_in_headings``). Freezing, suspending or cancelling a project, a pipeline or a railway another party
funds or builds rejects economic cooperation with it (CAMEO 1211). Must-not: objects joined as conjuncts, a verb
after a conjunction, a project no other party funds.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.run_in_headings import heading_subject, noun_before_finite
from tests.marking import coded_events

ACTORS = {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL", "Lima": "PERGOV", "Ecuador": "ECU", "Japan": "JPN",
          "Peruvian government": "PERGOV", "Chile's government": "CHLGOV", "Kenya": "KEN", "Somalia": "SOM",
          "Tanzania": "TZA", "Uganda": "UGA", "Comoros": "COM"}

Coded = set[tuple[str, str | None, str]]


def _coded(nlp: Language, text: str) -> Coded:
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS)}


CASES: list[tuple[str, Coded]] = [
    ("Review of ties Chile's government last month suspended a railway project built by Japan.",
     {("CHLGOV", "JPN", "1211")}),
    ("The Peruvian government suspended a railway project funded by Japan.", {("PERGOV", "JPN", "1211")}),
    ("Peru cancelled a pipeline built by Chile.", {("PER", "CHL", "1211")}),
    # must not: conjoined objects of "of" are no heading, a project no other party funds is no one's
    ("The envoys of Chile and Bolivia criticized Peru.", {("CHL", "PER", "111"), ("BOL", "PER", "111")}),
    ("Peru froze the railway project in March.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_run_in_headings_and_frozen_projects(text: str, want: Coded, nlp: Language) -> None:
    assert _coded(nlp, text) == want


def test_clause_heading_leaves_the_rejection_to_its_sayers(nlp: Language) -> None:
    text = ("Kenya hopes to avoid arbitration Somalia, the Comoros, Tanzania and Uganda contest all or parts of "
            "Kenya's maritime claims.")
    assert {("TZA", "KEN", "120"), ("UGA", "KEN", "120")} <= _coded(nlp, text)


def test_heading_subject_takes_the_second_object_only(nlp: Language) -> None:
    doc = nlp("Review of ties Chile's government last month suspended the railway.")
    verb = next(t for t in doc if t.lemma_ == "suspend")
    subj = next(t for t in verb.children if t.dep_ == "nsubj")
    assert heading_subject(subj, verb).text == "government"
    doc = nlp("The envoys of Chile and Bolivia criticized Peru.")
    verb = next(t for t in doc if t.lemma_ == "criticize")
    subj = next(t for t in verb.children if t.dep_ == "nsubj")
    assert heading_subject(subj, verb) == subj


@pytest.mark.parametrize("text,lemma", [
    ("Chile met Peru and discusses trade every year.", "discuss"),  # after a conjunction: the first verb's subject
    ("Chile rejects Peru's claims.", "reject"),  # a subject of its own
    ("The allegations lodged against Chile angered Peru.", "lodge"),  # a participle, not a present finite verb
])
def test_noun_before_finite_leaves_prose_alone(text: str, lemma: str, nlp: Language) -> None:
    verb = next(t for t in nlp(text) if t.lemma_ == lemma)
    assert noun_before_finite(verb) is None
