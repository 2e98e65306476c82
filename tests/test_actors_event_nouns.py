"""A demonym on a singular act of force is the state that acts ("a Turkish offensive").

Not when a "by" phrase names the doer, nor on a singular noun that is a thing ("Peruvian coffee").
"""

from __future__ import annotations

from tests.resolving import codes_by_text


def test_demonym_on_an_act_of_force_is_the_acting_state(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes_by_text(nlp, kb, "A Peruvian offensive pushed the rebels back.").get("Peruvian") == "PER"
    assert codes_by_text(nlp, kb, "The Moroccan airstrike destroyed a depot.").get("Moroccan") == "MAR"


def test_demonym_is_no_actor_when_a_by_phrase_names_the_doer(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "Peruvian" not in codes_by_text(nlp, kb, "A Peruvian raid by unknown gunmen killed two guards.")


def test_demonym_on_a_singular_thing_stays_no_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "Peruvian" not in codes_by_text(nlp, kb, "Peruvian coffee fetched a high price.")


def test_demonym_on_aid_given_is_the_giving_state(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # "Japanese aid" already was; funding, assistance and loans are given by a state as aid is
    assert codes_by_text(nlp, kb, "Kenya accepted Japanese funding for new roads.").get("Japanese") == "JPN"
    assert codes_by_text(nlp, kb, "Zambia took Chinese loans for a railway.").get("Chinese") == "CHN"
    assert codes_by_text(nlp, kb, "Haiti asked for Canadian assistance.").get("Canadian") == "CAN"
    assert "Peruvian" not in codes_by_text(nlp, kb, "Peruvian coffee fetched a high price.")
