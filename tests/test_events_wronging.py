"""A speaker who says an actor did a wrong with a verb of wronging accuses it (events/involvement.py, _wronging),
coded through the pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_wronging_said_or_tried_wrong_accuses_the_doer() -> None:
    for text in ("Kenya's president said Uganda has undermined the peace talks.",
                 "Kenya's president said Uganda has repeatedly tried to sabotage the peace process.",
                 '"Uganda has repeatedly tried to sabotage the peace process," Kenya\'s president said.'):
        assert ("KEN", "UGA", "ACCUSE", "asserted") in _coded(text), text


def test_events_wronging_not_negated_hedged_passive_tried_good_or_news() -> None:
    for text in ("Kenya's president said Uganda did not sabotage the peace process.",
                 "Kenya's president said Uganda could undermine the peace talks.",
                 "Kenya's president said Uganda tried to improve the peace process.",
                 "Kenya's president said the peace talks were undermined by the drought.",
                 "Kenya's president denied that Uganda had sabotaged the peace process.",
                 "Kenya's president feared Uganda would undermine the peace process.",
                 "Reuters reported that Uganda had sabotaged the peace process."):
        assert not any(t == "ACCUSE" for _, o, t, _ in _coded(text) if o == "UGA"), text


def test_events_wronging_own_side_is_no_accusation() -> None:
    got = _coded("Kenya's president said Kenyan police had undermined the peace process.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)


def test_events_wronging_meddling_and_interfering_accuse_the_doer() -> None:
    for text in ("Kenya's president said Uganda had interfered in Kenya's internal affairs.",
                 "Kenya's president said Uganda had cheated on the deal."):
        assert ("KEN", "UGA", "ACCUSE", "asserted") in _coded(text), text
    for text in ("Kenya's president said Uganda would not interfere in the election.",
                 "Kenya's president said the rain interfered with the election."):
        assert not any(t == "ACCUSE" for _, o, t, _ in _coded(text) if o == "UGA"), text
