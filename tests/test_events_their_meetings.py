"""A mutual act owned by "their" is the act of the two sides the story just paired (events/their_meetings.py):
"X met Y in Geneva in May. Their second meeting was in Oslo." Must not: a pair told one way only, a partner named
in the noun's own phrase, another actor in the sentence whose "their" it may be, two pairs before. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str | None, int]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type, e.sentence_index)
            for e in done.events}


MET = "Kenyan President William Ruto met with Ugandan President Yoweri Museveni in Nairobi on Monday. "


def test_their_meeting_is_the_pair_s() -> None:
    coded = _coded(MET + "Their second meeting was in Kampala in May.")
    assert ("KENGOV", "UGAGOV", "CONSULT", 1) in coded and ("UGAGOV", "KENGOV", "CONSULT", 1) in coded


def test_their_summit_two_sentences_on_through_its_light_verb() -> None:
    coded = _coded(MET + "The talks were about trade. Their second summit was held in Kampala in May.")
    assert ("KENGOV", "UGAGOV", "CONSULT", 2) in coded and ("UGAGOV", "KENGOV", "CONSULT", 2) in coded
    # one to come is the intent to meet (036)
    coded = _coded(MET + "The talks were about trade. Their next summit will be held in Kampala.")
    assert ("KENGOV", "UGAGOV", "AGREE", 2) in coded


@pytest.mark.parametrize("text", [
    # told one way only: a praise is no pair acting together
    "Kenyan President William Ruto praised Ugandan President Yoweri Museveni on Monday. "
    "Their second meeting was in Kampala in May.",
    # a partner named in the noun's own phrase
    MET + "Their talks with Tanzania were held in Kampala in May.",
    # another actor who may own "their"
    MET + "Somali officials said their meeting in Kampala went well.",
])
def test_their_meeting_must_not(text: str) -> None:
    assert not any(i == 1 and t == "CONSULT" and {s, g} == {"KENGOV", "UGAGOV"} for s, g, t, i in _coded(text))


def test_ownerless_talks_are_the_pair_s() -> None:
    coded = _coded(MET + "The talks in Nairobi broke down on Tuesday.")
    assert ("KENGOV", "UGAGOV", "CONSULT", 1) in coded and ("UGAGOV", "KENGOV", "CONSULT", 1) in coded


@pytest.mark.parametrize("text", [
    # an indefinite meeting is another one
    MET + "A meeting in Kampala was cancelled on Tuesday.",
    # a meeting owned by a name is that one's
    MET + "The G7 talks in Kampala were cancelled on Tuesday.",
    # an ownerless agreement is not the pair's: only meetings are told on that way
    MET + "The agreement was signed in Kampala on Tuesday.",
])
def test_ownerless_must_not(text: str) -> None:
    assert not any(i == 1 and {s, g} == {"KENGOV", "UGAGOV"} for s, g, _, i in _coded(text))
