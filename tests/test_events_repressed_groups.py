"""A crackdown told with no doer on one country's people is that country's government's violent repression (175):
"Museveni grieved over the crackdown against the jailed leader's Green Party supporters" -> the party's state
(events/repressed_groups.py). Must not: a crackdown with a doer, on a state body, on people of no country, on no
one, or one not told as having happened. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _repression(text: str) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 9, 12))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events
            if e.cameo == "175" and e.modality in ("asserted", "alleged")}


@pytest.mark.parametrize("text", [
    "The senator spoke angrily about the crackdown against the Venezuelan opposition last year.",
    "Rights groups said the repression of Venezuelan journalists had grown worse since March.",
])
def test_events_repressed_groups_doerless_crackdown_is_the_state_s(text: str) -> None:
    assert _repression(text) == {("VENGOV", "VENOPP" if "opposition" in text else "VENMED", "175")}


@pytest.mark.parametrize("text", [
    "The senator spoke angrily about the crackdown against Venezuelan soldiers last year.",  # a state body
    "The senator spoke angrily about the crackdown against protesters last year.",  # no country
    "The senator spoke angrily about the crackdown on corruption last year.",  # no one
    "The senator warned that a crackdown on the Venezuelan opposition could follow.",  # not told as done
])
def test_events_repressed_groups_not_fired(text: str) -> None:
    assert _repression(text) == set()


def test_events_repressed_groups_doer_named_is_left_to_the_noun() -> None:
    coded = _repression("The senator spoke angrily about Cuba's crackdown against the Venezuelan opposition.")
    assert not any(source == "VENGOV" for source, _, _ in coded)


def test_events_repressed_groups_not_on_a_bare_noun_the_story_places() -> None:
    text = ("Venezuela's parliament passed a new media law on Monday. Critics in Venezuela say the law will silence "
            "Venezuela's few independent newspapers. One writer calls the law part of a wider crackdown on women.")
    assert _repression(text) == set()
