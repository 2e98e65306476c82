"""A sentence-opening "He"/"She" (coreference._pronoun_subject through ActorContext.person_before): the one person
named just before, counting people named there by a bare surname, so a person named in full is not taken for the
pronoun when another was named by surname since."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

pytestmark = pytest.mark.model

ON = dt.date(2024, 5, 2)
OPENING = "Ugandan opposition figure Bobi Wine addressed a crowd of supporters in Kampala on Monday. "
FILLER = ("The rally began in the early afternoon and lasted for several hours under a hot sun. Street vendors sold "
          "water and snacks along the road, and music played from loudspeakers mounted on trucks. Many in the crowd "
          "had walked for hours from nearby villages to attend. Organisers said the turnout was the largest they had "
          "seen this year, though no independent count was available. Traffic in the area was diverted for most of "
          "the day. ")
OTHER = "President Yoweri Museveni spoke at a separate event in Gulu on the same day. "
PRONOUN = "He called for calm."


def _pronoun_name(nlp: Any, kb: KnowledgeBase, document: str) -> str | None:
    context = kb.document_context(document, ON)
    found = [m.actor.name for m in resolve_actors(nlp(PRONOUN), kb, ON, context) if m.actor.text == "He"]
    return found[0] if found else None


def test_actors_pronoun_subjects_a_person_named_by_surname_since_makes_it_ambiguous(nlp: Any,
                                                                                     kb: KnowledgeBase) -> None:
    document = OPENING + FILLER + OTHER + "Wine told the crowd his campaign would go on. " + PRONOUN
    assert _pronoun_name(nlp, kb, document) is None


def test_actors_pronoun_subjects_the_one_person_named_before_is_still_taken(nlp: Any, kb: KnowledgeBase) -> None:
    document = OPENING + FILLER + OTHER + "The crowd there cheered loudly. " + PRONOUN
    assert _pronoun_name(nlp, kb, document) == "Yoweri Museveni"


def test_actors_pronoun_subjects_the_same_person_by_surname_is_no_second_one(nlp: Any, kb: KnowledgeBase) -> None:
    document = OPENING + FILLER + OTHER + "Museveni told the crowd the economy was growing. " + PRONOUN
    assert _pronoun_name(nlp, kb, document) == "Yoweri Museveni"
