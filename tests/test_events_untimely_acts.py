"""Acts ruled out as untimely ("now is not the time to lift sanctions, X said", events/untimely_acts.py): the
speaker's refusal of the act (easing sanctions refused: 1244), aimed at the act's target or whom its side last
acted on; and "sanctions relief" as the easing of sanctions (085). Not the moment granted (a call), not a time of
something, not a question, not a past lack, not an act of conflict, not said by no one named. Stories written for
these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_ACT = "Norway imposed new sanctions on Eritrea in January. "


def _events(text: str) -> set[tuple[int, str, str | None, str, str]]:
    """(sentence, source country, target country, CAMEO, modality) of the typed events coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 8))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or "", e.target.country if e.target else None, e.cameo, e.modality)
            for e in done.events if e.event_type is not None}


def _refusals(text: str) -> set[tuple[int, str, str | None, str, str]]:
    """The rejections among ``_events``."""
    return {e for e in _events(text) if e[3].startswith("12")}


def test_untimely_acts_relief_not_timely_refuses_easing_on_the_party_acted_on() -> None:
    text = _ACT + '"This is not the moment for the Nordic Council to think about granting swift sanctions ' \
        'relief," the Norwegian foreign minister said.'
    assert _refusals(text) == {(1, "NOR", "ERI", "1244", "asserted")}


def test_untimely_acts_lifting_with_its_own_target_refuses_it() -> None:
    text = "Prices of salmon rose in Oslo. " \
        '"Now is not the time to lift the sanctions on Eritrea," the Norwegian foreign minister said on Monday.'
    assert _refusals(text) == {(1, "NOR", "ERI", "1244", "asserted")}


def test_untimely_acts_moment_granted_is_no_refusal() -> None:
    text = _ACT + '"Now is the time to lift the sanctions on Eritrea," the Norwegian foreign minister said.'
    assert _refusals(text) == set()


def test_untimely_acts_time_of_year_is_no_refusal() -> None:
    text = _ACT + '"It is not the time of year to travel to Asmara," the Norwegian foreign minister said.'
    assert _refusals(text) == set()


def test_untimely_acts_question_is_no_refusal() -> None:
    text = _ACT + 'Is now not the time to lift the sanctions on Eritrea, the Norwegian foreign minister asked?'
    assert _refusals(text) == set()


def test_untimely_acts_past_lack_is_no_refusal() -> None:
    text = _ACT + '"It was not the time to lift the sanctions on Eritrea," the Norwegian foreign minister said.'
    assert _refusals(text) == set()


def test_untimely_acts_conflict_act_is_no_refusal() -> None:
    text = _ACT + '"Now is not the time to impose more sanctions on Eritrea," the Norwegian foreign minister said.'
    assert {e for e in _events(text) if e[0] == 1 and e[3].startswith("12")} == set()


def test_untimely_acts_view_of_no_one_named_is_no_refusal() -> None:
    text = _ACT + '"Now is not the time to lift the sanctions on Eritrea," several analysts said.'
    assert _refusals(text) == set()


def test_untimely_acts_relief_without_sanctions_is_aid_refused() -> None:
    text = "Heavy floods hit Asmara in April. " \
        '"Now is not the time to send more relief to Eritrea," the Norwegian foreign minister said.'
    assert _refusals(text) == {(1, "NOR", "ERI", "122", "asserted")}
