"""Verdicts on an act whose doer they do not name (events/judged_acts.py), coded through the pipeline: "described
the attack as deplorable", "“The attack is deplorable,” X said" criticise whoever the story told did the attack.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.code if e.target else None, e.event_type)
            for e in done.events}


_RAIDED = "Al-Shabab militants attacked a hotel in Mogadishu on Friday. "


@pytest.mark.parametrize("verdict", [
    "Kenya described the attack as deplorable.",
    '"The attack is deplorable," Kenya\'s foreign minister said.',
    "Kenya's foreign minister said the attack was barbaric.",
])
def test_events_judged_acts_a_verdict_on_the_story_act_criticises_its_doer(verdict: str) -> None:
    assert (1, "KEN", "SOMREB", "ACCUSE") in _coded(_RAIDED + verdict)


def test_events_judged_acts_the_act_noun_own_doer_not_its_victims() -> None:
    got = _coded("Myanmar soldiers killed eight protesters in Yangon on Friday. \"The killing of the protesters in "
                 "Yangon is utterly unacceptable,\" the U.N. spokesman told reporters.")
    assert (1, None, "MMRMIL", "ACCUSE") in got
    assert not any(e[0] == 1 and e[3] == "ACCUSE" and e[2] == "MMRCVL" for e in got)


@pytest.mark.parametrize("text", [
    '"The attack is deplorable," Kenya\'s foreign minister said.',  # no attack told before: no doer
    _RAIDED + "Ethiopian troops attacked a base in Baidoa. \"The attack is deplorable,\" Kenya's foreign minister "
    "said.",  # two doers: no guess
    _RAIDED + '"This is deplorable," Kenya\'s foreign minister said.',  # a pronoun: what it is, is not said
    _RAIDED + '"The situation is dangerous," Kenya\'s foreign minister said.',  # no act noun
    _RAIDED + '"The attack would be deplorable," Kenya\'s foreign minister said.',  # hedged: no verdict yet
])
def test_events_judged_acts_no_criticism_without_one_known_doer(text: str) -> None:
    assert not any(e[3] == "ACCUSE" and e[1] == "KEN" for e in _coded(text))
