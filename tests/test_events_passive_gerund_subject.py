"""A gerund of time hung on an agentless passive verb shares its passive subject (events/roles.py
``passive_gerund_subject``, used by frames.controller): "X was released after apologizing to Y" -> X apologized
to Y. Must-not cases: a "by" agent leaves it open who did the gerund's act, other prepositions ("praised for") are
not of time, and a subject that is no actor gives no source. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"John Kamau": "KENMED", "President William Ruto": "KENGOV", "Somali militants": "SOMREB",
          "Chinese officials": "CHNGOV"}


@pytest.mark.parametrize("text,want", [
    ("John Kamau was freed on Wednesday after apologizing to President William Ruto.",
     {("KENMED", "KENGOV", "055")}),
    ("John Kamau was detained on Monday upon meeting with Chinese officials.",
     {("KENMED", "CHNGOV", "040"), ("CHNGOV", "KENMED", "040")}),
], ids=["after", "upon"])
def test_passive_gerund_subject_is_the_gerunds_source(text: str, want: set[tuple[str, str, str]],
                                                      nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS)}
    assert want <= got


@pytest.mark.parametrize("text", [
    # a "by" agent: who met the officials is left open
    "John Kamau was attacked by Somali militants after meeting with Chinese officials.",
    # not a preposition of time
    "John Kamau was praised for apologizing to President William Ruto.",
    # the passive subject is no actor
    "The deal was signed after meeting with Chinese officials.",
])
def test_passive_gerund_subject_not_fired(text: str, nlp: Language) -> None:
    got = {(e.source.code, e.cameo) for e in coded_events(nlp, text, ACTORS)}
    assert not any(cameo in ("040", "055") and src == "KENMED" for src, cameo in got)
