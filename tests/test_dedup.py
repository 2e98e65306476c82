"""Deduplication: mentions of one happening become one cluster; near-duplicate documents are found."""

from __future__ import annotations

import dataclasses
import random

import pytest

from bilateral.dedup import NearDuplicateIndex, best_mention, cluster_events, cluster_id, minhash_signature
from bilateral.errors import InputError
from bilateral.models import Actor, CameoCode, Event, Modality, PloverType

USA = Actor("Blinken", "Antony Blinken", "USAGOV", "USA", "GOV", "person")
RWA = Actor("Kagame", "Paul Kagame", "RWAGOV", "RWA", "GOV", "person")


def _event(doc: str, date: str | None, precision: str | None = None, *, sentence: int = 0,
           modality: Modality = "asserted", confidence: float = 0.8, source: Actor = USA,
           target: Actor | None = RWA) -> Event:
    if precision is None and date is not None:
        precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return Event(
        doc_id=doc, sentence_index=sentence, sentence="Blinken visited Kagame.", char_start=0, char_end=23,
        source=source, target=target, event_type=PloverType("CONSULT"), cameo=CameoCode("042"), quad_class=1,
        goldstein=1.9, modality=modality, trigger="visited", confidence=confidence, coder="test/1",
        trigger_start=1, date=date, date_precision=precision,  # type: ignore[arg-type]
        date_source="text" if date else None,
    )


def _shape(clusters: list[list[Event]]) -> list[list[tuple[str, int, str | None]]]:
    return [[(e.doc_id, e.sentence_index, e.date) for e in c] for c in clusters]


def test_dedup_same_visit_in_two_documents_three_days_apart() -> None:
    clusters = cluster_events([_event("a", "2022-08-09"), _event("b", "2022-08-12")], window_days=3)
    assert len(clusters) == 1
    assert {e.doc_id for e in clusters[0]} == {"a", "b"}


def test_dedup_visits_a_year_apart_stay_apart() -> None:
    clusters = cluster_events([_event("a", "2022-08-09"), _event("b", "2023-08-09")], window_days=3)
    assert len(clusters) == 2


def test_dedup_outside_window_stay_apart_and_anchor_does_not_chain() -> None:
    events = [_event(f"d{i}", f"2022-08-{1 + 2 * i:02d}") for i in range(5)]
    clusters = cluster_events(events, window_days=3)
    assert _shape(clusters) == [[("d0", 0, "2022-08-01"), ("d1", 0, "2022-08-03")],
                                [("d2", 0, "2022-08-05"), ("d3", 0, "2022-08-07")],
                                [("d4", 0, "2022-08-09")]]


def test_dedup_order_independent() -> None:
    events = [_event("a", "2022-08-09"), _event("b", "2022-08-10"), _event("c", "2022-08"),
              _event("d", "2023"), _event("e", None), _event("e", None, sentence=3), _event("f", None),
              _event("g", "2023-02-01", modality="negated"), _event("h", "2023-02-03")]
    expected = _shape(cluster_events(events, 3))
    rng = random.Random(7)
    for _ in range(20):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert _shape(cluster_events(shuffled, 3)) == expected


def test_dedup_month_and_year_join_the_unique_compatible_cluster() -> None:
    clusters = cluster_events([_event("a", "2022-08-09"), _event("b", "2022-08"), _event("c", "2022")], 3)
    assert len(clusters) == 1 and len(clusters[0]) == 3


def test_dedup_year_mention_ambiguous_between_two_visits_stays_alone() -> None:
    clusters = cluster_events([_event("a", "2022-03-09"), _event("b", "2022-10-02"), _event("c", "2022")], 3)
    assert sorted(len(c) for c in clusters) == [1, 1, 1]


def test_dedup_year_mentions_never_bridge_two_years() -> None:
    events = [_event("a", "2022-08-09"), _event("b", "2023-08-09"), _event("c", "2022"), _event("d", "2023"),
              _event("e", None)]
    clusters = cluster_events(events, 3)
    for cluster in clusters:
        assert len({(e.date or "")[:4] for e in cluster if e.date}) == 1  # the undated one joins one year at most


def test_dedup_undated_merge_only_on_content() -> None:
    other = dataclasses.replace(_event("c", None), sentence="Earlier, the envoy visited Goma and Bukavu.",
                                trigger_start=4)
    events = [_event("a", None), _event("b", None), other]
    assert sorted(len(c) for c in cluster_events(events, 3)) == [1, 2]


