"""Phrases of addition that name one more party (actors/additions.py): "besides Y" beside a subject, a fronted
"besides its troops" before a passive's subject, and a speaker's own forces named there (possessed_forces).
Must-not cases: a fronted phrase before an active clause with an object (it may add a doer or a target), a phrase
naming a thing, and a pronoun's forces with no speaker. Sentences written for these tests, run through the whole
pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _parties(text: str) -> set[tuple[str, str | None]]:
    """(source code, target code) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events}


@pytest.mark.model
def test_additions_fronted_before_a_passive_subject() -> None:
    found = _parties("Zambia faces a new rebel offensive in its west. Zambian officials say villages near the border "
                     "were raided on Sunday. Zambia says that besides its troops, soldiers of the African Union have "
                     "been deployed to shield villagers and their cattle.")
    assert ("ZMBMIL", "ZMBCVL") in found
    assert ("IGOAU", "ZMBCVL") in found
    found = _parties("Besides Ugandan soldiers, Burundian troops were ambushed by al-Shabab fighters on Monday.")
    assert ("SOMREB", "UGAMIL") in found
    assert ("SOMREB", "BDIMIL") in found


@pytest.mark.model
def test_additions_besides_between_subject_and_verb() -> None:
    found = _parties("Ghana, besides Togo, condemned the military junta in Burkina Faso on Friday.")
    assert ("GHA", "BFAGOV") in found
    assert ("TGO", "BFAGOV") in found


@pytest.mark.model
def test_additions_must_not() -> None:
    found = _parties("Besides Mexico, the United States imposed new tariffs on Canada last week.")
    assert not any(s.startswith("MEX") for s, _ in found)
    found = _parties("Besides sanctions, the European Union imposed new tariffs on Belarus last week.")
    assert {s for s, _ in found} == {"IGOEU"}
    found = _parties("Kenya faces a new militant offensive. Kenyan officials say villages near the border were "
                     "raided on Sunday. Besides its troops, Kenya deployed police officers to shield villagers.")
    assert not any(s == "KENMIL" for s, _ in found)
