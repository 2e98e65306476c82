"""A bare definite title of a calling ("the reporter", "the activist") points back to the one person the document
named before with a title of that sector (coreference._profession_reference, ActorContext.sector_person)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

pytestmark = pytest.mark.model

ON = dt.date(2023, 9, 14)
NAMED = "Peruvian journalist Ana Quispe was freed from a Lima jail on Monday after three months. "


def _named(nlp: Any, kb: KnowledgeBase, document: str, sentence: str, word: str) -> tuple[str, str] | None:
    """(code, person name) of the mention of ``word`` in ``sentence`` read inside ``document``."""
    context = kb.document_context(document, ON)
    for m in resolve_actors(nlp(sentence), kb, ON, context):
        if m.actor.text == word:
            return m.actor.code, m.actor.name
    return None


def test_actors_profession_references_the_reporter_is_the_journalist_named_before(nlp: Any,
                                                                                 kb: KnowledgeBase) -> None:
    later = "The reporter had been held in pretrial custody since June."
    assert _named(nlp, kb, NAMED + later, later, "reporter") == ("PERMED", "Ana Quispe")


def test_actors_profession_references_two_journalists_leave_it_unresolved(nlp: Any, kb: KnowledgeBase) -> None:
    later = "The reporter had been held in pretrial custody since June."
    document = NAMED + "Chilean journalist Pedro Soto was freed in Santiago the same day. " + later
    found = _named(nlp, kb, document, later, "reporter")
    assert found is None or found[1] not in ("Ana Quispe", "Pedro Soto")


def test_actors_profession_references_need_a_bare_definite_title(nlp: Any, kb: KnowledgeBase) -> None:
    for later, word in (("A reporter had been held in pretrial custody since June.", "reporter"),
                        ("The Chilean reporter had been held in pretrial custody since June.", "Chilean reporter")):
        found = _named(nlp, kb, NAMED + later, later, word)
        assert found is None or found[1] != "Ana Quispe"


def test_actors_profession_references_never_look_forward(nlp: Any, kb: KnowledgeBase) -> None:
    first = "The reporter had been held in pretrial custody since June. "
    found = _named(nlp, kb, first + NAMED, first.strip(), "reporter")
    assert found is None or found[1] != "Ana Quispe"


def test_actors_profession_references_leave_officials_to_their_own_passes(nlp: Any, kb: KnowledgeBase) -> None:
    later = "The spokesperson said the talks would resume."
    document = "Peruvian Interior Minister Luis Vargas met the envoy on Monday. " + later
    found = _named(nlp, kb, document, later, "spokesperson")
    assert found is None or found[1] != "Luis Vargas"


def test_actors_profession_references_a_clause_set_off_by_commas_keeps_the_reference(nlp: Any,
                                                                                    kb: KnowledgeBase) -> None:
    later = "The reporter, who covers mining disputes, had been held in pretrial custody since June."
    assert _named(nlp, kb, NAMED + later, later, "reporter") == ("PERMED", "Ana Quispe")


def test_actors_profession_references_a_restrictive_clause_is_someone_else(nlp: Any, kb: KnowledgeBase) -> None:
    later = "The reporter who filmed the protest was questioned by police on Tuesday."
    found = _named(nlp, kb, NAMED + later, later, "reporter")
    assert found is None or found[1] != "Ana Quispe"
