"""A state described by its region or kind points back to the one country named before that the words fit
(actors/state_kinds.py, coreference.py): "the Southeast Asian nation", "the Gulf kingdom", "the island nation".
Must not: two countries named before that both fit, a lone country named before that the words do not fit, a
speaker's description in a quotation choosing among several. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.actors.state_kinds import fitting, in_quotation

ON = dt.date(2024, 5, 2)


def _coref(nlp: Any, kb: KnowledgeBase, lead: str, later: str) -> list[tuple[str, str]]:
    context = kb.document_context(lead + later, ON)
    return [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(later), kb, ON, context)
            if m.resolved_by == "coreference"]


def test_state_kinds_words_fit_their_countries() -> None:
    southeast = fitting("the Southeast Asian nation")
    assert southeast is not None and "MYS" in southeast and "CHN" not in southeast
    both = fitting("the African island nation")  # every listed word must fit
    assert both is not None and "MUS" in both and "KEN" not in both and "JPN" not in both
    assert fitting("the conflict-ridden country") is None  # no listed word: nothing decided
    assert fitting("the country") is None
    assert fitting("the Gulf kingdom") == frozenset({"BHR", "SAU"})


def test_state_kinds_quotation() -> None:
    assert in_quotation("“The island nation will pay,” he said.", 2)
    assert not in_quotation("“We will pay,” he said of the island nation.", 30)
    assert in_quotation('He said: "the island nation will pay"', 12)


@pytest.mark.model
def test_state_kinds_pick_the_country_the_description_fits(nlp: Any, kb: KnowledgeBase) -> None:
    lead = "China and Vietnam are at odds over fishing rights in the disputed waters. "
    later = "On Monday, the Southeast Asian nation lodged a protest with the United Nations."
    assert ("the Southeast Asian nation", "VNM") in _coref(nlp, kb, lead, later)
    kingdom = _coref(nlp, kb, "Iran and Saudi Arabia restored ties in March. ",
                     "The Gulf kingdom sent an envoy to the talks.")
    assert kingdom == [("The Gulf kingdom", "SAU")]
    island = _coref(nlp, kb, "India signed a port deal with Mauritius on Friday. ",
                    "The island nation will host Indian ships.")
    assert island == [("The island nation", "MUS")]


@pytest.mark.model
def test_state_kinds_must_not_guess(nlp: Any, kb: KnowledgeBase) -> None:
    # two countries named before that both fit: no guess
    assert _coref(nlp, kb, "Vietnam and Malaysia are at odds over fishing rights. ",
                  "On Monday, the Southeast Asian nation lodged a protest with China.") == []
    # the one country named before does not fit the words: not that one
    assert _coref(nlp, kb, "China sent coast guard ships into the disputed waters. ",
                  "On Monday, the Southeast Asian nation lodged a protest.") == []
    # a speaker's description inside a quotation does not choose among several named before
    assert _coref(nlp, kb, "China and Vietnam are at odds over fishing rights. ",
                  "“The Southeast Asian nation must respect our waters,” a spokesman said.") == []
    # a description that names its own country is that country's, not a reference
    assert _coref(nlp, kb, "China and Vietnam are at odds over fishing rights. ",
                  "The Southeast Asian nation of Laos stayed silent.") == []