def test_dedup_year_alone_never_merges_different_acts() -> None:
    a = dataclasses.replace(_event("a", "2012"), sentence="Washington cut military aid to Kigali over M23.",
                            trigger="cut", trigger_start=1)
    b = dataclasses.replace(_event("b", "2012"), sentence="The embassy suspended visas for officials in March.",
                            trigger="suspended", trigger_start=2)
    assert len(cluster_events([a, b], 7)) == 2
    assert len(cluster_events([a, dataclasses.replace(a, doc_id="c")], 7)) == 1


def test_dedup_same_day_different_wording_merges_but_other_day_needs_content() -> None:
    a = _event("a", "2022-08-11")
    b = dataclasses.replace(_event("b", "2022-08-11"), sentence="Kagame received the US envoy in his office.")
    c = dataclasses.replace(_event("c", "2022-08-13"), sentence="Talks on trade opened in Nairobi with donors.")
    assert sorted(len(x) for x in cluster_events([a, b, c], 7)) == [1, 2]


def test_dedup_announced_visit_joins_the_visit() -> None:
    from bilateral.dedup import merge_type

    plan = dataclasses.replace(_event("a", "2022-08-11", modality="future"), cameo=CameoCode("036"),
                               event_type=PloverType("AGREE"), sentence="Blinken will visit Kagame in Kigali.",
                               trigger="visit")
    assert merge_type(plan) == "CONSULT"
    visit = dataclasses.replace(_event("b", "2022-08-11"), sentence="Blinken visited Kagame in Kigali.")
    clusters = cluster_events([plan, visit], 7)
    assert len(clusters) == 1 and best_mention(clusters[0]).modality == "asserted"
    # the announcement must share more than its actors and the verb: an object or a place
    assert len(cluster_events([dataclasses.replace(plan, sentence="Blinken will visit Kagame."), visit], 7)) == 2
    threat = dataclasses.replace(plan, cameo=CameoCode("130"), event_type=PloverType("THREATEN"))
    assert merge_type(threat) == "THREATEN"


def test_dedup_negated_never_merges_with_asserted_but_future_does() -> None:
    events = [_event("a", "2022-08-09"), _event("b", "2022-08-09", modality="negated"),
              _event("c", "2022-08-08", modality="future")]
    clusters = cluster_events(events, 3)
    by_doc = {e.doc_id: i for i, c in enumerate(clusters) for e in c}
    assert by_doc["a"] == by_doc["c"] != by_doc["b"]


def test_dedup_different_target_or_no_target_are_different_happenings() -> None:
    events = [_event("a", "2022-08-09"), _event("b", "2022-08-09", target=None)]
    assert len(cluster_events(events, 3)) == 2


def test_dedup_best_mention_prefers_specific_date_then_confidence_then_asserted() -> None:
    cluster = [_event("c", "2022-08", confidence=0.99), _event("b", "2022-08-09", confidence=0.6),
               _event("a", "2022-08-09", confidence=0.9, modality="future"),
               _event("d", "2022-08-09", confidence=0.9)]
    assert best_mention(cluster).doc_id == "d"
    assert best_mention(list(reversed(cluster))).doc_id == "d"
    with pytest.raises(InputError):
        best_mention([])


def test_dedup_cluster_id_is_stable_and_distinct() -> None:
    one = [_event("a", "2022-08-09"), _event("b", "2022-08-10")]
    assert cluster_id(one) == cluster_id(list(reversed(one)))
    assert cluster_id(one) != cluster_id([_event("z", "2023-01-01")])
    assert len(cluster_id(one)) == 16


ARTICLE = (
    "KIGALI, Rwanda - Rwandan President Paul Kagame met the visiting US Secretary of State Antony Blinken "
    "at Village Urugwiro on Thursday, days after a United Nations panel accused Kigali of backing the M23 "
    "rebels in eastern Congo. The two men spoke for more than an hour about the fighting around Goma, the "
    "fate of refugees who have crossed into Rwanda and Uganda, and the detention of the opposition figure "
    "Paul Rusesabagina, officials on both sides said. Blinken told reporters afterwards that Washington was "
    "deeply concerned by credible reports that Rwandan troops were operating inside Congo, and he urged all "
    "parties to respect the ceasefire agreed in Luanda. Rwanda's foreign minister rejected the panel's "
    "findings and said the real threat came from armed groups allied with Kinshasa. Congo's government "
    "welcomed the visit, saying it hoped American pressure would lead to the withdrawal of the rebels from "
    "the towns they seized in June. Analysts in Nairobi said the meeting was unlikely to change much on "
    "the ground before the regional summit planned for next month."
)


