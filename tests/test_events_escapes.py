"""Escapes from custody told again by their noun (events/escapes.py), coded through the pipeline: "X escaped from
prison ... the minister condemned the jailbreak" criticises the escaper. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.code if e.target else None, e.event_type)
            for e in done.events}


_ESCAPED = "Honduran gang members shot two guards and escaped from the Tamara prison on Monday. "


@pytest.mark.parametrize("verdict", [
    "Honduras's security minister condemned the jailbreak.",
    "The security minister of Honduras described the prison break as shameful.",
])
def test_events_escapes_an_accusation_of_the_told_escape_targets_the_escaper(verdict: str) -> None:
    assert (1, "HND", "HNDCRM", "ACCUSE") in _coded(_ESCAPED + verdict)


@pytest.mark.parametrize("text", [
    "Honduras's security minister condemned the jailbreak.",  # no escape told before: no escaper
    "Honduran gang members shot two guards and escaped an ambush on Monday. Honduras's security minister condemned "
    "the jailbreak.",  # escaping an ambush is no escape from custody
    _ESCAPED + "Honduras's security minister condemned a jailbreak.",  # not the told escape
    _ESCAPED + "Honduras's security minister condemned the corruption.",  # no escape noun
    "Honduran police officers shot two inmates and escaped from the Tamara prison on Monday. Honduras's security "
    "minister condemned the jailbreak.",  # a state body is no escaped prisoner
])
def test_events_escapes_no_target_without_a_told_escape(text: str) -> None:
    assert not any(e[3] == "ACCUSE" and e[1] == "HND" and e[2] is not None for e in _coded(text))


def test_events_escapes_an_owned_compound_escape_noun_names_the_escaper() -> None:
    # the escape told by a two-word noun ("prison break") whose head alone is no escape word
    text = ("The Honduran rebels' prison break from the Tamara jail on Monday shocked residents. "
            "Honduras's security minister condemned the jailbreak.")
    assert (1, "HND", "HNDREB", "ACCUSE") in _coded(text)


def test_events_escapes_a_break_that_is_no_escape_names_no_escaper() -> None:
    text = ("The Honduran rebels' lunch break in the Tamara market on Monday shocked residents. "
            "Honduras's security minister condemned the jailbreak.")
    assert not any(e[3] == "ACCUSE" and e[2] is not None for e in _coded(text))


def test_events_escapes_a_criminal_title_owner_is_the_escaper() -> None:
    # "gang leader": the crime modifier makes the title a criminal, no state body, so it can be the escaper
    text = ("The Honduran gang leader's prison break at the Tamara jail on Monday shocked residents. "
            "Honduras's security minister condemned the jailbreak.")
    assert (1, "HND", "HNDCRM", "ACCUSE") in _coded(text)
