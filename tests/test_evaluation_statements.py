"""Scorers and untyped CAMEO 01x statements: a gold coded at PLOVER type only leaves them out and says how many;
a gold with CAMEO codes, and the five-class news scorer (by CAMEO root), count them."""

from __future__ import annotations

import dataclasses

from bilateral.evaluation.codebook import GoldEvent, GoldRecord, in_scope, score, to_gold_event
from bilateral.evaluation.newsclass import NewsSentence, outcomes
from bilateral.evaluation.voa import score_stories

UNTYPED_LINE = "untyped CAMEO 01 statements, not scored: "


def _predicted(make_event) -> dict[str, list[GoldEvent]]:
    condolences = make_event("USAGOV", "RWAGOV", "018", doc_id="s1")
    visit = make_event("USAGOV", "RWAGOV", "042", doc_id="s1")
    return {"s1": [to_gold_event(condolences), to_gold_event(visit)]}


def test_evaluation_statements_plover_only_gold_leaves_them_out(make_event) -> None:
    gold = [GoldRecord("s1", "text", None, (GoldEvent("USA", "RWA", None, "CONSULT"),))]
    kept, notes = in_scope(gold, _predicted(make_event))
    assert [g.plover for g in kept["s1"]] == ["CONSULT"] and notes == (UNTYPED_LINE + "1",)
    result = score(gold, kept)
    assert result.levels["dyad"].fp == 0 and result.levels["plover"].tp == 1


def test_evaluation_statements_cameo_gold_scores_them_at_code_levels(make_event) -> None:
    gold = [GoldRecord("s1", "text", None, (GoldEvent("USA", "RWA", "018", None),
                                            GoldEvent("USA", "RWA", "042", "CONSULT")))]
    kept, notes = in_scope(gold, _predicted(make_event))
    assert len(kept["s1"]) == 2 and notes == ()
    result = score(gold, kept)
    assert result.levels["full"].tp == 2 and result.levels["full"].fp == 0
    assert result.levels["plover"].tp == 1 and result.levels["plover"].fp == 0, "the type level skips them"


def test_evaluation_statements_voa_table_shows_the_count() -> None:
    result = score_stories({}, {})
    assert UNTYPED_LINE not in result.table(), "no coder ran: nothing to say"
    shown = dataclasses.replace(result, untyped=3)
    assert UNTYPED_LINE + "3" in shown.table() and shown.to_dict()["untyped_not_scored"] == 3


def test_evaluation_statements_news_classes_count_them_as_class_0(make_event) -> None:
    sentence = NewsSentence("n1", "USA offered condolences to Rwanda.", 0, (), ())
    (outcome,) = outcomes([sentence], {"n1": [make_event("USAGOV", "RWAGOV", "018", doc_id="n1")]})
    assert outcome.classes == (0,) and outcome.right_class
    (other,) = outcomes([dataclasses.replace(sentence, pentaclass=1)],
                        {"n1": [make_event("USAGOV", "RWAGOV", "018", doc_id="n1")]})
    assert not other.right_class