def test_dedup_near_duplicate_finds_a_lightly_edited_copy_not_an_unrelated_article() -> None:
    copy = ARTICLE.replace("KIGALI, Rwanda - ", "KIGALI (Reuters) - ").replace("more than an hour", "about an hour")
    other = (
        "NAIROBI, Kenya - Kenya and Somalia agreed on Monday to reopen their shared border after years of "
        "closure, easing trade between the neighbours. The foreign ministers of both countries announced "
        "the decision in Nairobi, saying families divided by the frontier would be able to travel again "
        "and that joint patrols would guard the crossings against al-Shabaab fighters."
    )
    index = NearDuplicateIndex(0.8)
    assert index.add("original", minhash_signature(ARTICLE)) is None
    assert index.add("copy", minhash_signature(copy)) == "original"
    assert index.add("other", minhash_signature(other)) is None
    assert index.add("original", minhash_signature(ARTICLE)) is None
    assert index.add("copy", minhash_signature(copy)) == "original"


def test_dedup_minhash_signature_shape_and_empty_text() -> None:
    sig = minhash_signature(ARTICLE)
    assert len(sig) == 64 and all(isinstance(v, int) and 0 <= v < 2**64 for v in sig)
    assert minhash_signature(ARTICLE) == sig
    index = NearDuplicateIndex(0.8)
    assert index.add("e1", minhash_signature("")) is None
    assert index.add("e2", minhash_signature("  ")) is None
    with pytest.raises(InputError):
        index.add("bad", sig[:10])


def test_dedup_country_only_mention_joins_the_one_sector_group() -> None:
    usa = Actor("the United States", "United States", "USA", "USA", None, "state")
    rwa = Actor("Rwanda", "Rwanda", "RWA", "RWA", None, "state")
    events = [_event("a", "2025-02-20"), _event("b", "2025-02", source=usa), _event("c", "2025-02-21", target=rwa)]
    clusters = cluster_events(events, window_days=3)
    assert _shape(clusters) == [[("b", 0, "2025-02"), ("a", 0, "2025-02-20"), ("c", 0, "2025-02-21")]]
    assert best_mention(clusters[0]).source.code == "USAGOV"


def test_dedup_country_only_mention_between_two_sectors_stays_alone() -> None:
    usa = Actor("the United States", "United States", "USA", "USA", None, "state")
    mil = Actor("US troops", "United States", "USAMIL", "USA", "MIL", "state")
    events = [_event("a", "2025-02-20"), _event("b", "2025-02-20", source=mil), _event("c", "2025-02-20", source=usa)]
    assert len(cluster_events(events, window_days=3)) == 3


def test_dedup_summarise_clusters_matches_cluster_best_and_id() -> None:
    from bilateral.dedup import summarise_clusters

    rng = random.Random(3)
    dates = ["2022-08-09", "2022-08-12", "2022-08-30", "2022-08", "2022-09", "2022", "2023", None, "2022-02-30"]
    events = [_event(f"d{i % 7}", rng.choice(dates), sentence=i, confidence=rng.choice([0.6, 0.8, 0.9]),
                     modality=rng.choice(["asserted", "alleged", "future", "negated"]),
                     target=rng.choice([RWA, None])) for i in range(60)]
    summary = summarise_clusters(events, window_days=7)
    clusters = cluster_events(events, window_days=7)
    assert [c for c, _, _ in summary] == clusters
    assert [(best, eid) for _, best, eid in summary] == [(best_mention(c), cluster_id(c)) for c in clusters]


def test_dedup_country_only_mention_joins_the_sector_group_its_date_agrees_with() -> None:
    rwa = Actor("Rwanda", "Rwanda", "RWA", "RWA", None, "state")
    reb = Actor("the rebels", "rebels", "RWAREB", "RWA", "REB", "group")
    events = [_event("a", "2022-08-11"), _event("b", "2025-06-27", target=reb),
              _event("c", "2022-08-12", target=rwa), _event("d", "2019-01-05", target=rwa)]
    clusters = cluster_events(events, window_days=3)
    assert sorted(_shape(clusters)) == [[("a", 0, "2022-08-11"), ("c", 0, "2022-08-12")],
                                        [("b", 0, "2025-06-27")], [("d", 0, "2019-01-05")]]
    both = [_event("a", "2022-08-11"), _event("b", "2022-08-12", target=reb), _event("c", "2022-08-12", target=rwa)]
    assert len(cluster_events(both, window_days=3)) == 3  # two groups agree with its date: it stays apart
