"""Paired conditions (actors/conditions.py): a pronoun subject of a condition ("but if they ...") stands for the one
actor the previous sentence's condition named, so the answer set on it is aimed at that party. Two parties in the
earlier condition, none, or a pronoun outside a condition leave it unresolved. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.marking import pipeline_coded

_OPENING = ("Ghana will close its ports to Togolese ships, the Ghanaian foreign minister said on Monday. ")


def test_actors_paired_conditions_pronoun_in_the_second_condition_is_the_first_ones_party() -> None:
    coded = pipeline_coded(_OPENING + "\"If Togo reopens the crossing, we will react positively. "
                                      "But if they keep it closed, we will retaliate.\"")
    assert ("GHA", "TGO", "AGREE", "future") in coded
    assert ("GHA", "TGO", "THREATEN", "asserted") in coded


def test_actors_paired_conditions_two_parties_leave_the_pronoun_unsure() -> None:
    coded = pipeline_coded(_OPENING + "\"If Togo and Benin reopen the crossing, we will react positively. "
                                      "But if they keep it closed, we will retaliate.\"")
    assert not any(plover == "THREATEN" for _, _, plover, _ in coded)


def test_actors_paired_conditions_need_a_condition_in_the_sentence_before() -> None:
    coded = pipeline_coded(_OPENING + "\"Togo reopened the crossing last week. "
                                      "But if they keep it closed, we will retaliate.\"")
    assert not any(plover == "THREATEN" for _, _, plover, _ in coded)


def test_actors_paired_conditions_pronoun_outside_a_condition_is_left_alone() -> None:
    coded = pipeline_coded(_OPENING + "\"If Togo reopens the crossing, we will react positively. "
                                      "They keep it closed, and we will retaliate.\"")
    assert not any(plover == "THREATEN" for _, _, plover, _ in coded)


_ADDED = " the minister added."


def test_actors_paired_conditions_main_pronoun_after_its_own_condition_is_the_conditions_party() -> None:
    coded = pipeline_coded(_OPENING + "\"If Togo wants calm on the border, it must reopen the crossing,\"" + _ADDED)
    assert ("GHA", "TGO", "REQUEST", "asserted") in coded
    coded = pipeline_coded(_OPENING + "\"If Togo wants calm on the border, then it must reopen the crossing,\""
                           + _ADDED)
    assert ("GHA", "TGO", "REQUEST", "asserted") in coded


def test_actors_paired_conditions_main_pronoun_before_the_condition_is_left_alone() -> None:
    coded = pipeline_coded(_OPENING + "\"It must reopen the crossing if Togo wants calm on the border,\"" + _ADDED)
    assert not any(target == "TGO" and plover == "REQUEST" for _, target, plover, _ in coded)


def test_actors_paired_conditions_main_pronoun_that_disagrees_or_has_a_rival_is_left_alone() -> None:
    for text in ("\"If Togo wants calm on the border, he must reopen the crossing,\"",  # "he" is no state
                 "\"If Togo wants calm with Benin, they must reopen the crossing,\"",  # Benin stands between
                 "\"If Togo wants calm on the border, we must reopen the crossing,\""):  # "we" is the speaker
        coded = pipeline_coded(_OPENING + text + _ADDED)
        assert not any(target == "TGO" and plover == "REQUEST" for _, target, plover, _ in coded), text


def _togo_mentions(nlp: Any, text: str) -> list[str]:
    from bilateral.actors.conditions import conditioned_subject_mentions
    from bilateral.models import Actor, Mention

    sent = nlp(text)
    togo = next(t for t in sent if t.text == "Togo")
    named = [Mention(Actor("Togo", "Togo", "TGO", "TGO", None, "state"), togo.i, togo.i + 1, togo.idx, togo.idx + 4)]
    return [m.actor.code + ":" + m.actor.text for m in conditioned_subject_mentions(sent, named)]


def test_actors_paired_conditions_a_dummy_it_after_the_condition_is_no_party(nlp: Any) -> None:
    assert _togo_mentions(nlp, "Unless Togo reopens the crossing, it must pay the fine.") == ["TGO:it"]
    assert _togo_mentions(nlp, "Unless Togo reopens the crossing, it is unlikely that trade will recover.") == []
