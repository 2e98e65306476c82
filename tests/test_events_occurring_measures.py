"""A measure a party says will come about is that party's (events/announced_passives.py): "an official said
sanctions could follow if X ..." is the official's state threatening X. Not a forecast by others, a worry, a measure
that came about, or one owned by another party. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"Ghanaian official": "GHAGOV", "Togo": "TGOGOV", "Benin": "BENGOV"}


def typed(nlp: Language, text: str) -> set[tuple[str, str | None, str | None]]:
    """(source, target, PLOVER type) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, load_codes().get(e.cameo).plover)
            for e in coded_events(nlp, text, ACTORS)}


def test_occurring_measures_sanctions_that_could_follow_are_the_speakers_threat(nlp: Language) -> None:
    assert ("GHAGOV", "TGOGOV", "THREATEN") in typed(
        nlp, "A Ghanaian official said sanctions could follow if Togo closed the border.")


def test_occurring_measures_forecast_by_others_is_no_threat(nlp: Language) -> None:
    assert not typed(nlp, "Analysts said sanctions could follow if Togo closed the border.")


def test_occurring_measures_worry_is_no_threat(nlp: Language) -> None:
    assert not typed(nlp, "Togo fears sanctions could follow if it closes the border.")


def test_occurring_measures_measure_that_came_about_is_not_announced(nlp: Language) -> None:
    assert not any(plover == "THREATEN" for _, _, plover in typed(
        nlp, "A Ghanaian official said sanctions followed after Togo closed the border."))


def test_occurring_measures_owned_measure_keeps_its_owner(nlp: Language) -> None:
    assert not any(source == "GHAGOV" for source, _, _ in typed(
        nlp, "A Ghanaian official said Benin's sanctions could follow if Togo closed the border."))
