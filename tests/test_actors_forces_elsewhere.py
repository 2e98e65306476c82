""""The country" that a sentence's own named forces leave or enter is not their own (coreference._forces_elsewhere):
"the pullout of French and German troops from the country" after Mali and France were named is Mali. Stories
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.marking import pipeline_coded, story_codes

pytestmark = pytest.mark.model

_ON = dt.date(2024, 3, 6)


def test_actors_forces_elsewhere_the_country_left_is_not_the_troops_own(nlp, kb) -> None:
    text = ("Mali's junta has told its partners to leave. Officials in Bamako on Tuesday welcomed the pullout of "
            "French troops from the country, a day after talks in Paris.")
    codes = story_codes(nlp, kb, text, _ON)
    assert codes.get("the country") == "MLI", codes


def test_actors_forces_elsewhere_withdrawal_from_the_country_is_coded() -> None:
    text = ("Mali's junta has told its partners to leave. Officials in Bamako on Tuesday welcomed the pullout of "
            "French troops from the country, a day after talks in Paris.")
    assert ("FRA", "MLI", "RETREAT", "asserted") in pipeline_coded(text)


def test_actors_forces_elsewhere_not_without_forces_or_for_other_words(nlp, kb) -> None:
    # must-not: no forces in the act's phrase (a leader going home), and the only country named before being the
    # troops' own leaves "the country" unresolved rather than theirs
    text = "Peru's president spoke to reporters on Monday. The president returned to the country on Tuesday."
    assert story_codes(nlp, kb, text, _ON).get("the country") == "PER"
    text = ("Kenya's parliament approved the mission on Monday. Kenyan soldiers were then sent into the country "
            "by plane.")
    assert story_codes(nlp, kb, text, _ON).get("the country") is None
