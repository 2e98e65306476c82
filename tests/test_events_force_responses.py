"""Answering someone "with (full) force" is armed force (CAMEO 190, lexicon ``respond`` with a force noun); announced,
"will respond with full force to the attack by X", it is a threat of force (138) aimed at the attack's doer.
Answering questions, a fire or an offer takes no force noun and is no act of force.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ANDEAN = {"Peru": "PERGOV", "Bolivia": "BOLGOV", "Chile": "CHLGOV", "the Red Condor militia": "PERREB",
          "the militia": "PERREB", "the fire brigade": "PERCVL"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Peru will respond with full force to the raid by the Red Condor militia.", {("PERGOV", "PERREB", "138")}),
    ("Bolivia said it will respond with overwhelming force to any attack by Chile.",
     {("BOLGOV", "CHLGOV", "138")}),
    ("Peru responded with force to the ambush by the Red Condor militia on Sunday.", {("PERGOV", "PERREB", "190")}),
    # must not: answering questions, a fire, a proposal, or with no force noun
    ("Bolivia responded to questions from Chile about the border.", set()),
    ("The fire brigade responded to the fire within minutes.", set()),
    ("Peru responded to the proposal by Chile on Friday.", set()),
    ("Bolivia will respond to Chile in writing.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_force_responses(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ANDEAN)
           if e.cameo.startswith(("13", "19", "18"))}
    assert got == want


_RAID = "Shining Path guerrillas attacked a train in southern Peru on Monday. "


def _story(text: str) -> set[tuple[int, str | None, str | None, str]]:
    """(sentence, source, target, CAMEO code) of the threats and acts of force the pipeline codes in a story."""
    import datetime as dt

    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events
            if e.sentence_index > 0 and e.cameo.startswith(("13", "18", "19"))}


def test_events_force_responses_agentless_answer_is_the_speakers_threat_at_the_attacker() -> None:
    assert _story(_RAID + '"The attack will be responded to with force," Peru\'s interior minister Ana Rojas said.') \
        == {(1, "PERGOV", "PERREB", "138")}


def test_events_force_responses_answer_shares_the_subject_of_its_joined_clause() -> None:
    assert _story(_RAID + '"The attack is a crime against the nation and will be responded to with force," '
                  "Peru's interior minister Ana Rojas said.") == {(1, "PERGOV", "PERREB", "138")}


def test_events_force_responses_answer_to_the_told_attack_names_its_doer() -> None:
    assert _story(_RAID + "Peru's interior minister said Lima will respond with overwhelming force to the attack.") \
        == {(1, "PERGOV", "PERREB", "138")}


def test_events_force_responses_answers_with_no_force_are_no_threat() -> None:
    assert _story(_RAID + "Peru's interior minister Ana Rojas responded to questions about the attack.") == set()
    assert _story(_RAID + "Firefighters responded with full force to the blaze in the bus.") == set()


def test_events_force_responses_an_answer_announced_by_no_speaker_has_no_source() -> None:
    assert _story(_RAID + "The attack will be responded to with force.") == set()


def test_events_force_responses_a_foretold_agentless_attack_is_not_the_speakers() -> None:
    assert not any(source == "PERGOV" for _, source, _, _ in _story(
        _RAID + "Peru's interior minister Ana Rojas said the town will be attacked again."))
