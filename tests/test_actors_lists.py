"""Demonyms in a list before one group noun (actors/state.py ``_list_sector``), on sentences written for these
tests: each demonym of "U.S., French, Chinese and Mexican envoys" is a group of its own country, however the
parser hangs the list; a list before a thing ("coffee") names no actor."""

from __future__ import annotations

from tests.resolving import codes_by_text


def test_actors_lists_each_demonym_before_a_group_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The scheme was opposed by United Nations , U.S., German, Japanese, Brazilian and "
                                   "Indian representatives at a session on Tuesday.")
    countries = {code[:3] for code in found.values()}
    assert {"DEU", "JPN", "BRA", "IND"} <= countries


def test_actors_lists_demonyms_before_a_thing_name_no_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Prices of Kenyan, Ugandan and Tanzanian coffee rose sharply this year.")
    assert not any(code[:3] in ("KEN", "UGA", "TZA") for code in found.values())


def test_actors_lists_a_demonym_outside_a_list_is_left_alone(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # "French" here is the language, followed by no list word and no group noun
    found = codes_by_text(nlp, kb, "The statement was issued in French and posted online.")
    assert not any(code[:3] == "FRA" for code in found.values())
