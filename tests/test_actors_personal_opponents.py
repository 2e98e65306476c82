"""A politician's critics or opponents are that politician's country's opposition, and "him" as the object of their
verb is the politician (actors/personal_opponents.py), on sentences written for these tests; critics with no
possessor, a pronoun object of another verb, and a state's opponents are left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from tests.resolving import codes_by_text

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


def test_actors_personal_opponents_a_leaders_critics_are_the_opposition(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "President Ruto's critics staged a march in Nairobi on Sunday.")
    assert found.get("critics") == "KENOPP"


def test_actors_personal_opponents_not_without_a_person_possessor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "critics" not in codes_by_text(nlp, kb, "Critics staged a march in Nairobi on Sunday.")
    assert codes_by_text(nlp, kb, "Iran's opponents met in Vienna on Sunday.").get("opponents", "")[:3] != "IRN"


def test_actors_personal_opponents_him_as_their_object_is_the_person() -> None:
    coded = _coded("The minister toured the port on Monday. "
                   "President Ruto's critics, however, accused him of rigging the tender.")
    assert (1, "KENOPP", "KENGOV", "ACCUSE") in coded


def test_actors_personal_opponents_him_under_another_verb_is_not_the_person() -> None:
    coded = _coded("The minister toured the port on Monday. "
                   "President Ruto's critics say the police arrested him at the port.")
    assert not any(e[0] == 1 and e[2] == "KENGOV" for e in coded)


def test_actors_personal_opponents_an_opposition_figures_opponents_are_rival_parties() -> None:
    coded = _coded("Kenyan opposition leader Amani Wekesa addressed a rally in Kisumu on Monday. "
                   "Wekesa's opponents accused him of stirring unrest.")
    assert (1, "KENPTY", "KENOPP", "ACCUSE") in coded
