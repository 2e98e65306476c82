"""What a witness can see or hear happening (events/perceived.py): an ability modal on a perception verb does not
make the perceived clause hypothetical; a forecast, an ability of the act itself and a negated perception keep it
so. Sentences written for these tests, coded through the pipeline."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_perceived_a_clause_heard_as_it_goes_on_is_told() -> None:
    got = _coded("Villagers near Goma said they can hear gunfire as Rwandan troops are shelling Congolese army "
                 "positions.")
    assert ("RWA", "COD", "ASSAULT", "alleged") in got  # the villagers tell it: alleged, not hypothetical


def test_events_perceived_a_participle_seen_now_is_told() -> None:
    assert ("ETH", "ERI", "ASSAULT", "asserted") in _coded(
        "From the border we can see Ethiopian soldiers firing at Eritrean troops.")


def test_events_perceived_a_past_clause_under_could_is_told() -> None:
    assert ("RUS", "UKR", "ASSAULT", "asserted") in _coded(
        "We could hear explosions as Russian forces shelled Ukrainian positions.")


def test_events_perceived_a_forecast_with_could_see_stays_hypothetical() -> None:
    got = _coded("Observers said we could see Rwandan troops attacking Congolese positions soon.")
    assert ("RWA", "COD", "ASSAULT", "hypothetical") in got
    assert not any(m in ("asserted", "alleged") for _, _, _, m in got)
    got = _coded("Analysts said we could see a Nigerien attack on Mali soon.")
    assert not any(m in ("asserted", "alleged") for _, _, _, m in got)


def test_events_perceived_an_ability_of_the_act_itself_stays_hypothetical() -> None:
    assert _coded("Niger can attack Mali.") == {("NER", "MLI", "ASSAULT", "hypothetical")}


def test_events_perceived_a_negated_perception_stays_hypothetical() -> None:
    got = _coded("We can't hear gunfire as Rwandan troops are shelling Congolese army positions.")
    assert not any(m in ("asserted", "alleged") for _, _, _, m in got)


def test_events_perceived_a_passive_perception_reads_the_same() -> None:
    assert ("RUS", "UKR", "ASSAULT", "asserted") in _coded(
        "Explosions could be heard as Russian forces shelled Ukrainian positions.")
    got = _coded("Heavy fighting could be seen soon as Sudanese rebels attack the Sudanese army.")
    assert not any(m in ("asserted", "alleged") for _, _, _, m in got)  # must-not: a present clause under "could"


def test_events_perceived_a_participle_seen_in_the_passive_is_told() -> None:
    assert ("KEN", "SOM", "COERCE", "asserted") in _coded(
        "Kenyan troops could be seen surrounding the Somali army base.")  # surrounding a place: a siege, 191
    assert ("KEN", "SOM", "ASSAULT", "asserted") in _coded("Kenyan troops can be heard firing at Somali soldiers.")


@pytest.mark.parametrize("text", [
    "Kenyan troops could soon be seen surrounding the Somali army base.",  # put ahead: a forecast
    "Kenyan troops could not be seen surrounding the Somali army base.",  # negated sensing
    "Kenyan troops could be seen as attacking Somali soldiers.",  # a judgement, no participle seen
])
def test_events_perceived_a_passive_sensing_must_not(text: str) -> None:
    assert not any(m in ("asserted", "alleged") for _, _, _, m in _coded(text))
