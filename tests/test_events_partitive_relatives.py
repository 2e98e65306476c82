"""A relative clause whose passive subject is a part of the noun it modifies ("80 migrants, many of whom were
deported") has that noun for patient, as "who were deported" has (events/roles.py ``passive_subject_of``); the
agent then comes as for any agentless act (the story's earlier doer on the same people). Must-not cases: a denying
quantifier ("none of whom were deported") names no patient; a partitive of no relative pronoun stays as it was.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from bilateral.events.roles import passive_subject_of
from bilateral.models import Document

_RELATIVES = frozenset({"which", "who", "that", "whom"})
_DETAINED = "Chilean police detained dozens of Bolivian migrants near Arica on Monday. "


def _coded(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def _patient(nlp: Language, text: str, verb: str) -> str | None:
    doc = nlp(text)
    found = passive_subject_of(next(t for t in doc if t.text == verb), _RELATIVES)
    return found.text if found is not None else None


def test_events_partitive_relatives_the_part_is_of_the_noun_modified(nlp: Language) -> None:
    assert _patient(nlp, "The police later held 80 Bolivian migrants, many of whom were deported on Friday.",
                    "deported") == "migrants"
    assert _patient(nlp, "The police later held 80 Bolivian migrants, some of whom were released on Friday.",
                    "released") == "migrants"


def test_events_partitive_relatives_none_of_whom_names_no_patient(nlp: Language) -> None:
    assert _patient(nlp, "The police later held 80 Bolivian migrants, none of whom were deported on Friday.",
                    "deported") != "migrants"


def test_events_partitive_relatives_a_plain_partitive_subject_stays(nlp: Language) -> None:
    assert _patient(nlp, "Many of the Bolivian migrants were deported on Friday.", "deported") == "Many"


@pytest.mark.model
def test_events_partitive_relatives_the_story_gives_the_agent() -> None:
    got = _coded(_DETAINED + "The police later held 80 Bolivian migrants, many of whom were deported on Friday.")
    assert (1, "CHLCOP", "BOLREF", "174") in got


@pytest.mark.model
def test_events_partitive_relatives_none_deported_is_no_deportation() -> None:
    got = _coded(_DETAINED + "The police later held 80 Bolivian migrants, none of whom were deported on Friday.")
    assert not any(e[0] == 1 and e[3] == "174" for e in got)
