"""The agent of an agentless passive act that the document already named (events/implied.py ``told_agents``)."""

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


_ATTACKED = "Gunmen attacked villagers in the Kenyan town of Garissa on Monday, Kenyan police said. "


def test_events_told_agents_a_passive_killing_is_the_earlier_attackers_act() -> None:
    got = _coded(_ATTACKED + "At least seven villagers were killed, a Kenyan official said.")
    assert (1, "KENREB", "KENCVL", "ASSAULT") in got


def test_events_told_agents_an_armed_patient_takes_the_forces_that_fought_it() -> None:
    got = _coded("Kenyan troops fought Somali militants near Garissa on Monday, the Kenyan army said. "
                 "Several Somali militants were captured.")
    assert (1, "KENMIL", "SOMREB", "COERCE") in got  # captured fighters are detained (173)


def test_events_told_agents_fighters_captured_after_a_fight_with_other_fighters_have_no_agent() -> None:
    # only a state's forces detain the fighters they fought; rival militias leave the capture's doer open
    got = _coded("Somali militants fought Kenyan rebels near Garissa on Monday, a Kenyan official said. "
                 "Several Kenyan rebels were captured.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)


def test_events_told_agents_no_agent_without_an_earlier_act_on_the_patient() -> None:
    # a single sentence: no document to name the agent
    assert not _coded("Several Somali militants were captured near Garissa on Monday.")
    # the earlier act struck no one of the patient's code
    got = _coded("Kenyan farmers met Somali traders near Garissa on Monday, a Kenyan official said. "
                 "Several Somali militants were captured.")
    assert not any(e[0] == 1 for e in got)


def test_events_told_agents_no_agent_for_a_hedged_act_or_a_thing() -> None:
    got = _coded("Kenyan troops fought Somali militants near Garissa on Monday, the Kenyan army said. "
                 "Several Somali militants could be captured soon.")
    assert not any(e[0] == 1 for e in got)
    got = _coded(_ATTACKED + "A school was burned, a Kenyan official said.")
    assert not any(e[0] == 1 for e in got)


def test_events_told_agents_an_object_word_that_is_the_passive_subject_is_the_patient() -> None:
    # "neutralize" is listed with its object words ("militant", "rebel"): told in the passive, that word is the patient
    assert (0, "KENMIL", "SOMREB", "ASSAULT") in _coded(
        "Five Somali militants were neutralized by Kenyan troops near Garissa on Monday.")
    # the patient's own words still name whose commander was hit
    assert (0, "KENMIL", "SOMREB", "ASSAULT") in _coded(
        "A commander of the Somali militants was neutralized by Kenyan troops near Garissa on Monday.")


_BUS = ("Pakistani Taliban militants attacked a bus in Pakistan's Balochistan province on Tuesday, Pakistani officials "
        "said. ")


def test_events_told_agents_an_armed_group_struck_by_no_one_named_was_struck_by_its_states_forces() -> None:
    assert (1, "PAKMIL", "PAKREB", "ASSAULT") in _coded(_BUS + "Sixteen Pakistani Taliban militants were killed, "
                                                               "officials said.")


def test_events_told_agents_no_state_forces_where_the_clause_names_another_or_the_story_is_one_sentence() -> None:
    got = _coded(_BUS + "Sixteen Pakistani Taliban militants were killed in an American drone strike, officials said.")
    assert not any(e[0] == 1 for e in got)
    assert not _coded("Sixteen Pakistani Taliban militants were killed, officials said.")


def test_events_accused_agents_an_act_in_the_clause_of_an_accusation_is_the_accused_forces_act() -> None:
    got = _coded("Kenyan opposition leaders condemned the Kenyan police after seven protesters were killed in "
                 "Nairobi on Monday.")
    assert (0, "KENCOP", "KENCVL", "ASSAULT") in got


def test_events_accused_agents_not_a_government_blamed_nor_a_hedged_act() -> None:
    got = _coded("Kenyan opposition leaders criticized the Kenyan government after seven villagers were killed in "
                 "floods on Monday.")
    assert not any(e[3] == "ASSAULT" for e in got)
    got = _coded("Kenyan opposition leaders condemned the Kenyan police after seven protesters could be killed in "
                 "Nairobi.")
    assert not any(e[3] == "ASSAULT" for e in got)


_SHOT = "Kenyan police shot Musalia Mudavadi in Nairobi on Monday, Kenyan officials said. "


def test_events_told_agents_a_known_person_struck_before_is_arrested_by_the_same_state_doer() -> None:
    # the story's one doer of force on the person is the doer of the agentless custody act on them (another type)
    assert (1, "KENCOP", "KEN", "COERCE") in _coded(_SHOT + "Mudavadi had been arrested in 2019.")
    assert (1, "KENCOP", "KEN", "COERCE") in _coded(_SHOT + "He was rearrested in May.")


def test_events_told_agents_no_person_doer_with_two_doers_a_rebel_custodian_or_a_hedged_act() -> None:
    got = _coded(_SHOT + "Somali militants also attacked Mudavadi in Garissa. Mudavadi had been arrested in 2019.")
    assert not any(e[0] == 2 for e in got)  # two doers of force on him: which arrested him is open
    got = _coded("Somali militants attacked Musalia Mudavadi in Garissa on Monday, Kenyan officials said. "
                 "Mudavadi had been detained in 2019.")
    assert not any(e[0] == 1 for e in got)  # rebels who attacked him did not detain him
    assert not any(e[0] == 1 for e in _coded(_SHOT + "Mudavadi could be arrested soon."))
    got = _coded("Musalia Mudavadi met Somali traders in Garissa on Monday, Kenyan officials said. "
                 "Mudavadi had been arrested in 2019.")
    assert not any(e[0] == 1 for e in got)  # no earlier act of force on him


_KILLED = "Myanmar soldiers killed eight Burmese protesters in Yangon on Friday. "


def test_events_told_nominals_an_ownerless_killing_of_the_struck_is_the_earlier_doers() -> None:
    got = _coded(_KILLED + "The killing of Burmese protesters is unacceptable, the U.N. said.")
    assert (1, "MMRMIL", "MMRCVL", "ASSAULT") in got


def test_events_told_nominals_not_with_an_agent_a_sought_or_possible_act_or_no_earlier_act() -> None:
    got = _coded(_KILLED + "The U.N. condemned the killing of Burmese protesters by unknown gunmen.")
    assert not any(e[0] == 1 and e[1] == "MMRMIL" and e[3] == "ASSAULT" for e in got)  # the "by" agent's killing
    got = _coded(_KILLED + "The U.N. warned of the possible killing of Burmese protesters.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)
    got = _coded(_KILLED + "The U.N. demanded the arrest of Burmese protesters.")
    assert not any(e[0] == 1 and e[3] == "COERCE" for e in got)  # sought, not done (and no earlier arrest)
    got = _coded("Burmese protesters met Myanmar soldiers in Yangon on Friday. The killing of Burmese protesters is "
                 "unacceptable, the U.N. said.")
    assert not any(e[3] == "ASSAULT" for e in got)  # the story told no act of force on them
    got = _coded(_KILLED + "The killing of Thai tourists is unacceptable, the U.N. said.")
    assert not any(e[3] == "ASSAULT" and e[2] == "THACVL" for e in got)  # not those the earlier act struck


_PROTESTERS_KILLED = "Sudanese soldiers killed six Sudanese protesters in Khartoum on Friday. "


def test_events_told_nominals_ownerless_violence_against_the_struck_is_the_earlier_doers() -> None:
    got = _coded(_PROTESTERS_KILLED + "Nurses say they hear more and more reports of sexual violence against "
                 "Sudanese protesters.")
    assert (1, "SDNMIL", "SDNCVL", "ASSAULT") in got
    got = _coded(_PROTESTERS_KILLED + "The EU condemned the violence against Sudanese protesters.")
    assert (1, "SDNMIL", "SDNCVL", "ASSAULT") in got


def test_events_told_nominals_violence_not_with_an_agent_a_hedge_another_patient_or_no_earlier_act() -> None:
    got = _coded(_PROTESTERS_KILLED + "Lawyers described violence against Sudanese protesters by unknown gunmen.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)  # the "by" phrase names another doer
    got = _coded(_PROTESTERS_KILLED + "The EU warned of possible violence against Sudanese protesters.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)  # feared, not done
    got = _coded(_PROTESTERS_KILLED + "Officials condemned violence against Chadian traders in Darfur.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)  # not those the story's act struck
    got = _coded("Sudanese protesters met Sudanese soldiers in Khartoum on Friday. The EU condemned the violence "
                 "against Sudanese protesters.")
    assert not any(e[3] == "ASSAULT" for e in got)  # a one-off mention: the story told no act of force on them


def test_events_told_agents_a_participle_on_a_noun_borrows_no_agent() -> None:
    # "villagers killed on Monday" says what the villagers are; the sentence tells no act of its own there
    got = _coded(_ATTACKED + "Relatives of villagers killed on Monday gathered in Garissa, a Kenyan official said.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)
    # a finite passive still takes the earlier attackers
    got = _coded(_ATTACKED + "Several villagers were killed in the raid, a Kenyan official said.")
    assert (1, "KENREB", "KENCVL", "ASSAULT") in got


_CLASH = "Peruvian police clashed with opposition protesters in Lima on Monday, Peruvian officials said. "


def test_events_told_agents_no_agent_for_a_death_in_a_natural_happening() -> None:
    # an earthquake or floods kill no one on anyone's behalf, whoever struck the same people before
    for text in ("Dozens of Peruvian villagers were killed in an earthquake on Tuesday.",
                 "Several Peruvian villagers were killed during the floods.",
                 "Two Peruvian villagers were killed in a flood disaster."):
        assert not any(e[0] == 1 for e in _coded(_CLASH + text)), text
    # but an act the clause tells as done by people still takes the earlier doer
    assert (1, "PERCOP", "PERCVL", "ASSAULT") in _coded(_CLASH + "Dozens of Peruvian villagers were killed in a "
                                                                 "raid on Tuesday.")
