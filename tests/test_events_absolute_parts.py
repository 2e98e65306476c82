"""A bare quantifier heading an absolute participle clause ("The migrants arrived by boat, some staying weeks
before being deported") stands for the main clause's subject, of which it names a part (roles.absolute_part, used
by roles.subject_of): so the passive act its clause tells has that subject as its patient. Must-not cases: a
finite clause of its own ("while some stayed"), a quantifier with its own noun ("some of the soldiers"), a
quantifier subject of a main clause. Sentences written for these tests; parses checked on the project's model."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from bilateral.events.roles import subject_of
from bilateral.models import Document

_RELATIVES = frozenset({"who", "which", "that"})


def _word(nlp: Language, text: str, word: str):  # noqa: ANN202 - a spaCy token
    return next(t for t in nlp(text) if t.text == word)


def test_events_absolute_parts_the_part_stands_for_the_main_subject(nlp: Language) -> None:
    verb = _word(nlp, "The prisoners left the jail on foot, many carrying their belongings.", "carrying")
    subj = subject_of(verb, _RELATIVES)
    assert subj is not None and subj.text == "prisoners"


def test_events_absolute_parts_not_a_finite_clause(nlp: Language) -> None:
    verb = _word(nlp, "The prisoners left the jail while many stayed inside.", "stayed")
    subj = subject_of(verb, _RELATIVES)
    assert subj is not None and subj.text == "many"


def test_events_absolute_parts_not_a_quantifier_with_its_own_noun(nlp: Language) -> None:
    verb = _word(nlp, "The prisoners left the jail, some of the guards following them.", "following")
    subj = subject_of(verb, _RELATIVES)
    assert subj is None or subj.text != "prisoners"


def test_events_absolute_parts_not_a_main_clause(nlp: Language) -> None:
    verb = _word(nlp, "Some stayed inside the jail for weeks.", "stayed")
    subj = subject_of(verb, _RELATIVES)
    assert subj is not None and subj.text == "Some"


@pytest.mark.model
def test_events_absolute_parts_the_deported_part_of_the_arrivals() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    text = ("Australian police detained 40 migrants at sea in March. The first migrants began arriving at the "
            "island camp in April aboard Australian navy ships, some staying for weeks before being deported.")
    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 10))], load_resources(Settings()))
    got = {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}
    assert (1, "AUSCOP", "---REF", "174") in got
