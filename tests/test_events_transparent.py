"""A word of knowing whose modal does not reach its that-clause (events/transparent.py): "should" or "must" on the
knower leaves the clause as told; an open clause, a speech verb, a real forecast, a condition and an obligation on
the act itself keep their markers. Sentences written for these
tests, coded through the pipeline."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_transparent_a_known_past_act_is_told() -> None:
    assert _coded("Everyone should know that Chile attacked Peru.") == {("CHL", "PER", "ASSAULT", "asserted")}
    assert _coded("Voters must be aware that Chile attacked Peru.") == {("CHL", "PER", "ASSAULT", "asserted")}


def test_events_transparent_a_known_future_act_keeps_its_own_future() -> None:
    got = _coded("Lima should be aware that Chile will strike Peru, the Chilean minister said.")
    assert ("CHL", "PER", "THREATEN", "asserted") in got  # the announced strike is a threat, not a hypothesis
    assert not any(m == "hypothetical" for *_, m in got)


def test_events_transparent_an_open_clause_of_knowing_stays_open() -> None:
    got = _coded("Nobody knows whether Chile attacked Peru.")
    assert not any(m in ("asserted", "alleged") for *_, m in got)


def test_events_transparent_a_speech_verb_with_a_modal_is_no_knower() -> None:
    got = _coded("Santiago could claim that Chile attacked Peru.")
    assert not any(m in ("asserted", "alleged") for *_, m in got)


def test_events_transparent_a_real_forecast_and_a_condition_keep_their_markers() -> None:
    got = _coded("Chile will strike Peru.")
    assert ("CHL", "PER", "ASSAULT", "asserted") not in got
    got = _coded("If Chile attacked Peru, Lima would respond.")
    assert not any(s == "CHL" and m in ("asserted", "alleged") for s, _, _, m in got)


def test_events_transparent_an_obligation_on_the_act_itself_stays_hypothetical() -> None:
    got = _coded("Chile should attack Peru.")
    assert not any(m in ("asserted", "alleged") for *_, m in got)
