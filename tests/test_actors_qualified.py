"""Generic agents whose own words give their country (actors/state.py, actors/names.py): chains of group
names ("Karen Christian rebels"), group nouns placed in a country's town or region, and what a state owns
standing for it as a target ("burned the Kenyan flag"); with the cases where none of this must fire."""

from __future__ import annotations

import datetime as dt
from typing import Any


from bilateral.actors import KnowledgeBase, resolve_actors

ON = dt.date(2019, 5, 1)


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    """Mention text -> code for a one-sentence text."""
    sent = nlp(text)
    return {sent[m.start:m.end].text: m.actor.code for m in resolve_actors(sent, kb, ON, None)}


def test_actors_qualified_people_chain_reaches_the_group_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Rohingya Muslim militants raided a border post at dawn.")
    assert found.get("Rohingya Muslim militants") == "MMRREB"
    assert _codes(nlp, kb, "Rohingya refugees crossed the river on Monday.").get("Rohingya refugees") == "MMRREF"


def test_actors_qualified_people_take_no_state_sector(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # a people's leaders hold no office of the state it lives in
    assert _codes(nlp, kb, "Yoruba leaders met the governor on Tuesday.").get("Yoruba leaders") == "NGA"


def test_actors_qualified_group_placed_in_a_named_town(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Students in the northern Kenyan town of Lodwar blocked the main road.")
    assert "KENEDU" in found.values()
    found = _codes(nlp, kb, "Police in Kenya's Rift Valley arrested ten men.")
    assert found.get("Police in Kenya's Rift Valley") == "KENCOP"


def test_actors_qualified_soldiers_in_a_place_stay_unplaced(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # soldiers "in" a country are often foreign ones deployed there
    found = _codes(nlp, kb, "Soldiers in the Malian town of Gao fired on a crowd.")
    assert "MLIMIL" not in found.values()


def test_actors_qualified_owned_things_stand_for_the_state(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "KEN" in _codes(nlp, kb, "Angry students burned the Kenyan flag.").values()
    assert "IRN" in _codes(nlp, kb, "Commandos seized an Iranian tanker off Gibraltar.").values()
    assert "BRA" in _codes(nlp, kb, "The ministry raised duties on Brazilian exports.").values()


def test_actors_qualified_maker_is_no_owner(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "The air force bought Russian-made jets last year.")
    assert "RUS" not in found.values() and "RUSMIL" not in found.values()
    assert "KEN" not in _codes(nlp, kb, "She drank Kenyan tea with her friends.").values()


def test_actors_qualified_held_place_stands_for_its_holder(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Yemeni troops shelled rebel-held villages east of Marib.")
    assert found.get("rebel-held villages") == "YEMREB"
    found = _codes(nlp, kb, "Militants fired mortars at government-held districts of Mogadishu.")
    assert found.get("government-held districts") == "SOMGOV"


def test_actors_qualified_held_as_a_verb_or_a_name_is_no_holder(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Talks held in Doha ended without a deal.")
    assert all(not code.endswith(("REB", "GOV")) for code in found.values())
    found = _codes(nlp, kb, "Afghan jets bombed Taliban-held districts.")
    assert "AFGREB" in found.values() and "Taliban-held districts" not in found
    # no country anywhere in a one-sentence text: nothing is coded
    assert _codes(nlp, kb, "Jets bombed rebel-held towns overnight.") == {}


def test_actors_qualified_owned_military_things(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Gunmen ambushed a military convoy in northern Chad.")
    assert "TCDMIL" in found.values()
    assert "RUSMIL" in _codes(nlp, kb, "Ukrainian drones hit Russian positions overnight.").values()
    found = _codes(nlp, kb, "Militants stormed an army post near the Malian border town of Menaka.")
    assert "MLIMIL" in found.values()


def test_actors_qualified_owned_things_are_no_agents(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # a maker is no owner, and a bare thing with no country is nobody's
    assert _codes(nlp, kb, "The air force bought Russian-made military vehicles.") == {}
    assert _codes(nlp, kb, "Engineers repaired the checkpoint and two military vehicles.") == {}


def test_actors_qualified_more_agent_nouns(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "SDNMIL" in _codes(nlp, kb, "The Sudanese military council named a new cabinet.").values()
    assert "CHNMED" in _codes(nlp, kb, "Chinese news outlets praised the agreement.").values()
    # a council with no sector word stays nobody's
    assert _codes(nlp, kb, "The city council approved the budget.") == {}


def test_actors_qualified_conjoined_places_share_the_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Officials from Ghana and Togo signed a border agreement.")
    assert "GHAGOV" in found.values() and "TGOGOV" in found.values()


def test_actors_qualified_group_of_a_place(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Residents of the Tanzanian town of Moshi blocked the highway.")
    assert "TZACVL" in found.values()
    assert "NGACOP" in _codes(nlp, kb, "Police in the Nigerian state of Kaduna arrested ten men.").values()
    # "of" a thing that is no place places nobody
    assert "TZACVL" not in _codes(nlp, kb, "Residents of the Tanzanian kind rarely complain.").values()


def test_actors_qualified_regional_title_takes_the_places_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Ohio Governor Mark Delano vetoed the spending bill.")
    assert "USAGOV" in found.values()
    # a town's name is no region: the Californian city must not make a Canadian premier American
    assert "USAGOV" not in _codes(nlp, kb, "Ontario Premier Doug Walsh criticised the tariffs.").values()


def test_actors_qualified_title_without_place_stays_uncoded(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # an abbreviated title alone names no country
    assert _codes(nlp, kb, "Sen. Mark Delano said he was pessimistic about a deal.") == {}


def test_actors_qualified_stance_prefix_names_no_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # "pro-X", "anti-X" say whom a group is for or against, not where it is from
    found = _codes(nlp, kb, "Anti-French demonstrators marched through the square.")
    assert not any(code.startswith("FRA") for code in found.values())
    found = _codes(nlp, kb, "Pro-Iranian militias fired rockets at the base.")
    assert not any(code.startswith("IRN") for code in found.values())
    assert _codes(nlp, kb, "French troops left the base.").get("French troops") == "FRAMIL"


def test_actors_qualified_group_in_a_compass_part_of_a_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _codes(nlp, kb, "Militants in Nigeria's northeast killed ten farmers.") == {
        "Militants in Nigeria's northeast": "NGAREB"}
    # must not: the compass word alone places no one
    assert _codes(nlp, kb, "Militants killed ten farmers in the northeast.") == {}
