"""Merging: the vocabulary file, clause content, and the links and clustering of one dyad and type."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bilateral.codes import load_codes
from bilateral.errors import KnowledgeError
from bilateral.merging.content import content_overlap, content_words, shares_more_than_trigger
from bilateral.merging.linking import _candidates, cluster_mentions, link_strength
from bilateral.merging.vocabulary import load_merge_vocabulary, read_merge_vocabulary, realised_type
from bilateral.models import Actor, CameoCode, Event, Modality, PloverType

USA = Actor("Blinken", "Antony Blinken", "USAGOV", "USA", "GOV", "person")
RWA = Actor("Kagame", "Paul Kagame", "RWAGOV", "RWA", "GOV", "person")


def _event(doc: str, date: str | None, sentence: str = "Blinken visited Kagame in Kigali.", *, trigger: str = "visited",
           index: int = 0, modality: Modality = "asserted", cameo: str = "042", plover: str = "CONSULT") -> Event:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
    start = next((i for i, w in enumerate(sentence.split()) if w.casefold().startswith(trigger.casefold()[:4])), 0)
    return Event(
        doc_id=doc, sentence_index=index, sentence=sentence, char_start=0, char_end=len(sentence), source=USA,
        target=RWA, event_type=PloverType(plover), cameo=CameoCode(cameo), quad_class=1, goldstein=1.9,
        modality=modality, trigger=trigger, confidence=0.8, coder="test/1", trigger_start=start, date=date,
        date_precision=precision, date_source="text" if date else None,  # type: ignore[arg-type]
    )


def _docs(clusters: list[list[Event]]) -> list[list[str]]:
    return sorted(sorted(e.doc_id for e in c) for c in clusters)


def test_merging_vocabulary_pairs_announcements_with_their_acts() -> None:
    vocabulary = load_merge_vocabulary()
    assert vocabulary.announced_acts["036"] == "040"
    assert realised_type("036") == "CONSULT" and realised_type("0361") == "CONSULT"
    assert realised_type("1312") == str(load_codes().get("163").plover)
    assert realised_type("042") is None
    assert {"the", "said", "officials"} <= vocabulary.stop_words


def test_merging_vocabulary_bad_file_names_the_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "merging.json"
    path.write_text(json.dumps({"announced_acts": {"042": "040"}, "function_words": ["the"],
                                "speech_words": ["said"]}), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json.*'042' is not an intent"):
        read_merge_vocabulary(path)
    path.write_text(json.dumps({"announced_acts": {"036": "040"}, "function_words": ["The"], "speech_words": []}),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json.*'function_words'"):
        read_merge_vocabulary(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json: cannot read"):
        read_merge_vocabulary(path)


def test_merging_content_is_the_clause_without_stop_words_or_single_letters() -> None:
    event = _event("a", None, "The U.S. imposed sanctions on 12 banks in Kigali, officials said; talks resumed.",
                   trigger="imposed")
    words = content_words(event)
    assert {"impos", "sanct", "12", "banks", "kigal"} <= words
    assert not {"u", "s", "the", "offic", "said", "talks"} & words


def test_merging_content_overlap_is_shared_share_of_the_smaller_clause() -> None:
    a = _event("a", None, "Blinken visited Kagame in Kigali.")
    b = _event("b", None, "Blinken visited Kagame in Kigali on a long tour of Africa.")
    c = _event("c", None, "Blinken visited troops in Goma and Bukavu.")
    assert content_overlap(a, b) == 1.0
    assert content_overlap(a, c) == 0.5
    assert not shares_more_than_trigger(a, c) and shares_more_than_trigger(a, b)


def test_merging_linking_same_month_merges_in_one_story_but_needs_content_across_stories() -> None:
    a = _event("a", "2022-08", "Blinken visited Kagame in Kigali.")
    b = _event("a", "2022-08", "Earlier the envoy met officials about refugees.", trigger="met", index=3)
    c = _event("c", "2022-08", "The envoy met officials about refugees.", trigger="met")
    assert link_strength(a, b, 7) > 0
    assert link_strength(a, c, 7) == 0
    assert link_strength(b, c, 7) > 0


def test_merging_linking_vague_date_joins_a_precise_one_only_with_same_trigger_and_content() -> None:
    day = _event("a", "2022-08-11")
    assert link_strength(_event("b", "2022-08"), day, 7) > 0
    other = _event("b", "2022-08", "Blinken welcomed Kagame in Kigali.", trigger="welcomed")
    assert link_strength(other, day, 7) == 0
    assert link_strength(_event("b", None), day, 7) == 0


def test_merging_linking_announcement_joins_its_act_only_when_not_dated_after_it() -> None:
    plan = _event("a", "2022-08-11", "Blinken will visit Kagame in Kigali.", trigger="visit", modality="future",
                  cameo="036", plover="AGREE")
    visit = _event("b", "2022-08-11")
    assert _docs(cluster_mentions([plan, visit], 7)) == [["a", "b"]]
    late_plan = dataclasses.replace(plan, date="2022-08-12")
    assert _docs(cluster_mentions([visit, late_plan], 7)) == [["a"], ["b"]]
    elsewhere = _event("c", "2022-08-11", "Blinken will visit troops in Goma next year.", trigger="visit",
                       modality="future", cameo="036", plover="AGREE")
    assert _docs(cluster_mentions([elsewhere, visit], 7)) == [["b"], ["c"]]


def test_merging_linking_vague_mention_linked_to_two_happenings_joins_neither() -> None:
    first, second = _event("a", "2022-08-01"), _event("b", "2022-08-20")
    vague = _event("c", "2022-08")
    assert _docs(cluster_mentions([first, second, vague], 7)) == [["a"], ["b"], ["c"]]
    assert _docs(cluster_mentions([first, vague], 7)) == [["a", "c"]]


def test_merging_linking_clusters_never_span_more_than_the_window() -> None:
    events = [_event(f"d{i}", f"2022-08-{1 + 3 * i:02d}") for i in range(4)]
    for cluster in cluster_mentions(events, 7):
        days = [int((e.date or "")[-2:]) for e in cluster]
        assert max(days) - min(days) <= 7


def test_merging_linking_candidates_come_from_date_buckets_not_all_pairs() -> None:
    spread = [_event(f"d{i}", f"20{10 + i // 12:02d}-{1 + i % 12:02d}-15") for i in range(120)]
    assert list(_candidates(spread, 7)) == []
    same_day = [_event(f"d{i}", "2022-08-11") for i in range(5)]
    assert len(list(_candidates(same_day, 7))) == 10
