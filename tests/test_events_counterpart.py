"""A missing target given by the story's main counterpart (events/counterpart.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_STORY = "Ghana accused Togo of sheltering smugglers. Ghana and Togo held talks in Accra on Monday. "


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2020, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.event_type)
            for e in done.events}


def test_events_counterpart_an_unaimed_threat_is_aimed_at_the_story_counterpart() -> None:
    assert (2, "GHA", "TGO", "THREATEN") in _coded(_STORY + "Ghana threatened to close the border.")


def test_events_counterpart_a_refusal_to_act_is_aimed_at_the_story_counterpart() -> None:
    assert (2, "GHA", "TGO", "REJECT") in _coded(_STORY + "Ghana refused to attend the summit.")


def test_events_counterpart_needs_one_dominant_counterpart() -> None:
    # Togo and Benin are each paired with Ghana once: neither is the story's counterpart
    got = _coded("Ghana accused Togo of sheltering smugglers. Ghana criticized Benin over the tariffs. "
                 "Ghana threatened to close the border.")
    assert not any(e[0] == 2 for e in got)
    # one earlier event is not yet a story about the pair
    assert not any(e[0] == 1 for e in _coded("Ghana accused Togo of sheltering smugglers. "
                                             "Ghana threatened to close the border."))


def test_events_counterpart_leaves_named_targets_and_answers_alone() -> None:
    assert (2, "GHA", "TGO", "THREATEN") not in _coded(_STORY + "Ghana threatened Benin's traders with fines.")
    # what is dismissed was said by whoever made it, not by the counterpart: a denial aimed at no one (016, untyped)
    assert {e for e in _coded(_STORY + "Ghana dismissed the report.") if e[0] == 2} == {(2, "GHA", None, None)}


def test_events_counterpart_one_act_told_twice_counts_once() -> None:
    # two accusations of Togo are one kind of act between the pair: not yet a story about the pair
    got = _coded("Ghana accused Togo of sheltering smugglers. Ghana also accused Togo of arming the gangs. "
                 "Ghana threatened to close the border.")
    assert not any(e[0] == 2 and e[2] == "TGO" for e in got)


def test_events_counterpart_an_announced_act_with_no_object_is_a_threat_at_the_counterpart() -> None:
    assert (2, "GHA", "TGO", "THREATEN") in _coded(_STORY + "Ghana said it will retaliate.")


def test_events_counterpart_an_announced_act_on_something_or_attempted_is_not_aimed() -> None:
    # what the act is done to may be whom it aims at: not the story's counterpart
    got = _coded(_STORY + "Ghana wants to close the camps near the coast.")
    assert not any(e[0] == 2 and e[2] == "TGO" for e in got)
    # an attempt happened: no announcement, no threat
    got = _coded(_STORY + "Ghana tried to retaliate on Monday.")
    assert not any(e[0] == 2 and e[2] == "TGO" and e[3] == "THREATEN" for e in got)
    # a past act is no threat either
    got = _coded(_STORY + "Ghana retaliated on Monday.")
    assert not any(e[0] == 2 and e[3] == "THREATEN" for e in got)


def test_events_counterpart_an_announced_measure_named_as_object_is_a_threat_at_the_counterpart() -> None:
    # the object is the measure itself, not what it acts on: aimed at the story's counterpart
    assert (2, "GHA", "TGO", "THREATEN") in _coded(_STORY + "Ghana will raise tariffs next month.")
    assert (2, "GHA", "TGO", "THREATEN") in _coded(_STORY + "Ghana said it would not hesitate to increase the levy.")


def test_events_counterpart_an_announced_measure_needs_a_dominant_two_sided_story() -> None:
    # three countries, none dominant: no counterpart to aim the measure at
    got = _coded("Ghana accused Togo of sheltering smugglers. Ghana criticized Benin over the fishing quotas. "
                 "Ghana will raise tariffs next month.")
    assert not any(e[0] == 2 and e[2] is not None for e in got)
    # a measure done, not announced, is no threat at the counterpart
    got = _coded(_STORY + "Ghana raised tariffs last year.")
    assert not any(e[0] == 2 and e[3] == "THREATEN" for e in got)
    # a statement about the measure is no act on anyone
    got = _coded(_STORY + "Economists in Accra said the tariffs were high.")
    assert not any(e[0] == 2 and e[2] == "TGO" for e in got)


def test_events_counterpart_cutting_ties_is_aimed_at_the_story_counterpart() -> None:
    # relations are cut with someone, a sanction falls on someone: done acts too
    assert (2, "GHA", "TGO", "SANCTION") in _coded(_STORY + "Ghana recalled its ambassador on Tuesday.")
    assert (2, "GHA", "TGO", "COERCE") in _coded(
        _STORY + "Prices soared after Ghana's imposition of sanctions last week.")


def test_events_counterpart_cutting_ties_needs_a_counterpart_and_an_act_on_no_thing() -> None:
    # three countries, none dominant: the envoy's host is not known
    got = _coded("Ghana accused Togo of sheltering smugglers. Ghana criticized Benin over the fishing quotas. "
                 "Ghana recalled its ambassador on Tuesday.")
    assert not any(e[0] == 2 and e[2] is not None for e in got)
    # closing a thing (160) is no cutting of ties with the counterpart
    got = _coded(_STORY + "Ghana closed two refugee camps on Tuesday.")
    assert not any(e[0] == 2 and e[2] == "TGO" for e in got)
    # a statement about relations is no act on anyone
    got = _coded(_STORY + "Analysts in Accra said relations were at a low point.")
    assert not any(e[0] == 2 and e[2] == "TGO" for e in got)



def test_events_counterpart_a_country_in_the_counterparts_own_description_is_no_third_party() -> None:
    # Nigeria is named only to describe Togo ("its biggest partner after Nigeria"): the threat is on Togo
    got = _coded(_STORY + "Ghana shocked Togo, its biggest trading partner after Nigeria, by threatening to close "
                          "the border.")
    assert (2, "GHA", "TGO", "THREATEN") in got


def test_events_counterpart_a_country_named_outside_the_description_still_blocks() -> None:
    got = _coded(_STORY + "Ghana, the biggest trading partner of Nigeria, shocked Lome by threatening to close "
                          "the border.")
    assert not any(e[0] == 2 and e[2] == "TGO" and e[3] == "THREATEN" for e in got)
