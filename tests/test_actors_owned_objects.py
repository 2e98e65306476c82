"""A "his"/"her" on an act's object stands for the one person the sentence named before it (actors/owned_objects.py):
"police had tracked his movements" is tracking that person. Must-not cases: two people named before it, a person
pronoun between, no person at all, and a possessive on a subject. Sentences written for these tests, run through
the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _parties(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_actors_owned_objects_his_object_is_the_one_person_named_before() -> None:
    found = _parties("Officials said Raila Odinga had fled to Mombasa, and that Kenyan police had tracked "
                     "his movements.")
    assert ("KENCOP", "KENOPP", "091") in found or ("KENCOP", "KEN", "091") in found


@pytest.mark.model
def test_actors_owned_objects_must_not() -> None:
    two = _parties("Raila Odinga met William Ruto, and Kenyan police later tracked his movements.")
    assert not any(c == "091" and t is not None for _, t, c in two)
    between = _parties("Raila Odinga said he knew Kenyan police had tracked his movements.")
    assert not any(c == "091" and t is not None for _, t, c in between)
    nobody = _parties("Kenyan police said they had tracked his movements for weeks.")
    assert not any(c == "091" and t is not None for _, t, c in nobody)


@pytest.mark.model
def test_actors_owned_objects_not_the_subjects_own_thing() -> None:
    found = _parties("Raila Odinga praised his first meeting with Ugandan President Yoweri Museveni.")
    assert not any(c == "051" and t in ("KEN", "KENOPP") for _, t, c in found)
