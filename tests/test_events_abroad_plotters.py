"""A speaker who places the doers of the story's attack in another country blames the attacker: "army sources said
the masterminds of Friday's bombing are based in X" is the speaker's accusation (112) of the story's attacker
(events/abroad_plotters.py). Must not: the victims placed there, the speaker's own country, a hedged or denied
placing, another attack, a story with no attack. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = "Boko Haram fighters attacked an army base in Borno state on Friday, killing twelve soldiers. "


def _accusations(text: str, sentence: int = 1) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 11))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events
            if e.sentence_index == sentence and e.event_type == "ACCUSE" and e.modality == "asserted"}


@pytest.mark.parametrize("second", [
    "Nigerian army officials said the masterminds of Friday's attack are based in Cameroon.",
    "The Nigerian government said those behind the attack were hiding in Cameroon.",
    "Nigerian army officials said those involved in the attack are based in Cameroon.",
])
def test_events_abroad_plotters_blame_the_story_attacker(second: str) -> None:
    got = _accusations(_OPENING + second)
    assert {(s[:3], t, c) for s, t, c in got} == {("NGA", "NGAREB", "112")}


@pytest.mark.parametrize("second", [
    "Nigerian army officials said the victims of Friday's attack were based in Cameroon.",  # no doers
    "Nigerian army officials said the masterminds of the attack are based in Nigeria.",  # the speaker's own country
    "Nigerian army officials said the masterminds of the attack may be hiding in Cameroon.",  # hedged
    "Nigerian army officials said the masterminds of the attack are not based in Cameroon.",  # denied
    "Nigerian army officials said the planners of a previous attack are based in Cameroon.",  # another attack
])
def test_events_abroad_plotters_not_fired(second: str) -> None:
    assert _accusations(_OPENING + second) == set()


def test_events_abroad_plotters_need_a_told_attack() -> None:
    text = ("Nigeria and Cameroon held talks on border trade on Friday. "
            "Nigerian officials said the planners of the talks are based in Cameroon.")
    assert _accusations(text) == set()
