"""An armed group's attacks told with no target hit the civilians of the country the story happens in: "two
Boko Haram attacks in 2016 and 2018 had drawn recruits from the border villages", in a story of Cameroon, is
NGAREB -> CMRCVL (events/hosted_attacks.py). Must not: an attack with a target of its own, an attack verb, an
attack by a state's forces, an attack the sentence places in another country, a text of one sentence, a story
told of two countries named about as often. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = ("Cameroon's government said on Monday it would tighten checks along its northern border. "
            "Officials in Yaounde say Cameroon has sent more police to the region. ")
_TWO_COUNTRIES = ("Cameroon and Nigeria signed a border pact on Monday after months of talks in Yaounde. "
                  "Cameroon's negotiators say Nigeria has agreed to share patrol data with Cameroon. "
                  "Nigeria's lawmakers must still approve the pact. ")
_ATTACKS = "Officials said two deadly Boko Haram attacks in 2016 and 2018 had drawn recruits from the border villages."


def _attacks(text: str, sentence: int) -> set[tuple[str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 7))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events
            if e.sentence_index == sentence and e.event_type == "ASSAULT" and e.modality in ("asserted", "alleged")}


def test_events_hosted_attacks_aimed_at_the_story_country_civilians() -> None:
    assert _attacks(_OPENING + _ATTACKS, 2) == {("NGAREB", "CMRCVL")}


def test_events_hosted_attacks_in_a_story_that_names_its_country_clearly_most() -> None:
    text = _TWO_COUNTRIES + "Cameroon's border towns are calm. " + _ATTACKS
    assert _attacks(text, 4) == {("NGAREB", "CMRCVL")}


@pytest.mark.parametrize("last", [
    "Officials said two deadly Boko Haram attacks on Cameroonian soldiers in 2016 had shaken the region.",
    "Officials said Boko Haram attacked in 2016 and again in 2018.",  # a verb: its clause names the object
    "Officials said two Nigerian army attacks in 2016 had drawn protests.",  # a state's forces
    "Officials said two deadly Boko Haram attacks in Chad in 2016 had drawn recruits from the villages.",
])
def test_events_hosted_attacks_not_fired(last: str) -> None:
    assert ("NGAREB", "CMRCVL") not in _attacks(_OPENING + last, 2)
    assert not any(target is not None and target.endswith("CVL") for _, target in _attacks(_OPENING + last, 2))


def test_events_hosted_attacks_not_in_one_sentence() -> None:
    assert _attacks(_ATTACKS, 0) == set()


def test_events_hosted_attacks_not_in_a_story_of_two_countries_named_alike() -> None:
    assert _attacks(_TWO_COUNTRIES + _ATTACKS, 3) == set()
