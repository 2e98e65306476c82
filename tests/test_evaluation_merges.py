"""Merge measurement: pairwise precision and recall of stored events against gold happenings."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bilateral.evaluation.merges import (
    GoldMention,
    StoredMention,
    gold_merges,
    mixed_type_events,
    read_merge_gold,
    score_merges,
    stored_mentions,
)
from bilateral.models import CameoCode, CodedDocument, Document, PloverType
from bilateral.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "realnews" / "voa_dev.jsonl"


def _gold(doc: str, sentence: int, happening: str, key: tuple[str, str | None, str] = ("USA", "RWA", "CONSULT"),
          announced: bool = False, announces: str | None = None) -> GoldMention:
    return GoldMention(doc, sentence, key, happening, announced, announces)


def test_evaluation_merges_gold_pairs_need_one_dyad_and_type_or_an_announcement() -> None:
    a, b = _gold("a", 0, "visit"), _gold("b", 1, "visit")
    assert gold_merges(a, b)
    assert not gold_merges(a, _gold("b", 1, "other"))
    assert not gold_merges(a, _gold("b", 1, "visit", ("RWA", "USA", "CONSULT")))
    assert not gold_merges(a, _gold("b", 1, "visit", ("USA", "RWA", "AGREE")))
    assert gold_merges(a, _gold("b", 1, "visit", ("USA", "RWA", "AGREE"), announced=True))
    assert gold_merges(a, _gold("b", 1, "visit", ("USA", "RWA", "AGREE"), announced=True, announces="CONSULT"))


def test_evaluation_merges_gold_never_pairs_an_announcement_with_another_type_than_it_announces() -> None:
    demand = _gold("a", 0, "sanctions-row", ("USA", "TUR", "REQUEST"))
    threat = _gold("a", 1, "sanctions-row", ("USA", "TUR", "THREATEN"), announced=True, announces="COERCE")
    sanction = _gold("a", 2, "sanctions-row", ("USA", "TUR", "COERCE"))
    assert not gold_merges(demand, threat)  # a store may never join a demand and a threatened sanction
    assert gold_merges(threat, sanction)
    offer = _gold("a", 3, "sanctions-row", ("USA", "TUR", "AGREE"), announced=True, announces="COOPERATE")
    assert not gold_merges(threat, offer)
    again = _gold("a", 4, "sanctions-row", ("USA", "TUR", "AGREE"), announced=True, announces="COERCE")
    assert gold_merges(threat, again)  # two announcements of one act


def test_evaluation_merges_gold_trigger_is_located_as_a_coder_would_store_it() -> None:
    from bilateral.evaluation.merges import _locate_trigger

    tokens = [("Officials", "official"), ("met", "meet"), ("and", "and"), ("then", "then"), ("met", "meet")]
    assert _locate_trigger(tokens, "meet") == ("met", 1)
    assert _locate_trigger([("They", "they"), ("pointed", "point"), ("a", "a"), ("finger", "finger")],
                           "point a finger") == ("pointed a finger", 1)
    assert _locate_trigger([("No", "no"), ("trigger", "trigger")], "attack") == ("attack", 0)


def test_evaluation_merges_pairwise_precision_and_recall(make_event) -> None:
    e = [make_event("USAGOV", "RWAGOV", "042", doc_id=d, sentence_index=i) for d, i in
         (("a", 0), ("b", 0), ("c", 0), ("d", 0))]
    stored = [StoredMention("x", e[0]), StoredMention("x", e[1]), StoredMention("x", e[2]), StoredMention("y", e[3])]
    gold = [_gold("a", 0, "visit"), _gold("b", 0, "visit"), _gold("c", 0, "talks"), _gold("d", 0, "visit"),
            _gold("z", 0, "visit")]
    result = score_merges(gold, stored, "test")
    assert (result.matched, result.store_pairs, result.gold_pairs, result.both) == (4, 3, 3, 1)
    assert result.precision == pytest.approx(1 / 3) and result.recall == pytest.approx(1 / 3)
    assert result.multi_mention_events == 1 and result.multi_document_events == 1
    assert result.to_dict()["merge_precision"] == 0.333 and "precision 0.333" in result.table()


def test_evaluation_merges_mixed_types_allow_only_announced_to_realised(make_event) -> None:
    visit = make_event("USAGOV", "RWAGOV", "042", doc_id="a")
    plan = dataclasses.replace(make_event("USAGOV", "RWAGOV", "036", doc_id="b"), modality="future")
    threat = make_event("USAGOV", "RWAGOV", "130", doc_id="c")
    assert mixed_type_events([StoredMention("x", visit), StoredMention("x", plan)]) == []
    assert mixed_type_events([StoredMention("x", visit), StoredMention("x", threat)]) == [
        ("x", ("CONSULT", "THREATEN"))]


def test_evaluation_merges_reads_a_store_and_a_gold_file(make_event, tmp_path: Path) -> None:
    store = Store(":memory:")
    doc = Document(id="a", text="x")
    plan = dataclasses.replace(make_event("USAGOV", "RWAGOV", "036", doc_id="a", date="2022-08-11"),
                               modality="future", event_type=PloverType("AGREE"), cameo=CameoCode("036"),
                               sentence="Blinken will visit Kigali.", trigger="visit")
    visit = make_event("USAGOV", "RWAGOV", "042", doc_id="a", sentence_index=1, date="2022-08-11",
                       sentence="Blinken visited Kigali.", trigger="visited")
    store.write_batch([CodedDocument(doc, "coded", events=(plan, visit))], "run", window_days=7)
    found = stored_mentions(store)
    assert len(found) == 2 and len({s.event_id for s in found}) == 1  # the announced visit joined the visit
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "a", "sentence": 0, "source": "USA", "target": "RWA", "plover": "AGREE", '
                    '"modality": "future", "happening": "visit"}\n'
                    '{"doc": "a", "sentence": 1, "source": "USA", "target": "RWA", "plover": "CONSULT", '
                    '"happening": "visit"}\n', encoding="utf-8")
    result = score_merges(read_merge_gold(path), found, "file")
    assert (result.precision, result.recall, result.mixed_types) == (1.0, 1.0, ())
    path.write_text(path.read_text(encoding="utf-8").replace('"modality": "future",',
                                                             '"modality": "future", "announces": "ASSAULT",'),
                    encoding="utf-8")
    assert read_merge_gold(path)[0].announces == "ASSAULT"
    assert score_merges(read_merge_gold(path), found, "file").gold_pairs == 0


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_file(), reason="needs ../shared/eval/realnews/voa_dev.jsonl")
def test_evaluation_merges_on_the_voa_gold_codings() -> None:
    from bilateral.evaluation.merges import evaluate_voa_gold_merges
    from bilateral.evaluation.voagold import read_gold_folder
    from bilateral.settings import Settings

    gold = read_gold_folder(Path(__file__).resolve().parents[1] / "eval" / "voa")
    result = evaluate_voa_gold_merges(SHARED, gold, Settings())
    assert result.matched > 900 and result.gold_pairs > 500
    assert (result.precision or 0) >= 0.9 and (result.recall or 0) >= 0.7
    assert result.mixed_types == ()
