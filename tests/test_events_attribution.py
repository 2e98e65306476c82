"""Attribution (docs/codebook.md, "Attribution"): an act the news attributes to a speaker keeps its actors, its type
and its confidence; only its modality says who vouches for it. The act's own side states it (asserted); anyone else,
a named party, a witness or a monitor, claims it (alleged), and an alleged event is kept, not dropped. Sentences
written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Russian troops": "RUSMIL", "Kharkiv": "UKR", "Ukrainian army": "UKRMIL",
          "Russian defence ministry": "RUSGOV"}
PLAIN = "Russian troops shelled Kharkiv on Monday."


def _shelling(nlp: Language, text: str) -> tuple[str, float]:
    [event] = [e for e in coded_events(nlp, text, ACTORS) if e.source.code == "RUSMIL"]
    assert (event.target.code if event.target else None, event.cameo[:2]) == ("UKR", "19")
    return event.modality, event.confidence


@pytest.mark.parametrize(("text", "modality"), [
    ("Russian troops shelled Kharkiv on Monday, a monitor said.", "alleged"),
    ("Russian troops shelled Kharkiv on Monday, witnesses said.", "alleged"),
    ("Russian troops shelled Kharkiv on Monday, the Ukrainian army said.", "alleged"),  # a party about its adversary
    ("Russian troops shelled Kharkiv on Monday, the Russian defence ministry said.", "asserted"),  # its own side
    ("The Russian defence ministry said Russian troops shelled Kharkiv on Monday.", "asserted"),
])
def test_attribution_sets_the_modality_and_keeps_the_event(nlp: Language, text: str, modality: str) -> None:
    found, confidence = _shelling(nlp, text)
    assert found == modality
    # must not: the attribution lowers no confidence, so the claim is never dropped under min_confidence
    assert confidence == _shelling(nlp, PLAIN)[1]


def test_attribution_must_not_fire_without_a_speaker(nlp: Language) -> None:
    assert _shelling(nlp, PLAIN)[0] == "asserted"


PACT = {"Japan": "JPN", "India": "IND"}


@pytest.mark.parametrize(("text", "modality"), [
    # what a speaker takes as known, in a clause of "although", "since", "after", "when", is no claim of the speaker's
    ("An analyst said the talks will be hard, although Japan and India signed a defence pact last year.",
     "asserted"),
    ("An analyst said ties have grown since Japan and India signed a defence pact last year.", "asserted"),
    # must not fire: the speaker's own claim, and what the speaker gives as its cause, stay the speaker's
    ("An analyst said Japan and India signed a defence pact last year.", "alleged"),
])
def test_attribution_presupposed_clause_is_background(nlp: Language, text: str, modality: str) -> None:
    pacts = {e.modality for e in coded_events(nlp, text, PACT) if e.cameo == "057"}
    assert pacts == {modality}


KOREA = {"United States": "USA", "Russia": "RUS", "North Korea": "PRK"}


@pytest.mark.parametrize(("text", "modality"), [
    # a nominal event a copula judges is taken as known: the speaker claims the judgement, not the event
    ("The United States warned that military cooperation between North Korea and Russia is dangerous.", "asserted"),
    ("The United States warned that deepening cooperation between North Korea and Russia is a threat.", "asserted"),
    # must not fire: a nominal event said to do something is the speaker's claim
    ("The United States said military cooperation between North Korea and Russia has grown.", "alleged"),
])
def test_attribution_judged_nominal_event_is_background(nlp: Language, text: str, modality: str) -> None:
    found = {e.modality for e in coded_events(nlp, text, KOREA) if e.cameo.startswith("06")}
    assert found == {modality}
