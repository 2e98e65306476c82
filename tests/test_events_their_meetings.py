"""A mutual act owned by "their" is the act of the two sides the story just paired (events/their_meetings.py):
"X met Y in Geneva in May. Their second meeting was in Oslo." Must not: a pair told one way only, a partner named
in the noun's own phrase, another actor in the sentence whose "their" it may be, two pairs before; an ownerless
meeting that sets a past clause is the sentence's own pair of subjects (not one to come, one acted on, or with an
object or third actor named). Sentences written for these tests."""

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


def test_setting_talks_are_the_sentence_s_own_pair() -> None:
    # no meeting told before: the two subjects the sentence names are the pair, the venue's words date it
    coded = _coded("Chile and Peru have stayed far apart since talks broke down at the Lima summit held in June.")
    assert ("CHL", "PER", "CONSULT", 0) in coded and ("PER", "CHL", "CONSULT", 0) in coded


def test_setting_talks_pair_of_two_clauses() -> None:
    coded = _coded("During the negotiations, Chile offered a lower tariff, but Peru turned it down.")
    assert ("CHL", "PER", "CONSULT", 0) in coded and ("PER", "CHL", "CONSULT", 0) in coded


@pytest.mark.parametrize("text", [
    # talks still to come
    "Chile and Peru will sign a trade pact after the talks end next week.",
    # talks a verb acts on: any talks
    "Chile and Peru welcomed the talks on Monday.",
    # one side named as the object: no pair of subjects
    "Chile pressed Peru to give ground after the talks collapsed.",
    # a third actor in the sentence
    "Chile and Peru have stayed far apart since the talks broke down, Bolivia said.",
])
def test_setting_talks_must_not(text: str) -> None:
    assert not any(t == "CONSULT" and {s, g} == {"CHL", "PER"} for s, g, t, _ in _coded(text))
