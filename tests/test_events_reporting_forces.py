"""The forces that report an agentless act of force on an armed group are its agent (events/implied.py
``reporting_forces``), and a set description of forces may count an international body (actors/sets.py)."""

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


def test_events_reporting_forces_the_army_reporting_fighters_captured_captured_them() -> None:
    got = _coded("The Malian army said on Friday that twelve Malian militants were captured near Gao.")
    assert (0, "MLIMIL", "MLIREB", "COERCE") in got


def test_events_reporting_forces_need_an_armed_patient_and_an_armed_speaker() -> None:
    # soldiers or villagers killed: the army reports a loss, not its own act
    got = _coded("The Malian army said on Friday that twelve soldiers were killed near Gao.")
    assert not any(e[1] == "MLIMIL" and e[3] == "ASSAULT" for e in got)
    got = _coded("The Malian army said on Friday that twelve villagers were killed near Gao.")
    assert not any(e[1] == "MLIMIL" and e[3] == "ASSAULT" for e in got)
    # a ministry reports; it captures no one
    got = _coded("Mali's foreign ministry said on Friday that twelve Malian militants were captured near Gao.")
    assert not any(e[1] == "MLIGOV" and e[3] == "COERCE" for e in got)


def test_events_reporting_forces_not_an_act_with_an_agent_or_hedged() -> None:
    got = _coded("The Malian army said on Friday that twelve Malian militants were captured by a rival militia.")
    assert not any(e[1] == "MLIMIL" and e[3] == "COERCE" for e in got)
    got = _coded("The Malian army said on Friday that twelve Malian militants could be captured within days.")
    assert not any(e[1] == "MLIMIL" and e[3] == "COERCE" for e in got)


_MISSION = ("Chad's army patrolled the border town of Abeche on Monday alongside soldiers of the United Nations "
            "peacekeeping mission. ")


def test_events_reporting_forces_both_forces_are_a_state_and_an_international_body() -> None:
    got = _coded(_MISSION + "Both forces say nine Chadian rebels were captured in the operation.")
    assert {(s, t) for i, s, t, k in got if i == 1 and k == "COERCE"} == {("TCDMIL", "TCDREB"),
                                                                           ("IGOUNO", "TCDREB")}


def test_events_reporting_forces_a_body_counts_only_for_a_description_of_forces() -> None:
    # "both countries" counts states: a state and a body are no pair of countries
    got = _coded(_MISSION + "Both countries accused Sudan of arming the rebels.")
    assert not any(e[0] == 1 and e[1] == "IGOUNO" for e in got)
    # a body besides two states: three actors are not "both forces"
    got = _coded("Chad's army, Niger's army and soldiers of the United Nations mission patrolled the border on "
                 "Monday. Both forces say nine Chadian rebels were captured in the operation.")
    assert not any(e[0] == 1 and e[1] in ("IGOUNO", "NERMIL") for e in got)
