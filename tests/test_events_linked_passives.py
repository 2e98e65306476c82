"""A participle of custody or charge predicated by a linking verb ("X stands accused of sedition", "X remains
detained in Y") is a passive whose patient is the linking verb's subject (events/linked_passives.py): the subject is
never the accuser or the jailer. Must-not cases: a participle of the subject's own stance ("remains committed"),
an agent named ("stands accused ... by the opposition": their accusation of the subject), a participle outside the
data ("stays focused"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from bilateral.events.linked_passives import linked_host
from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or e.source.code, e.target.country if e.target else None,
             e.cameo, e.modality) for e in done.events}


@pytest.mark.parametrize("text,participle", [
    ("The Chilean senator stands accused of bribery and fraud.", "accused"),
    ("The two Bolivian reporters remain detained in a prison outside Lima.", "detained"),
    ("The former minister stayed jailed for most of the year.", "jailed"),
])
def test_events_linked_passives_a_linked_participle_is_passive(text: str, participle: str, nlp: Language) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == participle)
    host = linked_host(verb)
    assert host is not None and any(w.dep_ == "nsubj" for w in host.children)  # the subject is the patient


@pytest.mark.parametrize("text,participle", [
    ("The Chilean senator remains committed to the peace talks.", "committed"),  # the subject's own stance
    ("The Chilean senator stayed focused on the budget.", "focused"),  # no act done to the subject
    ("The Chilean senator was accused of bribery.", "accused"),  # a plain passive, read as before
])
def test_events_linked_passives_must_not_read_other_participles(text: str, participle: str,
                                                                nlp: Language) -> None:
    doc = nlp(text)
    assert linked_host(next(t for t in doc if t.text == participle)) is None


def test_events_linked_passives_the_accused_is_no_accuser() -> None:
    got = _coded("Peruvian police arrested a Peruvian union leader in Lima on Monday. "
                 "The union leader stands accused of extortion and sedition.")
    assert not any(i == 1 and cameo.startswith("112") for i, _, _, cameo, _ in got)
    assert (1, "PER", "PER", "173", "asserted") in got  # charged, by the story's state


def test_events_linked_passives_the_place_names_the_jailer() -> None:
    got = _coded("The Bolivian activist remains detained in Peru, her lawyer said on Monday.")
    assert any(i == 0 and src == "PER" and tgt == "BOL" and cameo == "173" for i, src, tgt, cameo, _ in got)


def test_events_linked_passives_a_named_accuser_keeps_the_accusation() -> None:
    got = _coded("The Peruvian minister stands accused of corruption by Bolivia's president.")
    assert ("BOL", "PER") in {(src, tgt) for _, src, tgt, cameo, _ in got if cameo.startswith("112")}
    assert not any(src == "PER" and tgt == "BOL" for _, src, tgt, _, _ in got)
