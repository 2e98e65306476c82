"""A demonym adjective on a bare force noun ("Pakistani security") names that country's forces when the noun is a
party to an act (actors/names.py ``_bare_force``): invented sentences, must-fire and must-not cases."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors

ON = dt.date(2021, 6, 1)


def _codes(nlp: Any, kb: KnowledgeBase, text: str) -> dict[str, str]:
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(text), kb, ON)}


@pytest.mark.model
def test_actors_force_nouns_demonym_security_is_the_forces(nlp: Any, kb: KnowledgeBase) -> None:
    assert _codes(nlp, kb, "Gunfire was exchanged between Kenyan security and Somali gunmen.").get(
        "Kenyan security") == "KENMIL"
    assert _codes(nlp, kb, "Four Indian soldiers were wounded by Pakistani security on Monday.").get(
        "Pakistani security") == "PAKMIL"
    assert _codes(nlp, kb, "Nigerian security clashed with herders near Jos.").get("Nigerian security") == "NGAMIL"


@pytest.mark.model
def test_actors_force_nouns_safety_and_guards_are_no_forces(nlp: Any, kb: KnowledgeBase) -> None:
    # must not: the country's safety (a possessive, a thing threatened), guards named by a compound
    for text in ("Kenya's security attacked Somali gunmen on Monday.",
                 "Iran's drones are a threat to Israeli security, officials said.",
                 "The rebels undermined Afghan security last year.",
                 "Pakistani security guards at a bank fired at robbers."):
        assert not any(code.endswith("MIL") and "security" in name.split()
                       for name, code in _codes(nlp, kb, text).items()), text
