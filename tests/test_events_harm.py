"""Whom an attack hit, named by a participle of harm hanging on it (events/targets.py ``harm_targets``), with
the real actor resolver: each must-fire case has a must-not case beside it."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.actors import KnowledgeBase
from bilateral.events import Lexicon
from bilateral.events.targets import TARGET_SEARCHES
from tests.resolving import resolved_dyads


_dyads = resolved_dyads


def test_events_harm_search_declared() -> None:
    names = [s.name for s in TARGET_SEARCHES]
    assert names.index("harm") > names.index("clause")
    assert "inflict" in Lexicon.load().rules.harm_verbs


@pytest.mark.parametrize("text", [
    "Taliban fighters have intensified raids since March, inflicting heavy casualties on Afghan security forces.",
    "Taliban fighters stepped up attacks in the north, inflicting casualties on Afghan troops.",
])
def test_events_harm_participle_names_target(nlp: Any, kb: KnowledgeBase, text: str) -> None:
    assert ("AFGREB", "AFGMIL", "ASSAULT") in _dyads(nlp, kb, text)


@pytest.mark.parametrize("text", [
    # not a participle of harm: whom it angers is not whom it hit
    "Taliban fighters have intensified attacks since June, angering Afghan government forces.",
    # the participle hangs on a noun, not on the attack
    "Taliban fighters have intensified attacks since June, a campaign inflicting heavy casualties on Afghan troops.",
    # the participle hangs on another clause: what the bomb did, not what the attackers did
    "Taliban fighters intensified attacks after a bomb exploded in Kabul, killing Afghan troops.",
    # the subject is attacked, not the attacker
    "Taliban fighters were attacked near Kabul, inflicting heavy casualties on Afghan troops.",
])
def test_events_harm_participle_must_not(nlp: Any, kb: KnowledgeBase, text: str) -> None:
    assert ("AFGREB", "AFGMIL", "ASSAULT") not in _dyads(nlp, kb, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # the main verb misread as a participle on its subject: the subject still acts
    ("The Iraqi air force carried out some five air strikes near Tikrit, killing dozens of Syrian soldiers.",
     ("IRQMIL", "SYRMIL", "ASSAULT")),
])
def test_events_harm_misread_main_verb(nlp: Any, kb: KnowledgeBase, text: str,
                                       dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(nlp, kb, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # a reduced relative with its agent: the soldiers are attacked, they attack no one
    ("Syrian soldiers attacked by Turkish troops near the border.", ("SYRMIL", "TURMIL", "ASSAULT")),
    # a true reduced relative has no object: Turkey backs the rebels
    ("Syrian rebels backed by Turkey attacked Kurdish fighters.", ("SYRREB", "TUR", "SUPPORT")),
])
def test_events_harm_misread_main_verb_must_not(nlp: Any, kb: KnowledgeBase, text: str,
                                                dyad: tuple[str, str, str]) -> None:
    assert dyad not in _dyads(nlp, kb, text)
