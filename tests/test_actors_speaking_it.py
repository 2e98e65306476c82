""""It" as the subject of a speech verb (actors/anaphora.py ``_speaking_body``): the one body the sentence before
has as its subject ("The rebel group ... . It later claimed ..."), never a person, a plural group or a thing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors.anaphora import pronoun_mentions
from bilateral.models import Actor, Document

pytestmark = pytest.mark.model

SPEECH = frozenset({"say", "claim", "add"})
FRONT = Actor("the armed front", "Ogaden Front", "ETHREB", "ETH", "REB", "armed_group")
MINISTRY = Actor("the Peruvian ministry", "Peru", "PERGOV", "PER", "GOV", "state")
OFFICIALS = Actor("Peruvian officials", "Peru", "PERGOV", "PER", "GOV", "state")
INSURGENTS = Actor("the insurgents", "Ogaden Front", "ETHREB", "ETH", "REB", "armed_group")
MINISTER = Actor("Ana Cruz", "Ana Cruz", "PERGOV", "PER", "GOV", "person", "Ana Cruz")


def _codes(nlp: Any, text: str, previous: tuple[Actor, ...], speech: frozenset[str] = SPEECH) -> list[str]:
    return [m.actor.code for m in pronoun_mentions(nlp(text), [], previous, speech_verbs=speech)
            if m.actor.text.lower() == "it"]


def test_actors_speaking_it_is_the_one_body_subject_before(nlp: Any) -> None:
    assert _codes(nlp, "It later claimed the blast at the depot.", (FRONT,)) == ["ETHREB"]
    assert _codes(nlp, "It said the fees would rise in July.", (MINISTRY,)) == ["PERGOV"]


def test_actors_speaking_it_only_as_a_speaker(nlp: Any) -> None:
    assert _codes(nlp, "It closed the road to the depot.", (FRONT,)) == []        # no speech verb: a thing may act
    assert _codes(nlp, "It later claimed the blast.", (FRONT,), frozenset()) == []  # no speech verbs given


def test_actors_speaking_it_never_a_person_a_plural_group_or_two_bodies(nlp: Any) -> None:
    text = "It later claimed the blast at the depot."
    assert _codes(nlp, text, (MINISTER,)) == []            # a person is "he" or "she"
    assert _codes(nlp, text, (OFFICIALS,)) == []           # plural words are "they"
    assert _codes(nlp, text, (INSURGENTS,)) == []
    assert _codes(nlp, text, (FRONT, MINISTRY)) == []      # two candidates: no guess
    assert _codes(nlp, text, ()) == []                     # the subject before was a thing


def _events(text: str) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [coded] = code_documents([Document("s", text, published=dt.date(2023, 4, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded.events}


def test_actors_speaking_it_in_the_pipeline() -> None:
    lead = ("MOGADISHU — Gunmen seized a minibus near Baidoa in southern Somalia on Wednesday, Somali police said. "
            "Al-Shabab claimed the raid, the third in Somalia this month. ")
    said = _events(lead + "In a statement, the militant group said its men had stopped the minibus. "
                          "It later claimed it was holding 25 hostages.")
    assert ("SOMREB", "SOMCVL", "181") in said
    thing = _events(lead + "A statement was posted on a website linked to the militants. "
                           "It later claimed it was holding 25 hostages.")
    assert not any(code == "181" for _, _, code in thing)
