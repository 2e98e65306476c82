"""Custody acts told in the passive with no agent, whose doer only the story's place gives (events/implied.py):
a group of no country that a state's act places in a country takes that country (``implied_agents``), and an
arrest or detention with no place named, in a story whose earlier acts all took place in one country, is that
country's act (``told_agents``, ``_home_custody``). Must-not cases: a story of two countries, a patient of another
country, a clause naming someone else, a verb with other senses. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


_BROKEN_UP = "Police in Morocco broke up a jihadist network on Friday, officials said. "
_CLASH = "Peruvian police clashed with opposition protesters in Lima on Monday, Peruvian officials said. "


def test_events_home_custody_a_placed_group_takes_the_country_of_the_place() -> None:
    got = _coded(_BROKEN_UP + "Last year a comparable terrorist cell was dismantled in the Portuguese town of Braga.")
    assert (1, "PRTCOP", "PRTREB", "COERCE") in got
    assert not any(e[0] == 1 and e[1].startswith("MAR") for e in got)  # not the earlier sentence's police


def test_events_home_custody_an_unplaced_group_stays_uncoded() -> None:
    got = _coded(_BROKEN_UP + "Last year a comparable terrorist cell was dismantled.")
    assert not any(e[0] == 1 for e in got)


def test_events_home_custody_a_group_of_a_named_country_keeps_it() -> None:
    got = _coded("In October, several Somali militants were arrested in the Kenyan city of Mombasa.")
    assert (0, "KENCOP", "SOMREB", "COERCE") in got


def test_events_home_custody_an_unplaced_arrest_in_a_story_of_one_country_is_that_countrys() -> None:
    got = _coded(_CLASH + "Some Peruvian opposition leaders are also detained there.")
    assert any(e[0] == 1 and e[1].startswith("PER") and e[2] == "PEROPP" and e[3] == "COERCE" for e in got)


def test_events_home_custody_no_agent_in_a_story_of_two_countries() -> None:
    got = _coded("Peruvian police clashed with Chilean protesters in Lima on Monday, Peruvian officials said. "
                 "Some Peruvian opposition leaders are also detained there.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)


def test_events_home_custody_no_agent_for_a_patient_of_another_country() -> None:
    got = _coded(_CLASH + "Two Bolivian journalists were also detained.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)


def test_events_home_custody_no_agent_for_a_hedged_act_or_a_verb_of_other_senses() -> None:
    got = _coded(_CLASH + "Some Peruvian opposition leaders could also be detained soon.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)
    got = _coded(_CLASH + "Some Peruvian opposition leaders were held responsible for the unrest.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)


def test_events_home_custody_the_patients_own_phrase_does_not_hide_the_agent() -> None:
    # the clause about the patient names another actor, inside the patient's phrase: not a doer
    got = _coded(_CLASH + "The Peruvian opposition leaders who tried to topple President Dina Boluarte are also "
                          "detained.")
    assert any(e[0] == 1 and e[1].startswith("PER") and e[2] is not None and e[2].startswith("PER")
               and e[3] == "COERCE" for e in got)
    # but a doer named in the clause itself leaves it open
    got = _coded(_CLASH + "Some Peruvian opposition leaders were detained during a raid by Chilean soldiers.")
    assert not any(e[0] == 1 and e[1].startswith("PER") and e[3] == "COERCE" for e in got)
