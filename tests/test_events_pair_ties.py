"""The ties of the story's pair told as the subject of their own change (events/pair_ties.py): "X met Y ...
Bilateral trade ties are deepening" is the pair's trade cooperation, each with the other. Must not: no pair
before, a pair told one way only, two pairs before, another actor named in the sentence, ties with a partner of
their own, ties owned by one named side. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str, int]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2022, 10, 4))], load_resources(Settings()))
    return {(e.source.country, e.target.country if e.target else None, e.cameo, e.sentence_index)
            for e in done.events}


MET = "Kenyan President William Ruto met with Ugandan President Yoweri Museveni in Nairobi on Monday. "


def _second(got: set[tuple[str, str | None, str, int]]) -> set[tuple[str, str | None, str, int]]:
    return {e for e in got if e[3] == 1}


def test_pair_ties_bilateral_ties_growing_are_the_pair_s() -> None:
    assert _second(_coded(MET + "Bilateral trade ties are deepening around farm exports.")) == {
        ("KEN", "UGA", "061", 1), ("UGA", "KEN", "061", 1)}
    assert _second(_coded(MET + "Their relations have strengthened steadily since the border dispute.")) == {
        ("KEN", "UGA", "050", 1), ("UGA", "KEN", "050", 1)}


def test_pair_ties_need_one_pair_told_acting_together() -> None:
    # no pair in the story
    assert not _second(_coded("Heavy rain fell over Nairobi on Monday. Bilateral trade ties are deepening around "
                              "farm exports."))
    # one side's act on the other is no pair acting together
    assert not _second(_coded("Kenyan President William Ruto criticized Ugandan President Yoweri Museveni on "
                              "Monday. Bilateral trade ties are deepening around farm exports."))
    # two pairs: which one is meant is unclear
    assert not _second(_coded("Kenya and Uganda held talks while Rwanda and Burundi held talks on Monday. Their "
                              "relations have strengthened steadily."))


def test_pair_ties_not_with_another_actor_partner_or_single_owner() -> None:
    # another actor named: whose ties they are is that sentence's business
    assert not any(e[3] == 1 and {e[0], e[1]} == {"KEN", "UGA"} for e in _coded(
        MET + "Tanzania said bilateral trade ties are deepening around farm exports."))
    # ties with a partner of their own are not the pair's alone
    assert not any(e[3] == 1 and {e[0], e[1]} == {"KEN", "UGA"} for e in _coded(
        MET + "Their trade ties with Ethiopia are deepening around farm exports."))
    # ties of one named side
    assert not any(e[3] == 1 and e[1] == "KEN" for e in _coded(
        MET + "Uganda's trade ties are deepening around farm exports."))
